package com.geftflow.checkout;

import com.geftflow.flinks.FlinksStatus;
import com.geftflow.payment.GeftPayment;
import com.geftflow.payment.PaymentState;

/**
 * What the borrower is told for each state: plain words, and whether the page is done. While Flinks
 * still says Initiated the page is never done: the borrower can still finish in the iframe, however
 * long the process has been looking.
 */
public record BorrowerStatus(String state, String message, boolean done, boolean success) {

  static BorrowerStatus of(GeftPayment payment) {
    BorrowerStatus status = of(payment.state());
    boolean initiated = FlinksStatus.EFT0101_INITIATED.equals(payment.flinksStatusDetails());
    return initiated && status.done() && !payment.state().isTerminal()
        ? new BorrowerStatus(status.state(), "Choose your bank to continue.", false, false) : status;
  }

  static BorrowerStatus of(PaymentState state) {
    return switch (state) {
      case CREATING -> new BorrowerStatus(state.name(), "Preparing your secure payment…", false, false);
      case AWAITING_BORROWER -> new BorrowerStatus(state.name(), "Choose your bank to continue.", false, false);
      case OFFER_PENDING -> new BorrowerStatus(state.name(),
          "Your bank can guarantee part of this amount. Your lender is reviewing it; you can close this page.",
          false, false);
      case PAD_PENDING -> new BorrowerStatus(state.name(),
          "Your account is verified. Please sign the pre-authorized debit agreement you received.", false, false);
      case SCHEDULED -> new BorrowerStatus(state.name(), "Your payment is guaranteed and scheduled. Thank you!",
          true, true);
      case GUARANTEE_DECLINED -> new BorrowerStatus(state.name(),
          "We couldn't guarantee this payment. Your lender will contact you about another way to pay.", true, false);
      case LOGIN_FAILED -> new BorrowerStatus(state.name(),
          "We couldn't log in to your bank. Ask your lender for a new payment link to try again.", true, false);
      case IDENTITY_MISMATCH -> new BorrowerStatus(state.name(),
          "The bank account holder's name doesn't match. Your lender will contact you.", true, false);
      case INSUFFICIENT_FUNDS -> new BorrowerStatus(state.name(),
          "Your account doesn't have enough available funds right now. You can try again later.", true, false);
      case CANCELED -> new BorrowerStatus(state.name(), "This payment was canceled.", true, false);
      case EXPIRED -> new BorrowerStatus(state.name(),
          "The time to complete this payment has run out, so it was closed and nothing was taken from your "
              + "account. Ask your lender for a new link.", true, false);
      case REJECTED -> new BorrowerStatus(state.name(),
          "This payment could not be started. Please contact your lender.", true, false);
      case STATUS_UNKNOWN -> new BorrowerStatus(state.name(),
          "We're confirming your payment with your bank. You can close this page.", true, false);
    };
  }
}
