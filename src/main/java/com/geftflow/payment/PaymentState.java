package com.geftflow.payment;

import com.geftflow.flinks.FlinksStatus;

/** Where a payment stands, as the lender, an operator and an auditor see it. */
public enum PaymentState {
  CREATING(false),
  AWAITING_BORROWER(false),
  OFFER_PENDING(false),
  PAD_PENDING(false),
  SCHEDULED(true),
  LOGIN_FAILED(true),
  GUARANTEE_DECLINED(true),
  IDENTITY_MISMATCH(true),
  INSUFFICIENT_FUNDS(true),
  CANCELED(true),
  EXPIRED(true),
  REJECTED(true),
  STATUS_UNKNOWN(false);

  private final boolean terminal;

  PaymentState(boolean terminal) {
    this.terminal = terminal;
  }

  /** Flinks has said its last word: nothing can change this payment any more. */
  public boolean isTerminal() {
    return terminal;
  }

  /**
   * Ended without money moving and without a live session: the lender (or operations) may give the
   * borrower a new session for the same payment.
   */
  public boolean allowsNewSession() {
    return switch (this) {
      case EXPIRED, LOGIN_FAILED, INSUFFICIENT_FUNDS, CANCELED, GUARANTEE_DECLINED -> true;
      default -> false;
    };
  }

  /** The state a Flinks status detail code means; {@code null} for a code the guide does not know. */
  public static PaymentState forStatusDetails(String statusDetails) {
    if (statusDetails == null) {
      return null;
    }
    return switch (statusDetails) {
      case FlinksStatus.EFT0101_INITIATED -> AWAITING_BORROWER;
      case FlinksStatus.EFT0301_SCHEDULED -> SCHEDULED;
      case FlinksStatus.EFT0302_PAD_PENDING -> PAD_PENDING;
      case FlinksStatus.EFT0401_LOGIN_FAILED -> LOGIN_FAILED;
      case FlinksStatus.EFT0402_NO_GUARANTEE -> GUARANTEE_DECLINED;
      case FlinksStatus.EFT0403_IDENTITY_MISMATCH -> IDENTITY_MISMATCH;
      case FlinksStatus.EFT0404_INSUFFICIENT_FUNDS -> INSUFFICIENT_FUNDS;
      case FlinksStatus.EFT0501_CANCELED -> CANCELED;
      case FlinksStatus.EFT0601_EXPIRED -> EXPIRED;
      default -> null;
    };
  }
}
