package com.geftflow.payment;

import java.time.OffsetDateTime;

/**
 * One timeline entry as lenders and auditors read it; {@code source} is a {@link TimelineSource};
 * {@code state} is set on the entries that changed the payment's state (each announced a lender event);
 * {@code seq} and {@code hash} its place in the payment's tamper-evident chain, null until sealed
 * (a second or so, docs/audit.md); {@code traceId} the trace of the work that wrote it, when
 * tracing is on (operational, outside the chain).
 */
public record TimelineEvent(OffsetDateTime at, String source, String kind, String detail, String state, Integer seq,
    String hash, String traceId) {

  public static TimelineEvent of(TimelineEntry entry) {
    return new TimelineEvent(entry.at(), entry.source().name(), entry.kind(), entry.detail(),
        entry.state() == null ? null : entry.state().name(), entry.seq(), entry.hash(), entry.traceId());
  }
}
