package com.geftflow.process;

import com.geftflow.payment.PaymentLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The payment's process was canceled from outside: now that it is gone, cancel the session at Flinks. */
@ApplicationScoped
@Named("cancelSessionAfterProcessDelegate")
public class CancelSessionAfterProcessDelegate implements JavaDelegate {

  @Inject
  PaymentLifecycle lifecycle;

  public CancelSessionAfterProcessDelegate() {
  }

  CancelSessionAfterProcessDelegate(PaymentLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    lifecycle.cancelAfterProcess(GeftVariables.paymentId(execution));
  }
}
