package com.geftflow.process;

import com.geftflow.payment.PaymentLifecycle;
import com.geftflow.payment.PaymentRejectedException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Creates the Flinks session. Flinks unavailable: the exception fails the job, which the engine
 * retries and turns into an incident when retries run out. Flinks refused: the payment ends REJECTED.
 */
@Dependent
@Named("createSessionDelegate")
public class CreateSessionDelegate implements JavaDelegate {

  @Inject
  PaymentLifecycle lifecycle;

  public CreateSessionDelegate() {
  }

  CreateSessionDelegate(PaymentLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String paymentId = GeftVariables.paymentId(execution);
    try {
      lifecycle.createSession(paymentId);
      execution.setVariable(GeftVariables.POLL_ATTEMPTS, 0);
      GeftVariables.write(execution, lifecycle.facts(paymentId));
    } catch (PaymentRejectedException rejected) {
      GeftVariables.write(execution, lifecycle.facts(paymentId));
      throw new BpmnError(GeftProcess.REJECTED, rejected.getMessage());
    }
  }
}
