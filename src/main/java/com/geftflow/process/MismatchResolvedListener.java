package com.geftflow.process;

import com.geftflow.audit.ReconciliationReport;
import com.geftflow.audit.Reconciliations;
import com.geftflow.payment.PaymentLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * "Reconciliation mismatch" completed: the facts are put back as the finding holds them (a completion
 * sets whatever variables it sends), and the decision, its reason and who took it are kept on the
 * finding and, when the finding names one of our payments, on that payment's timeline.
 */
@ApplicationScoped
@Named("mismatchResolvedListener")
public class MismatchResolvedListener implements TaskListener {

  @Inject
  Reconciliations reconciliations;

  @Inject
  PaymentLifecycle lifecycle;

  @Override
  public void notify(DelegateTask task) {
    String findingId = task.getExecution().getProcessBusinessKey();
    Reconciliations.Found found = reconciliations.finding(findingId)
        .orElseThrow(() -> new BadUserRequestException("The reconciliation finding " + findingId + " is gone"));
    ReconciliationReport.Item finding = found.item();
    String decision = GeftVariables.string(task, GeftVariables.DECISION);
    String reason = GeftVariables.string(task, GeftVariables.DECISION_REASON);
    if (!GeftProcess.Decision.RECONCILED.name().equals(decision) || reason == null || reason.isBlank()) {
      throw new BadUserRequestException("A mismatch is resolved with decision RECONCILED and a decisionReason that "
          + "says what was done");
    }
    task.getExecution().setVariables(ReconciliationTasks.facts(found.reconciliationId(), finding));
    Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String user = current != null ? current.getUserId() : task.getAssignee();
    reconciliations.resolve(findingId, user, decision + ": " + reason);
    if (finding.paymentId() != null) {
      lifecycle.recordDecision(finding.paymentId(), task.getName() + " (" + finding.kind() + ")", decision, reason,
          user);
    }
  }
}
