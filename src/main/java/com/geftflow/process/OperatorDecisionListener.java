package com.geftflow.process;

import com.geftflow.payment.PaymentLifecycle;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Puts each operator decision, its reason and who took it on the payment's timeline; a recheck gets a fresh budget. */
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
    String paymentId = GeftVariables.paymentId(task);
    String decision = GeftVariables.string(task, GeftVariables.DECISION);
    lifecycle.recordDecision(paymentId, task.getName(), decision,
        GeftVariables.string(task, GeftVariables.DECISION_REASON), user);
    if (GeftProcess.Decision.RECHECK.name().equals(decision)) {
      // the check that follows starts a fresh budget of checks and a fresh outage horizon
      lifecycle.restartBudget(paymentId);
    }
  }
}
