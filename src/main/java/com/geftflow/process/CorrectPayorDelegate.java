package com.geftflow.process;

import com.geftflow.payment.PaymentLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** After an identity mismatch: the operator's corrected names go into the next session. */
@ApplicationScoped
@Named("correctPayorDelegate")
public class CorrectPayorDelegate implements JavaDelegate {

  @Inject
  PaymentLifecycle lifecycle;

  public CorrectPayorDelegate() {
  }

  CorrectPayorDelegate(PaymentLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String paymentId = GeftVariables.paymentId(execution);
    lifecycle.retryWithNames(paymentId, GeftVariables.string(execution, GeftVariables.CORRECTED_FIRST_NAME),
        GeftVariables.string(execution, GeftVariables.CORRECTED_LAST_NAME));
    GeftVariables.write(execution, lifecycle.facts(paymentId));
  }
}
