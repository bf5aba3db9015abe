package com.geftflow.process;

import com.geftflow.payment.PaymentLifecycle;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Puts each operator decision, its reason and who took it on the payment's timeline. */
@Dependent
@Named("operatorDecisionListener")
public class OperatorDecisionListener implements TaskListener {

  @Inject
  PaymentLifecycle lifecycle;

  public OperatorDecisionListener() {
  }

  OperatorDecisionListener(PaymentLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void notify(DelegateTask task) {
    Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String user = current != null ? current.getUserId() : task.getAssignee();
    lifecycle.recordDecision(GeftVariables.paymentId(task), task.getName(),
        GeftVariables.string(task, GeftVariables.DECISION), GeftVariables.string(task, GeftVariables.DECISION_REASON),
        user);
  }
}
