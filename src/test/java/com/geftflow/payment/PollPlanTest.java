package com.geftflow.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PollPlanTest {

  private static final Instant CREATED = Instant.parse("2026-11-27T10:00:00Z");
  private static final Instant WINDOW_END = CREATED.plus(Duration.ofDays(7));
  private static final PollPlan PLAN = new PollPlan(Duration.ofSeconds(30), 20, Duration.ofHours(1),
      List.of(Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofSeconds(30), Duration.ofSeconds(60)),
      Duration.ofMinutes(15), Duration.ofHours(24), Duration.ofHours(1));

  private static PollPlan.Borrower idle() {
    return new PollPlan.Borrower(null, null, 0, WINDOW_END);
  }

  @Test
  void nobodyHasOpenedTheLinkOnlyTheHourlyLivenessCheckRuns() {
    Instant twoHoursLater = CREATED.plus(Duration.ofHours(2));

    assertThat(PLAN.nextCheck(CREATED, idle())).isEqualTo(CREATED.plus(Duration.ofHours(1)));
    assertThat(PLAN.verdict(twoHoursLater, idle())).isEqualTo(PollPlan.Verdict.WAIT);
    assertThat(PLAN.quiet(twoHoursLater, idle())).isFalse();
  }

  @Test
  void tenThousandPaymentsRegisteredInOneSecondSpreadTheirLivenessChecksOverSixMinutes() {
    Instant hourLater = CREATED.plus(Duration.ofHours(1));
    List<Instant> checks = IntStream.range(0, 10_000)
        .mapToObj(i -> PLAN.nextCheck(UUID.randomUUID().toString(), CREATED, idle())).toList();

    assertThat(checks).allSatisfy(at -> assertThat(at).isBetween(hourLater, hourLater.plus(Duration.ofMinutes(6))));
    // at most a few dozen in any one second of the six minutes, not ten thousand
    assertThat(checks.stream().collect(Collectors.groupingBy(at -> at.getEpochSecond(),
        Collectors.counting())).values()).allSatisfy(n -> assertThat(n).isLessThan(60));
  }

  @Test
  void theGuidesPaceAndTheEndOfTheWindowAreNeverSpread() {
    Instant arrived = CREATED.plus(Duration.ofDays(1));
    PollPlan.Borrower active = new PollPlan.Borrower(arrived, null, 0, WINDOW_END);
    Instant nearTheEnd = WINDOW_END.minus(Duration.ofMinutes(61));

    assertThat(PLAN.nextCheck("any payment", arrived, active)).isEqualTo(arrived.plusSeconds(30));
    assertThat(IntStream.range(0, 1000)
        .mapToObj(i -> PLAN.nextCheck(UUID.randomUUID().toString(), nearTheEnd, idle())))
        .allSatisfy(at -> assertThat(at).isBetween(nearTheEnd.plus(Duration.ofHours(1)), WINDOW_END))
        .contains(WINDOW_END);
  }

  @Test
  void aBorrowerActiveSixDaysLaterGetsTheGuidesPaceAndItsBudgetFromThen() {
    Instant arrived = CREATED.plus(Duration.ofDays(6));
    PollPlan.Borrower active = new PollPlan.Borrower(arrived, null, 0, WINDOW_END);

    assertThat(PLAN.active(arrived.plus(Duration.ofMinutes(9)), active)).isTrue();
    assertThat(PLAN.nextCheck(arrived.plus(Duration.ofMinutes(9)), active))
        .isEqualTo(arrived.plus(Duration.ofMinutes(9)).plusSeconds(30));
    // the guide's budget (20 × 30 s) spent without a new step: back to the liveness pace
    Instant later = arrived.plus(Duration.ofMinutes(11));
    assertThat(PLAN.active(later, active)).isFalse();
    assertThat(PLAN.nextCheck(later, active)).isEqualTo(later.plus(Duration.ofHours(1)));
    assertThat(PLAN.verdict(later, active)).isEqualTo(PollPlan.Verdict.WAIT);
  }

  @Test
  void aPollWhileStepsKeepArrivingIsSkippedButNotOnceTheyStop() {
    Instant step = CREATED.plus(Duration.ofHours(3));
    PollPlan.Borrower active = new PollPlan.Borrower(step, null, 0, WINDOW_END);

    assertThat(PLAN.quiet(step.plusSeconds(20), active)).isTrue();
    assertThat(PLAN.quiet(step.plusSeconds(31), active)).isFalse();
    assertThat(PLAN.quiet(step.plusSeconds(20), new PollPlan.Borrower(step, step, 0, WINDOW_END))).isFalse();
  }

  @Test
  void afterTheBorrowerFinishedChecksBackOffThenTheStatusIsUnknown() {
    Instant finished = CREATED.plus(Duration.ofMinutes(40));

    assertThat(PLAN.nextCheck(finished, new PollPlan.Borrower(finished, finished, 1, WINDOW_END)))
        .isEqualTo(finished.plusSeconds(5));
    assertThat(PLAN.nextCheck(finished, new PollPlan.Borrower(finished, finished, 2, WINDOW_END)))
        .isEqualTo(finished.plusSeconds(15));
    assertThat(PLAN.nextCheck(finished, new PollPlan.Borrower(finished, finished, 9, WINDOW_END)))
        .isEqualTo(finished.plusSeconds(60));
    assertThat(PLAN.verdict(finished, new PollPlan.Borrower(finished, finished, 19, WINDOW_END)))
        .isEqualTo(PollPlan.Verdict.WAIT);
    assertThat(PLAN.verdict(finished, new PollPlan.Borrower(finished, finished, 20, WINDOW_END)))
        .isEqualTo(PollPlan.Verdict.UNKNOWN);
  }

  @Test
  void noCheckIsPlannedPastTheWindowWhoseEndExpiresTheSession() {
    Instant almost = WINDOW_END.minus(Duration.ofMinutes(10));

    assertThat(PLAN.nextCheck(almost, idle())).isEqualTo(WINDOW_END);
    assertThat(PLAN.verdict(WINDOW_END, idle())).isEqualTo(PollPlan.Verdict.EXPIRE);
    assertThat(PLAN.verdict(WINDOW_END, new PollPlan.Borrower(almost, almost, 25, WINDOW_END)))
        .isEqualTo(PollPlan.Verdict.EXPIRE);
  }

  @Test
  void thePadSignatureIsWatchedEverLessOftenNeverMoreThanAnHourApart() {
    Instant since = CREATED;

    assertThat(PLAN.nextPadCheck(since, since)).isEqualTo(since.plusSeconds(30));
    assertThat(PLAN.nextPadCheck(since.plus(Duration.ofMinutes(20)), since))
        .isEqualTo(since.plus(Duration.ofMinutes(22)));
    assertThat(PLAN.nextPadCheck(since.plus(Duration.ofDays(2)), since))
        .isEqualTo(since.plus(Duration.ofDays(2)).plus(Duration.ofHours(1)));
  }

  @Test
  void anOutageBacksOffDoublingUpToTheCapAndEndsAtTheHorizon() {
    Instant now = CREATED;

    assertThat(PLAN.afterFailure(now, 1)).isEqualTo(now.plusSeconds(30));
    assertThat(PLAN.afterFailure(now, 2)).isEqualTo(now.plusSeconds(60));
    assertThat(PLAN.afterFailure(now, 5)).isEqualTo(now.plus(Duration.ofMinutes(8)));
    assertThat(PLAN.afterFailure(now, 6)).isEqualTo(now.plus(Duration.ofMinutes(15)));
    assertThat(PLAN.afterFailure(now, 60)).isEqualTo(now.plus(Duration.ofMinutes(15)));
    assertThat(PLAN.outageTooLong(now.plus(Duration.ofHours(3)), now)).isFalse();
    assertThat(PLAN.outageTooLong(now.plus(Duration.ofHours(24)), now)).isTrue();
  }
}
