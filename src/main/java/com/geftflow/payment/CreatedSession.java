package com.geftflow.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A session Flinks created for a payment, written in a transaction of its own the moment Flinks
 * answers, before the step that asked commits. Should that step never commit (the server killed, a
 * lost race), the retried step finds the session here and uses it, or cancels it at Flinks: no
 * session is ever left open at Flinks without a payment that knows it.
 */
@Entity
@Table(name = "GEFT_SESSION")
public class CreatedSession {

  /** What became of the session; none yet while the step that created it has not committed. */
  public enum Outcome {
    /** The payment's session. */
    USED,
    /** Found after a lost step and canceled at Flinks (EFT0501). */
    CANCELED,
    /** Found after a lost step, already ended at Flinks. */
    ENDED
  }

  @Id
  @Column(length = 64)
  private String sessionId;

  @Column(length = 36, nullable = false)
  private String paymentId;

  private OffsetDateTime createdAt;

  @Enumerated(EnumType.STRING)
  @Column(length = 10)
  private Outcome outcome;

  protected CreatedSession() {
  }

  CreatedSession(String sessionId, String paymentId, OffsetDateTime createdAt) {
    this.sessionId = sessionId;
    this.paymentId = paymentId;
    this.createdAt = createdAt;
  }

  public String sessionId() {
    return sessionId;
  }

  public String paymentId() {
    return paymentId;
  }

  public Outcome outcome() {
    return outcome;
  }

  void settle(Outcome outcome) {
    this.outcome = outcome;
  }
}
