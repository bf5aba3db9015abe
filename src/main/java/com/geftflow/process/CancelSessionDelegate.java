package com.geftflow.process;

import com.geftflow.payment.PaymentLifecycle;
import com.geftflow.payment.TimelineSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** An operator chose to cancel the session at Flinks; the status check that follows tells the outcome. */
@ApplicationScoped
@Named("cancelSessionDelegate")
public class CancelSessionDelegate implements JavaDelegate {

  @Inject
  PaymentLifecycle lifecycle;

  public CancelSessionDelegate() {
  }

  CancelSessionDelegate(PaymentLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    lifecycle.cancel(GeftVariables.paymentId(execution), TimelineSource.OPERATOR, "operations");
  }
}
