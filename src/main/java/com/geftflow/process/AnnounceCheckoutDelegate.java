package com.geftflow.process;

import com.geftflow.payment.CheckoutLink;
import com.geftflow.payment.PaymentLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URI;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * "Checkout link ready": a payment started by a call activity tells its calling process the
 * borrower's link at once ({@link GeftProcess#CHECKOUT_READY}), so the borrower can get it while the
 * payment waits. A calling process that does not catch the message is not disturbed.
 */
@ApplicationScoped
@Named("announceCheckoutDelegate")
public class AnnounceCheckoutDelegate implements JavaDelegate {

  @Inject
  PaymentLifecycle lifecycle;

  /** Where borrowers reach this server ({@code geft.checkout.base-url}). */
  @Inject
  @ConfigProperty(name = "geft.checkout.base-url")
  String checkoutBase;

  public AnnounceCheckoutDelegate() {
  }

  AnnounceCheckoutDelegate(PaymentLifecycle lifecycle, String checkoutBase) {
    this.lifecycle = lifecycle;
    this.checkoutBase = checkoutBase;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DelegateExecution caller = execution.getSuperExecution();
    if (caller == null) {
      return;
    }
    String paymentId = GeftVariables.paymentId(execution);
    CheckoutLink link = lifecycle.checkoutLink(paymentId, URI.create(checkoutBase));
    execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation(GeftProcess.CHECKOUT_READY)
        .processInstanceId(caller.getProcessInstanceId())
        .setVariables(Map.of(GeftVariables.PAYMENT_ID, paymentId,
            GeftVariables.CHECKOUT_URL, link.url().toString(),
            GeftVariables.CHECKOUT_EXPIRES_AT, Date.from(link.expiresAt().toInstant())))
        .correlateAll();
  }
}
