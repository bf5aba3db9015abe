package com.geftflow.events;

import com.geftflow.trace.PaymentTraces;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * One lender event in the outbox: written in the transaction of the state change it announces, so
 * it exists exactly when the change does; then delivered, at least once and in order per payment.
 */
@Entity
@Table(name = "GEFT_LENDER_EVENT")
public class LenderEvent {

  /** Where the event's delivery stands. */
  public enum Delivery {
    /** Not delivered yet; tried again at {@code nextAttemptAt}. */
    PENDING,
    DELIVERED,
    /** Not delivered within {@code geft.lender-events.retry-for}; an operator may redeliver it. */
    FAILED,
    /** The receiver answered 410 Gone: its URL is unsubscribed and gets nothing more. */
    UNSUBSCRIBED,
    /** No URL is configured for the payment's API client: the event is only pulled. */
    NOT_SUBSCRIBED
  }

  @Id
  @Column(length = 36)
  private String id;

  @Column(nullable = false, length = 36)
  private String paymentId;

  /** The payment's events count from 1: the order they must reach the lender in. */
  @Column(name = "SEQNO")
  private int sequence;

  /** The lender API client that started the payment; null for a payment started by a calling process. */
  @Column(length = 100)
  private String clientId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private LenderEventType type;

  @Column(nullable = false, length = 2000)
  private String body;

  @Column(nullable = false)
  private OffsetDateTime occurredAt;

  /** Its place among all events for {@code GET /api/events}; given once it is committed (EventOutbox#sequence). */
  @Column(name = "FEEDPOSITION")
  private Long position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 15)
  private Delivery delivery;

  private int attempts;

  private OffsetDateTime nextAttemptAt;

  private OffsetDateTime retryUntil;

  /** A node sending it holds it until then; a node that died while sending lets it go so. */
  private OffsetDateTime claimedUntil;

  private OffsetDateTime deliveredAt;

  /** The trace of the step that announced it (trace.PaymentTraces), for its delivery to join. */
  @Column(length = 55)
  private String traceParent;

  protected LenderEvent() {
  }

  public LenderEvent(LenderEventBody body, String clientId, Duration retryFor) {
    this.id = body.id();
    this.paymentId = body.paymentId();
    this.sequence = body.sequence();
    this.clientId = clientId;
    this.type = LenderEventType.valueOf(body.type());
    this.body = body.json();
    this.occurredAt = body.occurredAt();
    this.delivery = Delivery.PENDING;
    this.nextAttemptAt = occurredAt;
    this.retryUntil = occurredAt.plus(retryFor);
    this.traceParent = PaymentTraces.currentTraceParent();
  }

  void delivered(OffsetDateTime now) {
    attempts++;
    delivery = Delivery.DELIVERED;
    deliveredAt = now;
    claimedUntil = null;
  }

  /** Tried and failed: again at {@code next}, or given up when that is past the retry window. */
  void failed(OffsetDateTime next) {
    attempts++;
    claimedUntil = null;
    if (next.isAfter(retryUntil)) {
      delivery = Delivery.FAILED;
      nextAttemptAt = null;
    } else {
      nextAttemptAt = next;
    }
  }

  void unsubscribed(boolean tried) {
    if (tried) {
      attempts++;
    }
    delivery = Delivery.UNSUBSCRIBED;
    nextAttemptAt = null;
    claimedUntil = null;
  }

  void notSubscribed() {
    delivery = Delivery.NOT_SUBSCRIBED;
    nextAttemptAt = null;
    claimedUntil = null;
  }

  /** An operator sends it again: at once, with a fresh retry window. */
  void redeliver(OffsetDateTime now, Duration retryFor) {
    delivery = Delivery.PENDING;
    nextAttemptAt = now;
    retryUntil = now.plus(retryFor);
  }

  void positioned(long newPosition) {
    this.position = newPosition;
  }

  public String id() {
    return id;
  }

  public String paymentId() {
    return paymentId;
  }

  public int sequence() {
    return sequence;
  }

  public String clientId() {
    return clientId;
  }

  public LenderEventType type() {
    return type;
  }

  public String traceParent() {
    return traceParent;
  }

  public String body() {
    return body;
  }

  public OffsetDateTime occurredAt() {
    return occurredAt;
  }

  public Long position() {
    return position;
  }

  public Delivery delivery() {
    return delivery;
  }

  public int attempts() {
    return attempts;
  }

  public OffsetDateTime nextAttemptAt() {
    return nextAttemptAt;
  }

  public OffsetDateTime retryUntil() {
    return retryUntil;
  }

  public OffsetDateTime deliveredAt() {
    return deliveredAt;
  }
}
