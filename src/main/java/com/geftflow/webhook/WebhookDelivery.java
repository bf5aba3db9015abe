package com.geftflow.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The inbox: one row per distinct webhook delivery, stored before Flinks gets its 2xx. The
 * wake-up it carries is applied to the process later, with retries, so a delivery that arrives
 * before the process waits for it is applied once it does.
 */
@Entity
@Table(name = "GEFT_WEBHOOK_INBOX")
public class WebhookDelivery {

  public enum State {
    /** Stored, its wake-up not yet delivered to the process. */
    PENDING,
    /** The process was woken up. */
    APPLIED,
    /** Nothing to wake: the session belongs to no payment, or the payment's process has ended. */
    IGNORED
  }

  @Id
  @Column(length = 36)
  private String id;

  /** Duplicates of one delivery have the same body, so the same hash: stored once. */
  @Column(nullable = false, length = 64)
  private String bodySha256;

  @Column(length = 64)
  private String sessionId;

  @Column(length = 100)
  private String referenceId;

  @Column(length = 20)
  private String status;

  @Column(length = 10)
  private String statusDetails;

  private OffsetDateTime sentAt;

  @Column(nullable = false)
  private OffsetDateTime receivedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private State state;

  private int attempts;

  private OffsetDateTime settledAt;

  @Version
  private long version;

  protected WebhookDelivery() {
  }

  WebhookDelivery(String bodySha256, String sessionId, String referenceId, String status, String statusDetails,
      OffsetDateTime sentAt, OffsetDateTime receivedAt) {
    this.id = UUID.randomUUID().toString();
    this.bodySha256 = bodySha256;
    this.sessionId = sessionId;
    this.referenceId = referenceId;
    this.status = status;
    this.statusDetails = statusDetails;
    this.sentAt = sentAt;
    this.receivedAt = receivedAt;
    this.state = State.PENDING;
  }

  void attempted() {
    attempts++;
  }

  void settle(State outcome, OffsetDateTime at) {
    state = outcome;
    settledAt = at;
  }

  public String id() {
    return id;
  }

  public String sessionId() {
    return sessionId;
  }

  public State state() {
    return state;
  }

  public int attempts() {
    return attempts;
  }

  public OffsetDateTime receivedAt() {
    return receivedAt;
  }

  public OffsetDateTime sentAt() {
    return sentAt;
  }

  public String status() {
    return status;
  }

  public String statusDetails() {
    return statusDetails;
  }
}
