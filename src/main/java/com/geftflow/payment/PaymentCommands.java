package com.geftflow.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** What the lender API and the checkout page change on a payment, each in its own transaction. */
@ApplicationScoped
@Transactional
public class PaymentCommands {

  @Inject
  PaymentLifecycle lifecycle;

  @Inject
  Payments payments;

  public boolean cancel(String paymentId, String user) {
    return lifecycle.cancel(paymentId, TimelineSource.API, user);
  }

  /** The lender's new checkout link: the previous one no longer opens the page nor posts steps. */
  public GeftPayment rotateCheckoutToken(String paymentId, String user) {
    GeftPayment payment = payments.get(paymentId);
    payments.rotateToken(payment);
    payments.record(paymentId, TimelineSource.API, "CHECKOUT_LINK_REPLACED", "by " + user);
    return payment;
  }

  /** @return why the process should look now, or null */
  public CheckReason recordFrontendStep(String paymentId, String step) {
    return lifecycle.borrowerStep(paymentId, step);
  }
}
