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

  public boolean cancel(String paymentId, String user) {
    return lifecycle.cancel(paymentId, TimelineSource.API, user);
  }

  /** @return why the process should look now, or null */
  public CheckReason recordFrontendStep(String paymentId, String step) {
    return lifecycle.borrowerStep(paymentId, step);
  }
}
