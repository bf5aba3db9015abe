package com.geftflow.payment;

/** The checkout page relayed more steps in a minute than any borrower takes: the timeline stays bounded. */
public class TooManyStepsException extends RuntimeException {

  public TooManyStepsException(String paymentId) {
    super("Too many borrower steps for payment " + paymentId + " in the last minute");
  }
}
