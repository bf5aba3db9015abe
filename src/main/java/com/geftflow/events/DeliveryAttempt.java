package com.geftflow.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One try at delivering a lender event: what the receiver answered, or why there was no answer. */
@Entity
@Table(name = "GEFT_LENDER_EVENT_ATTEMPT")
public class DeliveryAttempt {

  @Id
  @Column(length = 36)
  private String id;

  @Column(nullable = false, length = 36)
  private String eventId;

  @Column(nullable = false)
  private OffsetDateTime at;

  @Column(length = 2000)
  private String url;

  /** The receiver's HTTP status; null when it could not be reached. */
  private Integer httpStatus;

  @Column(length = 500)
  private String error;

  @Column(length = 100)
  private String node;

  protected DeliveryAttempt() {
  }

  DeliveryAttempt(String eventId, OffsetDateTime at, String url, Integer httpStatus, String error, String node) {
    this.id = UUID.randomUUID().toString();
    this.eventId = eventId;
    this.at = at;
    this.url = url;
    this.httpStatus = httpStatus;
    this.error = error == null || error.length() <= 500 ? error : error.substring(0, 500);
    this.node = node;
  }

  public String eventId() {
    return eventId;
  }

  public OffsetDateTime at() {
    return at;
  }

  public String url() {
    return url;
  }

  public Integer httpStatus() {
    return httpStatus;
  }

  public String error() {
    return error;
  }

  public String node() {
    return node;
  }
}
