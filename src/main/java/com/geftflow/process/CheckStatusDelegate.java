package com.geftflow.process;

import com.geftflow.payment.CheckReason;
import com.geftflow.payment.LifecycleSettings;
import com.geftflow.payment.NextStep;
import com.geftflow.payment.PaymentLifecycle;
import com.geftflow.payment.StatusDecision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Reads the authoritative status at Flinks (unless the check need not ask it) and sets
 * {@code nextStep} for the model's gateway and {@code nextCheckAt} for its timer.
 */
@ApplicationScoped
@Named("checkStatusDelegate")
public class CheckStatusDelegate implements JavaDelegate {

  @Inject
  PaymentLifecycle lifecycle;

  @Inject
  LifecycleSettings settings;

  @Inject
  Clock clock;

  public CheckStatusDelegate() {
  }

  CheckStatusDelegate(PaymentLifecycle lifecycle, LifecycleSettings settings, Clock clock) {
    this.lifecycle = lifecycle;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String paymentId = GeftVariables.paymentId(execution);
    String reason = GeftVariables.string(execution, GeftVariables.CHECK_REASON);
    execution.removeVariable(GeftVariables.CHECK_REASON);
    StatusDecision decision = lifecycle.checkStatus(paymentId,
        reason == null ? CheckReason.POLL : CheckReason.valueOf(reason));
    GeftVariables.write(execution, decision);
    if (decision.next() == NextStep.PAD && execution.getVariable(GeftVariables.PAD_FOLLOW_UP_AT) == null) {
      // the first time only: a check that runs after it fell due must not push the follow-up away
      execution.setVariable(GeftVariables.PAD_FOLLOW_UP_AT, Date.from(clock.instant().plus(settings.padHorizon)));
      // while the follow-up task is open, the watch goes on at its slowest pace
      execution.setVariable(GeftVariables.PAD_WATCH_CYCLE, "R/" + settings.padCheckMax);
    }
    GeftVariables.write(execution, lifecycle.facts(paymentId));
  }
}
