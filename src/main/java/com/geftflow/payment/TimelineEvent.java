package com.geftflow.payment;

import java.time.OffsetDateTime;

/** One timeline entry as lenders and auditors read it; {@code source} is a {@link TimelineSource}. */
public record TimelineEvent(OffsetDateTime at, String source, String kind, String detail) {

  public static TimelineEvent of(TimelineEntry entry) {
    return new TimelineEvent(entry.at(), entry.source().name(), entry.kind(), entry.detail());
  }
}
