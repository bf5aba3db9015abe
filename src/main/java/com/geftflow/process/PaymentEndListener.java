package com.geftflow.process;

import com.geftflow.payment.PaymentLifecycle;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * The payment process ends. Each of its own end events comes after Flinks said its last word; a
 * cancel from outside (the calling process, Cockpit) does not, so the session is canceled at
 * Flinks first. An end of its own completes the outputs for the calling process.
 */
@Dependent
@Named("paymentEndListener")
public class PaymentEndListener implements ExecutionListener {

  @Inject
  PaymentLifecycle lifecycle;

  public PaymentEndListener() {
  }

  PaymentEndListener(PaymentLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String paymentId = GeftVariables.paymentId(execution);
    if (!execution.isCanceled()) {
      GeftVariables.completeOutputs(execution);
    } else if (paymentId != null) {
      lifecycle.processCanceled(paymentId);
    }
  }
}
