package com.geftflow.payment;

import com.geftflow.trace.PaymentTraces;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One observed event of a payment. Append-only: nothing ever updates or deletes an entry, except the
 * sealer giving it its place in the payment's chain once ({@link TimelineChain}).
 */
@Entity
@Table(name = "GEFT_TIMELINE")
public class TimelineEntry {

  @Id
  @Column(length = 36)
  private String id;

  @Column(nullable = false, length = 36)
  private String paymentId;

  @Column(nullable = false)
  private OffsetDateTime at;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private TimelineSource source;

  @Column(nullable = false, length = 40)
  private String kind;

  @Column(length = 1000)
  private String detail;

  /** The payment's state after this entry, on the entry that changed it (and announced a lender event). */
  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private PaymentState state;

  /** The entry's place in its payment's chain from 1; null until sealed, 0 when the sealer refused it. */
  @Column(name = "SEQNO")
  private Integer seq;

  @Column(length = 64)
  private String rowHash;

  @Column(length = 64)
  private String hash;

  /** The trace of the work that wrote the entry (docs/operations.md, "Tracing"); not in the hashes. */
  @Column(length = 32)
  private String traceId;

  protected TimelineEntry() {
  }

  TimelineEntry(String paymentId, OffsetDateTime at, TimelineSource source, String kind, String detail,
      PaymentState state) {
    this.state = state;
    this.id = UUID.randomUUID().toString();
    this.paymentId = paymentId;
    this.at = TimelineChain.stored(at);
    this.source = source;
    this.kind = kind;
    this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    this.rowHash = TimelineChain.rowHash(content());
    this.traceId = PaymentTraces.currentTraceId();
  }

  /** What the hashes cover, from the stored values. */
  public String content() {
    return TimelineChain.content(paymentId, at.toInstant(), source == null ? null : source.name(), kind, detail,
        state == null ? null : state.name());
  }

  /** Its place in the payment's chain, after {@code previousHash}. */
  public void seal(int seq, String previousHash) {
    this.seq = seq;
    this.hash = TimelineChain.link(previousHash, seq, content());
  }

  /** Not written by GEFT Flow (no or a wrong row hash): never chained. */
  public void refuse() {
    this.seq = 0;
  }

  public boolean writtenHere() {
    return TimelineChain.rowHash(content()).equals(rowHash);
  }

  public String id() {
    return id;
  }

  public Integer seq() {
    return seq;
  }

  public String rowHash() {
    return rowHash;
  }

  public String hash() {
    return hash;
  }

  public String traceId() {
    return traceId;
  }

  public String paymentId() {
    return paymentId;
  }

  public OffsetDateTime at() {
    return at;
  }

  public TimelineSource source() {
    return source;
  }

  public String kind() {
    return kind;
  }

  public String detail() {
    return detail;
  }

  public PaymentState state() {
    return state;
  }
}
