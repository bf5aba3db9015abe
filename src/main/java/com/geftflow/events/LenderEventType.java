package com.geftflow.events;

/**
 * What a lender event announces: the payment's new state, or one of the moments around it
 * (docs/lender-events.md lists them).
 */
public enum LenderEventType {
  /** The payment was registered; its Flinks session is being created. */
  CREATED,
  /** A Flinks session exists and the borrower's checkout link works (after a new session too). */
  CHECKOUT_READY,
  AWAITING_BORROWER,
  OFFER_PENDING,
  PAD_PENDING,
  STATUS_UNKNOWN,
  SCHEDULED,
  LOGIN_FAILED,
  GUARANTEE_DECLINED,
  IDENTITY_MISMATCH,
  INSUFFICIENT_FUNDS,
  CANCELED,
  EXPIRED,
  REJECTED,
  /** The same payment is getting a new Flinks session (state CREATING again). */
  NEW_SESSION_REQUESTED,
  /** Flinks reported an outcome after the payment's process had ended; {@code state} is that outcome. */
  LATE_OUTCOME
}
