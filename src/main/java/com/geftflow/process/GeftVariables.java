package com.geftflow.process;

import com.geftflow.payment.NextStep;
import com.geftflow.payment.PaymentFacts;
import com.geftflow.payment.StatusDecision;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The process variables of {@code geft-payment}: the outputs a calling process receives, the facts
 * the operators' forms show, and the routing values of the model.
 */
public final class GeftVariables {

  // outputs a calling process receives (docs/api.md, "Embedding")
  public static final String PAYMENT_ID = "paymentId";
  public static final String OUTCOME = "geftOutcome";
  public static final String STATUS = "geftStatus";
  public static final String STATUS_DETAILS = "geftStatusDetails";
  public static final String SESSION_ID = "geftSessionId";
  public static final String SCHEDULED_AMOUNT = "geftScheduledAmount";

  // what message GeftCheckoutReady gives the calling process
  public static final String CHECKOUT_URL = "checkoutUrl";
  public static final String CHECKOUT_EXPIRES_AT = "checkoutExpiresAt";

  // facts for the forms
  public static final String REFERENCE = "paymentReference";
  public static final String AMOUNT = "paymentAmount";
  public static final String PAYOR_NAME = "payorName";
  public static final String OFFERED_AMOUNT = "offeredAmount";

  // routing
  /** Transient: read by the gateway right after the step that decides it, in the same transaction. */
  public static final String NEXT_STEP = "nextStep";
  /** When the timer of the waiting state fires: the next check at Flinks (a date). */
  public static final String NEXT_CHECK_AT = "nextCheckAt";
  /** Set by a wake-up's correlation ({@code CheckReason}); absent when the timer fired. */
  public static final String CHECK_REASON = "checkReason";
  /** Written with an offer only: the asynchronous ConfirmGuarantee reads it after the gateway. */
  public static final String AUTO_ACCEPT_OFFER = "autoAcceptOffer";
  public static final String PAD_FOLLOW_UP_AT = "padFollowUpAt";
  /** How often the PAD status is checked while the follow-up task is open (an ISO-8601 cycle). */
  public static final String PAD_WATCH_CYCLE = "padWatchCycle";
  /** Transient: Flinks has said its last word while an operator held a task. */
  public static final String SETTLED_BY_FLINKS = "settledByFlinks";
  /** Late outcome: the state the payment's process ended with. */
  public static final String ENDED_AS = "endedAs";
  // reconciliation mismatch: the finding, both sides of it
  public static final String RECONCILIATION_ID = "reconciliationId";
  public static final String MISMATCH_KIND = "mismatchKind";
  public static final String FILE_LINE = "fileLine";
  public static final String RECORD_SAYS = "recordSays";
  public static final String FILE_SAYS = "fileSays";
  public static final String DECISION = "decision";
  public static final String DECISION_REASON = "decisionReason";
  public static final String CORRECTED_FIRST_NAME = "correctedFirstName";
  public static final String CORRECTED_LAST_NAME = "correctedLastName";

  private GeftVariables() {
  }

  /** What a calling process receives when the payment's process ends: each exists then, null or not. */
  static final List<String> OUTPUTS =
      List.of(PAYMENT_ID, OUTCOME, STATUS, STATUS_DETAILS, SESSION_ID, SCHEDULED_AMOUNT);

  /** Shown by the operators' forms alone: in the process only once a task has opened ({@link #show}). */
  static final List<String> FORM_FACTS = List.of(REFERENCE, AMOUNT, PAYOR_NAME, OFFERED_AMOUNT);

  /**
   * Keeps the outputs current after every step, and the form facts once a task has shown them. Only
   * a value that changed is written: each write costs a runtime row, a history entry and its update,
   * and an unchanged value would only repeat the last entry. A value still unknown (null) is not
   * written until it is known.
   */
  public static void write(VariableScope scope, PaymentFacts facts) {
    of(facts).forEach((name, value) -> {
      if (!FORM_FACTS.contains(name) || scope.hasVariable(name)) {
        update(scope, name, value);
      }
    });
  }

  /**
   * An operator task opens: every fact its form shows, null or not (a form fails on a variable that
   * does not exist). Until then the payor's name stays out of the engine's tables and their history.
   */
  public static void show(VariableScope scope, PaymentFacts facts) {
    of(facts).forEach((name, value) -> {
      if (!scope.hasVariable(name) || !Objects.equals(scope.getVariable(name), value)) {
        scope.setVariable(name, value);
      }
    });
  }

  /** At the end, so that a calling process's out mappings find every output, null or not. */
  static void completeOutputs(VariableScope scope) {
    OUTPUTS.stream().filter(name -> !scope.hasVariable(name)).forEach(name -> scope.setVariable(name, null));
  }

  private static void update(VariableScope scope, String name, Object value) {
    if (scope.hasVariable(name) ? !Objects.equals(scope.getVariable(name), value) : value != null) {
      scope.setVariable(name, value);
    }
  }

  /** The outputs and form facts as variables (a missing value is a null variable). */
  public static Map<String, Object> of(PaymentFacts facts) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(PAYMENT_ID, facts.paymentId());
    variables.put(OUTCOME, facts.state().name());
    variables.put(STATUS, facts.flinksStatus());
    variables.put(STATUS_DETAILS, facts.flinksStatusDetails());
    variables.put(SESSION_ID, facts.sessionId());
    variables.put(SCHEDULED_AMOUNT, facts.scheduledAmount() == null ? null : facts.scheduledAmount().toPlainString());
    variables.put(REFERENCE, facts.referenceId());
    variables.put(AMOUNT, facts.amount() == null ? null : facts.amount().toPlainString());
    variables.put(PAYOR_NAME, facts.payorName());
    variables.put(OFFERED_AMOUNT, facts.offeredAmount() == null ? null : facts.offeredAmount().toPlainString());
    return variables;
  }

  /**
   * Where the model goes next ({@code nextStep}, {@code autoAcceptOffer}) and when its timer fires.
   * The step is never stored: a stored value would cost a runtime row, two history rows and their
   * updates per check, for a gateway that reads it at once; the history's activities show the path.
   */
  public static void write(VariableScope scope, StatusDecision decision) {
    TypedValue stored = scope.getVariableTyped(NEXT_STEP);
    if (stored != null && !stored.isTransient()) {
      // a payment that stored its step before (an earlier version): Camunda turns no stored value transient
      update(scope, NEXT_STEP, decision.next().name());
    } else {
      scope.setVariable(NEXT_STEP, Variables.stringValue(decision.next().name(), true));
    }
    if (decision.next() == NextStep.OFFER) {
      update(scope, AUTO_ACCEPT_OFFER, decision.autoAcceptOffer());
    }
    if (decision.nextCheckAt() != null) {
      update(scope, NEXT_CHECK_AT, Date.from(decision.nextCheckAt()));
    }
  }

  public static String paymentId(VariableScope scope) {
    return (String) scope.getVariable(PAYMENT_ID);
  }

  public static String string(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }
}
