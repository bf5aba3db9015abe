package com.geftflow.payment;

/** Flinks (or the input's validation) refused the payment; it is REJECTED with the reason recorded. */
public class PaymentRejectedException extends RuntimeException {

  private final String paymentId;

  public PaymentRejectedException(String paymentId, String reason) {
    super(reason);
    this.paymentId = paymentId;
  }

  public String paymentId() {
    return paymentId;
  }
}
