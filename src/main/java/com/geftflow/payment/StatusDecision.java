package com.geftflow.payment;

import com.geftflow.flinks.FlinksStatus;
import com.geftflow.flinks.SessionDetails;
import com.geftflow.flinks.SessionStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What one authoritative status read means for the payment: its state, the process's next step,
 * and the poll count. A pure function of what Flinks said, so every row of the states table is a
 * unit test.
 */
public record StatusDecision(PaymentState state, NextStep next, int pollAttempts, BigDecimal offeredAmount,
    boolean autoAcceptOffer) {

  /**
   * @param status Flinks' answer to {@code /status}
   * @param details Flinks' answer to {@code /details} while Initiated (null otherwise)
   * @param pollAttempts checks that found the session still Initiated so far
   * @param maxAttempts {@code geft.poll.max-attempts}
   * @param offerAlreadyHandled a next-best offer was already accepted or refused
   * @param autoAcceptRatio {@code geft.guarantee.auto-accept-ratio}
   */
  public static StatusDecision of(SessionStatus status, SessionDetails details, int pollAttempts, int maxAttempts,
      boolean offerAlreadyHandled, BigDecimal autoAcceptRatio) {
    String code = status.statusDetails();
    PaymentState state = PaymentState.forStatusDetails(code);
    if (state == null || FlinksStatus.EFT0101_INITIATED.equals(code)) {
      if (!offerAlreadyHandled && details != null && details.offersLessThanRequested()) {
        BigDecimal ratio = details.guaranteeOffered().divide(details.amount(), 4, RoundingMode.DOWN);
        return new StatusDecision(PaymentState.OFFER_PENDING, NextStep.OFFER, pollAttempts,
            details.guaranteeOffered(), ratio.compareTo(autoAcceptRatio) >= 0);
      }
      int attempts = pollAttempts + 1;
      NextStep next = attempts >= maxAttempts ? NextStep.UNKNOWN : NextStep.WAIT;
      PaymentState waiting = next == NextStep.UNKNOWN ? PaymentState.STATUS_UNKNOWN
          : offerAlreadyHandled ? PaymentState.OFFER_PENDING : PaymentState.AWAITING_BORROWER;
      return new StatusDecision(waiting, next, attempts, null, false);
    }
    NextStep next = switch (state) {
      case PAD_PENDING -> NextStep.PAD;
      case GUARANTEE_DECLINED -> NextStep.DECLINED;
      case IDENTITY_MISMATCH -> NextStep.IDENTITY;
      default -> NextStep.DONE;
    };
    return new StatusDecision(state, next, pollAttempts, null, false);
  }
}
