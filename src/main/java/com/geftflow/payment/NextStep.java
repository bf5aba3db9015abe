package com.geftflow.payment;

/** Where the process goes after a status check: the branches of the model's "What does Flinks say?". */
public enum NextStep {
  /** Initiated: keep waiting for the webhook, the borrower or the next check at {@code nextCheckAt}. */
  WAIT,
  /** A guarantee below the requested amount is offered: accept it or ask someone. */
  OFFER,
  /** EFT0302: account validated, PAD signature awaited. */
  PAD,
  /** A terminal status that needs nobody: scheduled, login failed, insufficient funds, canceled, expired. */
  DONE,
  /** EFT0402: an operator arranges another way to pay. */
  DECLINED,
  /** EFT0403: an operator reviews the identity mismatch. */
  IDENTITY,
  /** The borrower finished but Flinks never gave a terminal status: an operator investigates. */
  UNKNOWN,
  /** The borrower window ended with the session still Initiated: the check cancels it at Flinks (never reaches the model). */
  EXPIRE,
  /** Flinks unreachable past {@code geft.flinks.outage-horizon}: operations look. */
  UNREACHABLE,
  /** Creating the session met an outage: try again at {@code nextCheckAt}. */
  RETRY
}
