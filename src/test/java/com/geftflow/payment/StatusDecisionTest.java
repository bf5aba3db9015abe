package com.geftflow.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.geftflow.flinks.SessionDetails;
import com.geftflow.flinks.SessionStatus;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusDecisionTest {

  private static final BigDecimal RATIO = new BigDecimal("0.9");

  private static StatusDecision decide(String status, String code, int attempts) {
    return StatusDecision.of(new SessionStatus("s", "r", new BigDecimal("500"), status, code), null, attempts, 20,
        false, RATIO);
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
    StatusDecision decision = decide(status, code, 3);

    assertThat(decision.state()).isEqualTo(state);
    assertThat(decision.next()).isEqualTo(next);
  }

  @Test
  void onlyChecksThatFindTheSessionInitiatedCountTowardsThePollLimit() {
    assertThat(decide("Initiated", "EFT0101", 3).pollAttempts()).isEqualTo(4);
    assertThat(decide("Completed", "EFT0302", 3).pollAttempts()).isEqualTo(3);
  }

  @Test
  void theLastPollWithoutTerminalStatusMeansStatusUnknown() {
    assertThat(decide("Initiated", "EFT0101", 18).next()).isEqualTo(NextStep.WAIT);
    StatusDecision last = decide("Initiated", "EFT0101", 19);

    assertThat(last.next()).isEqualTo(NextStep.UNKNOWN);
    assertThat(last.state()).isEqualTo(PaymentState.STATUS_UNKNOWN);
    assertThat(last.pollAttempts()).isEqualTo(20);
  }

  @Test
  void aCodeTheGuideDoesNotKnowKeepsWaitingUntilThePollLimit() {
    assertThat(decide("Completed", "EFT0999", 0).next()).isEqualTo(NextStep.WAIT);
    assertThat(decide("Completed", "EFT0999", 19).next()).isEqualTo(NextStep.UNKNOWN);
  }

  @ParameterizedTest(name = "offer {0} of 1000 -> auto accept {1}")
  @CsvSource({"900.00, true", "899.99, false", "600.00, false", "999.99, true"})
  void aNextBestOfferIsAcceptedAutomaticallyFromTheRatioUp(String offered, boolean automatic) {
    SessionDetails details = new SessionDetails("s", "r", new BigDecimal("1000.00"), "Initiated", "EFT0101",
        new BigDecimal(offered), new BigDecimal(offered), null);

    StatusDecision decision = StatusDecision.of(
        new SessionStatus("s", "r", new BigDecimal("1000.00"), "Initiated", "EFT0101"), details, 2, 20, false, RATIO);

    assertThat(decision.next()).isEqualTo(NextStep.OFFER);
    assertThat(decision.state()).isEqualTo(PaymentState.OFFER_PENDING);
    assertThat(decision.offeredAmount()).isEqualByComparingTo(offered);
    assertThat(decision.autoAcceptOffer()).isEqualTo(automatic);
    assertThat(decision.pollAttempts()).isEqualTo(2);
  }

  @Test
  void anOfferAlreadyDecidedIsNotOfferedAgain() {
    SessionDetails details = new SessionDetails("s", "r", new BigDecimal("1000.00"), "Initiated", "EFT0101",
        new BigDecimal("600.00"), new BigDecimal("600.00"), null);

    StatusDecision decision = StatusDecision.of(
        new SessionStatus("s", "r", new BigDecimal("1000.00"), "Initiated", "EFT0101"), details, 2, 20, true, RATIO);

    assertThat(decision.next()).isEqualTo(NextStep.WAIT);
    assertThat(decision.state()).isEqualTo(PaymentState.OFFER_PENDING);
  }

  @Test
  void aFullGuaranteeIsNoOffer() {
    SessionDetails full = new SessionDetails("s", "r", new BigDecimal("1000.00"), "Initiated", "EFT0101",
        new BigDecimal("1000.00"), new BigDecimal("1000.00"), null);

    assertThat(StatusDecision.of(new SessionStatus("s", "r", null, "Initiated", "EFT0101"), full, 0, 20, false, RATIO)
        .next()).isEqualTo(NextStep.WAIT);
  }
}
