package com.geftflow.process;

import com.geftflow.payment.PaymentLifecycle;
import com.geftflow.payment.PaymentRejectedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Creates the Flinks session and plans the first check. Flinks unreachable: {@code nextStep} RETRY
 * at {@code nextCheckAt} (past the outage horizon the payment is rejected). Flinks refused: the
 * payment ends REJECTED.
 */
@ApplicationScoped
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
      GeftVariables.write(execution, lifecycle.createSession(paymentId));
      GeftVariables.write(execution, lifecycle.facts(paymentId));
    } catch (PaymentRejectedException rejected) {
      GeftVariables.write(execution, lifecycle.facts(paymentId));
      throw new BpmnError(GeftProcess.REJECTED, rejected.getMessage());
    }
  }
}
