package com.geftflow.process;

import com.geftflow.payment.PaymentLifecycle;
import com.geftflow.payment.TimelineSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Tells Flinks whether the next-best offer is accepted: automatically by ratio, or as decided. */
@ApplicationScoped
@Named("confirmGuaranteeDelegate")
public class ConfirmGuaranteeDelegate implements JavaDelegate {

  @Inject
  PaymentLifecycle lifecycle;

  public ConfirmGuaranteeDelegate() {
  }

  ConfirmGuaranteeDelegate(PaymentLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean automatic = Boolean.TRUE.equals(execution.getVariable(GeftVariables.AUTO_ACCEPT_OFFER));
    boolean accept = automatic || GeftProcess.Decision.ACCEPT.name().equals(execution.getVariable(GeftVariables.DECISION));
    String paymentId = GeftVariables.paymentId(execution);
    lifecycle.confirmGuarantee(paymentId, accept, automatic ? TimelineSource.SYSTEM : TimelineSource.OPERATOR);
    GeftVariables.write(execution, lifecycle.facts(paymentId));
  }
}
