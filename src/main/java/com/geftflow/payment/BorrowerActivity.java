package com.geftflow.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/**
 * What the borrower did in the iframe, as the checkout page relays it. A row of its own, written only
 * by the checkout path and without a version: a step arriving while a status check runs never
 * conflicts with the check's update of the payment (last step wins, which is what the plan needs).
 */
@Entity
@Table(name = "GEFT_BORROWER_ACTIVITY")
public class BorrowerActivity {

  @Id
  @Column(length = 36)
  private String paymentId;

  /** The borrower's last iframe step. */
  private OffsetDateTime activeAt;

  /** The borrower's last finishing step (SUCCESS, LOGIN_FAILED, …): the outcome is due. */
  private OffsetDateTime finishedAt;

  /** The iframe announced a next-best offer: worth reading /details. */
  private OffsetDateTime offerHintAt;

  protected BorrowerActivity() {
  }

  BorrowerActivity(String paymentId) {
    this.paymentId = paymentId;
  }

  /** Milliseconds: what every database keeps, so that the value compares equal after a round trip. */
  void step(boolean finishing, boolean offerHint, OffsetDateTime time) {
    OffsetDateTime now = time.truncatedTo(ChronoUnit.MILLIS);
    this.activeAt = now;
    if (finishing) {
      this.finishedAt = now;
    }
    if (offerHint) {
      this.offerHintAt = now;
    }
  }

  /** A new session: nothing the borrower did in the previous one counts. */
  void reset() {
    this.activeAt = null;
    this.finishedAt = null;
    this.offerHintAt = null;
  }

  public OffsetDateTime activeAt() {
    return activeAt;
  }

  public OffsetDateTime finishedAt() {
    return finishedAt;
  }

  public OffsetDateTime offerHintAt() {
    return offerHintAt;
  }
}
