package com.geftflow.payment;

/** Why a status check runs: it decides whether Flinks is asked at all. */
public enum CheckReason {
  /** The timer: the backstop, skipped while the borrower is visibly still in the iframe. */
  POLL,
  /** The borrower started, or came back: plan the pace again; Flinks is not asked. */
  ACTIVITY,
  /** A webhook, a finishing iframe step, a cancel, an operator: ask Flinks now. */
  WAKE
}
