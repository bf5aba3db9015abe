package com.geftflow.api;

import com.geftflow.events.DeliveryAttempt;
import com.geftflow.events.LenderEvent;
import java.time.OffsetDateTime;
import java.util.List;

/** A payment's lender event with its delivery and every attempt at it (docs/lender-events.md). */
public record LenderEventView(String id, String type, int sequence, Long position, OffsetDateTime occurredAt,
    String delivery, int attempts, OffsetDateTime nextAttemptAt, OffsetDateTime retryUntil,
    OffsetDateTime deliveredAt, List<Attempt> tries) {

  /** One try: the receiver's status, or why it could not be reached. */
  public record Attempt(OffsetDateTime at, String url, Integer httpStatus, String error, String node) {
  }

  static LenderEventView of(LenderEvent e, List<DeliveryAttempt> attempts) {
    return new LenderEventView(e.id(), e.type().name(), e.sequence(), e.position(), e.occurredAt(),
        e.delivery().name(), e.attempts(), e.nextAttemptAt(), e.retryUntil(), e.deliveredAt(),
        attempts.stream().filter(a -> a.eventId().equals(e.id()))
            .map(a -> new Attempt(a.at(), a.url(), a.httpStatus(), a.error(), a.node())).toList());
  }
}
