package com.geftflow.payment;

/** Where the process goes after a status check: the branches of the model's "What does Flinks say?". */
public enum NextStep {
  /** Initiated: keep waiting for the webhook or the next poll. */
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
  /** No terminal status after the last poll: an operator investigates. */
  UNKNOWN
}
