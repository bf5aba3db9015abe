package com.geftflow.payment;

import com.geftflow.flinks.FlinksStatus;
import com.geftflow.flinks.SessionDetails;
import com.geftflow.flinks.SessionStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * What one authoritative status read means for the payment: its state, the process's next step and,
 * while it waits, when to check again. A pure function of what Flinks said and of the
 * {@link PollPlan}, so every row of the states table is a unit test.
 */
public record StatusDecision(PaymentState state, NextStep next, Instant nextCheckAt, BigDecimal offeredAmount,
    boolean autoAcceptOffer) {

  /** offered ÷ requested reaches the ratio; an amount-less payment has no ratio, so a person decides. */
  static boolean acceptsAutomatically(BigDecimal offered, BigDecimal requested, BigDecimal autoAcceptRatio) {
    return requested != null && requested.signum() > 0
        && offered.divide(requested, 4, RoundingMode.DOWN).compareTo(autoAcceptRatio) >= 0;
  }

  /** Keep waiting in this state until {@code at}. */
  public static StatusDecision waiting(PaymentState state, Instant at) {
    return new StatusDecision(state, NextStep.WAIT, at, null, false);
  }

  /**
   * @param status Flinks' answer to {@code /status}
   * @param details Flinks' answer to {@code /details}, when it was read (null otherwise)
   * @param requested the lender's amount, which the ratio holds an offer against; null when the
   *     borrower entered the amount in Flinks' flow (then a person decides any offer)
   * @param offerAlreadyHandled a next-best offer was already accepted or refused
   * @param autoAcceptRatio {@code geft.guarantee.auto-accept-ratio}
   * @param whileInitiated what the poll plan says should the session still be Initiated
   * @param nextCheckAt when the poll plan would check again
   */
  public static StatusDecision of(SessionStatus status, SessionDetails details, BigDecimal requested,
      boolean offerAlreadyHandled, BigDecimal autoAcceptRatio, PollPlan.Verdict whileInitiated, Instant nextCheckAt) {
    String code = status.statusDetails();
    PaymentState state = PaymentState.forStatusDetails(code);
    if (state == null || FlinksStatus.EFT0101_INITIATED.equals(code)) {
      if (!offerAlreadyHandled && details != null && details.offersLessThanRequested()) {
        return new StatusDecision(PaymentState.OFFER_PENDING, NextStep.OFFER, null, details.guaranteeOffered(),
            acceptsAutomatically(details.guaranteeOffered(), requested, autoAcceptRatio));
      }
      PaymentState waiting = offerAlreadyHandled ? PaymentState.OFFER_PENDING : PaymentState.AWAITING_BORROWER;
      return switch (whileInitiated) {
        case WAIT -> waiting(waiting, nextCheckAt);
        case UNKNOWN -> new StatusDecision(PaymentState.STATUS_UNKNOWN, NextStep.UNKNOWN, null, null, false);
        case EXPIRE -> new StatusDecision(waiting, NextStep.EXPIRE, null, null, false);
      };
    }
    NextStep next = switch (state) {
      case PAD_PENDING -> NextStep.PAD;
      case GUARANTEE_DECLINED -> NextStep.DECLINED;
      case IDENTITY_MISMATCH -> NextStep.IDENTITY;
      default -> NextStep.DONE;
    };
    return new StatusDecision(state, next, null, null, false);
  }
}
