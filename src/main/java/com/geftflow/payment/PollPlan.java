package com.geftflow.payment;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * When to look at Flinks next while a session is Initiated, and when to stop: the webhook first,
 * polls as a backstop, paced by what the borrower is doing. A pure function of the settings and
 * the payment's borrower facts, so every case is a unit test.
 *
 * <ul>
 *   <li>Nobody has used the link: a slow liveness check ({@code geft.poll.liveness-interval}).</li>
 *   <li>The borrower is active (an iframe step within the guide's budget of
 *       {@code geft.poll.max-attempts} × {@code geft.poll.interval}): the guide's pace; a poll is
 *       skipped while steps keep arriving, since a finishing borrower wakes the process anyway.</li>
 *   <li>The borrower finished in the iframe: back-off ({@code geft.poll.after-finish}); after
 *       {@code geft.poll.max-attempts} checks still Initiated, the status is unknown.</li>
 *   <li>Never later than the end of the borrower window, where the session is canceled.</li>
 *   <li>Flinks unreachable: doubling pauses up to {@code geft.flinks.outage-backoff-max}, until
 *       {@code geft.flinks.outage-horizon}.</li>
 * </ul>
 */
public record PollPlan(Duration interval, int maxAttempts, Duration liveness, List<Duration> afterFinish,
    Duration outageBackoffMax, Duration outageHorizon, Duration padCheckMax) {

  /** What to do while Flinks says Initiated. */
  public enum Verdict {
    /** Keep waiting until {@link #nextCheck}. */
    WAIT,
    /** The borrower finished but Flinks never said how it ended: operations investigate. */
    UNKNOWN,
    /** The borrower window is over: cancel the session. */
    EXPIRE
  }

  /** The borrower facts the plan reads from the payment record. */
  public record Borrower(Instant activeAt, Instant finishedAt, int checksSinceFinish, Instant windowEndsAt) {

    static Borrower of(GeftPayment p, BorrowerActivity a) {
      boolean counted = GeftPayment.sameInstant(a.finishedAt(), p.countedFinishAt());
      return new Borrower(instant(a.activeAt()), instant(a.finishedAt()), counted ? p.checksSinceFinish() : 0,
          p.checkoutTokenExpiresAt().toInstant());
    }

    private static Instant instant(java.time.OffsetDateTime time) {
      return time == null ? null : time.toInstant();
    }
  }

  public static PollPlan of(LifecycleSettings s) {
    List<Duration> afterFinish = Arrays.stream(s.afterFinish.split(",")).map(String::trim)
        .filter(v -> !v.isEmpty()).map(Duration::parse).toList();
    return new PollPlan(s.pollInterval, s.maxPollAttempts, s.livenessInterval,
        afterFinish.isEmpty() ? List.of(s.pollInterval) : afterFinish, s.outageBackoffMax, s.outageHorizon,
        s.padCheckMax);
  }

  /** After a check that found the session Initiated ({@code checksSinceFinish} already counts it). */
  public Verdict verdict(Instant now, Borrower b) {
    if (!now.isBefore(b.windowEndsAt())) {
      return Verdict.EXPIRE;
    }
    if (b.finishedAt() != null && b.checksSinceFinish() >= maxAttempts) {
      return Verdict.UNKNOWN;
    }
    return Verdict.WAIT;
  }

  public Instant nextCheck(Instant now, Borrower b) {
    Instant next;
    if (b.finishedAt() != null) {
      next = now.plus(afterFinish.get(Math.min(Math.max(b.checksSinceFinish() - 1, 0), afterFinish.size() - 1)));
    } else if (active(now, b)) {
      next = now.plus(interval);
    } else {
      next = now.plus(liveness);
    }
    return next.isAfter(b.windowEndsAt()) ? b.windowEndsAt() : next;
  }

  /**
   * {@link #nextCheck(Instant, Borrower)}, with a liveness pause lengthened by up to a tenth, by a
   * share fixed per payment: payments registered in one burst (an import, a busy morning) would
   * otherwise check Flinks in one burst every liveness interval.
   */
  public Instant nextCheck(String paymentId, Instant now, Borrower b) {
    Instant next = nextCheck(now, b);
    Duration pause = Duration.between(now, next);
    if (pause.compareTo(liveness) < 0) {
      return next;
    }
    Instant spread = next.plus(pause.dividedBy(10).multipliedBy(Math.floorMod(paymentId.hashCode(), 1000))
        .dividedBy(1000));
    return spread.isAfter(b.windowEndsAt()) ? b.windowEndsAt() : spread;
  }

  /** A due poll that need not ask Flinks: the borrower is in the iframe right now and has not finished. */
  public boolean quiet(Instant now, Borrower b) {
    return b.finishedAt() == null && b.activeAt() != null && b.activeAt().plus(interval).isAfter(now)
        && now.isBefore(b.windowEndsAt());
  }

  /**
   * While the PAD signature is awaited (EFT0302; the webhook of EFT0301 is the fast path): a pause
   * that grows with the wait, a tenth of it, from the poll interval up to {@code geft.pad.check-max}.
   * Days of waiting cost a few dozen calls, not thousands.
   */
  public Instant nextPadCheck(Instant now, Instant padSince) {
    Duration pause = padSince == null ? interval : Duration.between(padSince, now).dividedBy(10);
    if (pause.compareTo(interval) < 0) {
      pause = interval;
    }
    return now.plus(pause.compareTo(padCheckMax) > 0 ? padCheckMax : pause);
  }

  /** Within the guide's budget after the borrower's last step. */
  public boolean active(Instant now, Borrower b) {
    return b.activeAt() != null && b.activeAt().plus(interval.multipliedBy(maxAttempts)).isAfter(now);
  }

  /** The pause after the {@code failures}-th failed call in a row: the poll interval, doubling, capped. */
  public Instant afterFailure(Instant now, int failures) {
    Duration pause = interval;
    for (int i = 1; i < failures && pause.compareTo(outageBackoffMax) < 0; i++) {
      pause = pause.multipliedBy(2);
    }
    return now.plus(pause.compareTo(outageBackoffMax) > 0 ? outageBackoffMax : pause);
  }

  public boolean outageTooLong(Instant now, Instant outageSince) {
    return outageSince != null && !now.isBefore(outageSince.plus(outageHorizon));
  }
}
