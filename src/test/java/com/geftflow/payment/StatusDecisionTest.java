package com.geftflow.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.geftflow.flinks.SessionDetails;
import com.geftflow.flinks.SessionStatus;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusDecisionTest {

  private static final BigDecimal RATIO = new BigDecimal("0.9");
  private static final Instant NEXT = Instant.parse("2026-11-27T10:00:30Z");

  private static StatusDecision decide(String status, String code, PollPlan.Verdict whileInitiated) {
    return StatusDecision.of(new SessionStatus("s", "r", new BigDecimal("500"), status, code), null,
        new BigDecimal("500"), false, RATIO,
        whileInitiated, NEXT);
  }

  @ParameterizedTest(name = "{0}/{1} -> {2}, {3}")
  @CsvSource({
      "Completed, EFT0301, SCHEDULED, DONE",
      "Completed, EFT0302, PAD_PENDING, PAD",
      "Failed, EFT0401, LOGIN_FAILED, DONE",
      "Failed, EFT0402, GUARANTEE_DECLINED, DECLINED",
      "Failed, EFT0403, IDENTITY_MISMATCH, IDENTITY",
      "Failed, EFT0404, INSUFFICIENT_FUNDS, DONE",
      "Canceled, EFT0501, CANCELED, DONE",
      "Expired, EFT0601, EXPIRED, DONE",
      "Initiated, EFT0101, AWAITING_BORROWER, WAIT",
  })
  void everyRowOfTheStatesTable(String status, String code, PaymentState state, NextStep next) {
    StatusDecision decision = decide(status, code, PollPlan.Verdict.WAIT);

    assertThat(decision.state()).isEqualTo(state);
    assertThat(decision.next()).isEqualTo(next);
  }

  @Test
  void aWaitingPaymentCarriesItsNextCheckAndATerminalOneNone() {
    assertThat(decide("Initiated", "EFT0101", PollPlan.Verdict.WAIT).nextCheckAt()).isEqualTo(NEXT);
    assertThat(decide("Completed", "EFT0301", PollPlan.Verdict.WAIT).nextCheckAt()).isNull();
  }

  @Test
  void whatThePlanSaysDecidesOnlyWhileInitiated() {
    StatusDecision unknown = decide("Initiated", "EFT0101", PollPlan.Verdict.UNKNOWN);
    assertThat(unknown.next()).isEqualTo(NextStep.UNKNOWN);
    assertThat(unknown.state()).isEqualTo(PaymentState.STATUS_UNKNOWN);
    assertThat(decide("Initiated", "EFT0101", PollPlan.Verdict.EXPIRE).next()).isEqualTo(NextStep.EXPIRE);

    assertThat(decide("Completed", "EFT0301", PollPlan.Verdict.EXPIRE).next()).isEqualTo(NextStep.DONE);
    assertThat(decide("Completed", "EFT0301", PollPlan.Verdict.UNKNOWN).state()).isEqualTo(PaymentState.SCHEDULED);
  }

  @Test
  void aCodeTheGuideDoesNotKnowKeepsWaiting() {
    assertThat(decide("Completed", "EFT0999", PollPlan.Verdict.WAIT).next()).isEqualTo(NextStep.WAIT);
    assertThat(decide("Completed", "EFT0999", PollPlan.Verdict.UNKNOWN).next()).isEqualTo(NextStep.UNKNOWN);
  }

  @ParameterizedTest(name = "offer {0} of 1000 -> auto accept {1}")
  @CsvSource({"900.00, true", "899.99, false", "600.00, false", "999.99, true"})
  void aNextBestOfferIsAcceptedAutomaticallyFromTheRatioUp(String offered, boolean automatic) {
    SessionDetails details = new SessionDetails("s", "r", new BigDecimal("1000.00"), "Initiated", "EFT0101",
        new BigDecimal(offered), new BigDecimal(offered), null);

    StatusDecision decision = StatusDecision.of(
        new SessionStatus("s", "r", new BigDecimal("1000.00"), "Initiated", "EFT0101"), details,
        new BigDecimal("1000.00"), false, RATIO,
        PollPlan.Verdict.WAIT, NEXT);

    assertThat(decision.next()).isEqualTo(NextStep.OFFER);
    assertThat(decision.state()).isEqualTo(PaymentState.OFFER_PENDING);
    assertThat(decision.offeredAmount()).isEqualByComparingTo(offered);
    assertThat(decision.autoAcceptOffer()).isEqualTo(automatic);
  }

  @Test
  void anOfferAlreadyDecidedIsNotOfferedAgain() {
    SessionDetails details = new SessionDetails("s", "r", new BigDecimal("1000.00"), "Initiated", "EFT0101",
        new BigDecimal("600.00"), new BigDecimal("600.00"), null);

    StatusDecision decision = StatusDecision.of(
        new SessionStatus("s", "r", new BigDecimal("1000.00"), "Initiated", "EFT0101"), details,
        new BigDecimal("1000.00"), true, RATIO,
        PollPlan.Verdict.WAIT, NEXT);

    assertThat(decision.next()).isEqualTo(NextStep.WAIT);
    assertThat(decision.state()).isEqualTo(PaymentState.OFFER_PENDING);
  }

  @Test
  void aFullGuaranteeIsNoOffer() {
    SessionDetails full = new SessionDetails("s", "r", new BigDecimal("1000.00"), "Initiated", "EFT0101",
        new BigDecimal("1000.00"), new BigDecimal("1000.00"), null);

    assertThat(StatusDecision.of(new SessionStatus("s", "r", null, "Initiated", "EFT0101"), full,
        new BigDecimal("1000.00"), false, RATIO,
        PollPlan.Verdict.WAIT, NEXT).next()).isEqualTo(NextStep.WAIT);
  }
}
