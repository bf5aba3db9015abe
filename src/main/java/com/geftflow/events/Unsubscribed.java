package com.geftflow.events;

import com.geftflow.security.Sha256;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

/**
 * A receiver URL that answered 410 Gone: it gets no more events. Configuring another URL subscribes
 * again; so does deleting this row (docs/lender-events.md).
 */
@Entity
@Table(name = "GEFT_LENDER_UNSUBSCRIBED")
public class Unsubscribed {

  @Id
  @Column(length = 64)
  private String urlSha256;

  @Column(nullable = false, length = 2000)
  private String url;

  @Column(nullable = false)
  private OffsetDateTime at;

  protected Unsubscribed() {
  }

  Unsubscribed(String url, OffsetDateTime at) {
    this.urlSha256 = key(url);
    this.url = url;
    this.at = at;
  }

  static String key(String url) {
    return Sha256.hex(url.getBytes(StandardCharsets.UTF_8));
  }
}
