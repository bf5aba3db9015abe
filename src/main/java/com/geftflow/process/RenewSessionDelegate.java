package com.geftflow.process;

import com.geftflow.payment.PaymentLifecycle;
import com.geftflow.payment.TimelineSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The same payment gets a new Flinks session and checkout link: "Create Flinks session" follows. */
@ApplicationScoped
@Named("renewSessionDelegate")
public class RenewSessionDelegate implements JavaDelegate {

  @Inject
  PaymentLifecycle lifecycle;

  public RenewSessionDelegate() {
  }

  RenewSessionDelegate(PaymentLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String paymentId = GeftVariables.paymentId(execution);
    lifecycle.newSession(paymentId, TimelineSource.OPERATOR, "decision on \"" + GeftProcess.ARRANGE_ALTERNATIVE + "\"");
    GeftVariables.write(execution, lifecycle.facts(paymentId));
  }
}
