package com.geftflow.process;

import com.geftflow.payment.LifecycleSettings;
import com.geftflow.payment.NextStep;
import com.geftflow.payment.PaymentLifecycle;
import com.geftflow.payment.StatusDecision;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Reads the authoritative status at Flinks and sets {@code nextStep} for the model's gateway. */
@Dependent
@Named("checkStatusDelegate")
public class CheckStatusDelegate implements JavaDelegate {

  @Inject
  PaymentLifecycle lifecycle;

  @Inject
  LifecycleSettings settings;

  Clock clock = Clock.systemUTC();

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
    Object attempts = execution.getVariable(GeftVariables.POLL_ATTEMPTS);
    StatusDecision decision = lifecycle.checkStatus(paymentId, attempts == null ? 0 : (Integer) attempts);
    execution.setVariable(GeftVariables.NEXT_STEP, decision.next().name());
    execution.setVariable(GeftVariables.POLL_ATTEMPTS, decision.pollAttempts());
    execution.setVariable(GeftVariables.AUTO_ACCEPT_OFFER, decision.autoAcceptOffer());
    if (decision.next() == NextStep.PAD) {
      Date followUp = (Date) execution.getVariable(GeftVariables.PAD_FOLLOW_UP_AT);
      // first time, or after an operator chose to keep waiting: the next follow-up is one period away
      if (followUp == null || !followUp.toInstant().isAfter(clock.instant())) {
        execution.setVariable(GeftVariables.PAD_FOLLOW_UP_AT,
            Date.from(clock.instant().plus(settings.padFollowUpAfter())));
      }
    }
    GeftVariables.write(execution, lifecycle.facts(paymentId));
  }
}
