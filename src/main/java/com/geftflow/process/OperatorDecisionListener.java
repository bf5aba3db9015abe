package com.geftflow.process;

import com.geftflow.payment.LifecycleSettings;
import com.geftflow.payment.PaymentLifecycle;
import java.time.Clock;
import java.util.Date;
import com.geftflow.web.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Puts each operator decision, its reason and who took it on the payment's timeline; a recheck gets a fresh budget. */
@ApplicationScoped
@Named("operatorDecisionListener")
public class OperatorDecisionListener implements TaskListener {

  @Inject
  PaymentLifecycle lifecycle;

  @Inject
  LifecycleSettings settings;

  @Inject
  Clock clock;

  public OperatorDecisionListener() {
  }

  OperatorDecisionListener(PaymentLifecycle lifecycle, LifecycleSettings settings, Clock clock) {
    this.lifecycle = lifecycle;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    refuseChangesToWhatTheProcessOwns(task);
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
    if (GeftProcess.FOLLOW_UP_PAD.equals(task.getTaskDefinitionKey())) {
      // keep waiting, or a close that Flinks may refuse (the borrower can still sign): the next
      // follow-up is one horizon from now
      task.setVariable(GeftVariables.PAD_FOLLOW_UP_AT, Date.from(clock.instant().plus(settings.padHorizon)));
    }
  }

  /**
   * Task completion sets whatever variables the caller sends: refuse a completion that would point
   * the process at another payment or give it invalid names (the whole completion rolls back, the
   * message reaches Tasklist), and restore the facts the process shows from the records.
   */
  private void refuseChangesToWhatTheProcessOwns(DelegateTask task) {
    // a payment's own process is on its record; a late-outcome process carries the payment id as business key
    String owner = lifecycle.paymentOf(task.getProcessInstanceId())
        .orElse(task.getExecution().getProcessBusinessKey());
    String claimed = GeftVariables.paymentId(task);
    if (owner != null && !owner.equals(claimed)) {
      throw new BadUserRequestException("paymentId belongs to the process and cannot be changed by completing a task");
    }
    if (GeftProcess.Decision.RETRY.name().equals(GeftVariables.string(task, GeftVariables.DECISION))) {
      List<FieldError> errors = lifecycle.correctedNameErrors(
          GeftVariables.string(task, GeftVariables.CORRECTED_FIRST_NAME),
          GeftVariables.string(task, GeftVariables.CORRECTED_LAST_NAME));
      if (!errors.isEmpty()) {
        throw new BadUserRequestException("Invalid input: " + errors.stream()
            .map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; ")));
      }
    }
    GeftVariables.write(task, lifecycle.facts(claimed));
  }
}
