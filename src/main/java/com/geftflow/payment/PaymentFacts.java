package com.geftflow.payment;

import java.math.BigDecimal;

/** What the process and its forms show of a payment: simple values, never the entity itself. */
public record PaymentFacts(String paymentId, String referenceId, PaymentState state, String flinksStatus,
    String flinksStatusDetails, String sessionId, BigDecimal amount, BigDecimal scheduledAmount,
    BigDecimal offeredAmount, String payorName) {

  public static PaymentFacts of(GeftPayment p) {
    return new PaymentFacts(p.paymentId(), p.referenceId(), p.state(), p.flinksStatus(), p.flinksStatusDetails(),
        p.sessionId(), p.amount(), p.scheduledAmount(), p.offeredAmount(),
        p.payorFirstName() + " " + p.payorLastName());
  }
}
