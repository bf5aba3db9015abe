package com.geftflow.process;

import com.geftflow.payment.CheckReason;
import com.geftflow.payment.GeftPayment;
import com.geftflow.payment.PaymentLifecycle;
import com.geftflow.payment.Payments;
import com.geftflow.payment.StatusFollowed;
import com.geftflow.trace.PaymentTraces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Wakes a payment's process with {@link GeftProcess#STATUS_CHANGED} so that it reads the status at
 * Flinks now. A correlation that fails (the process is not waiting yet, or it races a timer) rolls
 * back the caller's transaction; the caller decides whether to try again.
 */
@ApplicationScoped
public class ProcessWakeUp {

  public enum Result {
    /** The process was waiting and is now checking the status. */
    WOKEN,
    /** The process is busy (creating the session, checking, at an operator task): try again later. */
    NOT_WAITING,
    /** The payment's process has ended, or never started: nothing to wake. */
    ENDED
  }

  @Inject
  Payments payments;

  @Inject
  PaymentLifecycle lifecycle;

  @Inject
  RuntimeService runtime;

  @Inject
  PaymentTraces traces;

  /** Joins the caller's transaction; {@code reason} tells the status check whether to ask Flinks. */
  public Result wake(GeftPayment payment, CheckReason reason) {
    String processInstanceId = payment.processInstanceId();
    if (processInstanceId == null) {
      return Result.ENDED;
    }
    // the waiting process, the usual case, costs one query; only a process not waiting is looked for.
    // Asked of the executions: the subscription table has no index on the process instance
    if (runtime.createExecutionQuery().processInstanceId(processInstanceId)
        .messageEventSubscriptionName(GeftProcess.STATUS_CHANGED).count() == 0) {
      return runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0
          ? Result.ENDED : Result.NOT_WAITING;
    }
    // in the payment's trace, when tracing is on: a webhook's or a cancel's wake-up beside the steps it causes
    traces.run("Status changed: " + reason, payment.paymentId(),
        () -> (String) runtime.getVariable(processInstanceId, PaymentTraces.VARIABLE),
        () -> correlate(processInstanceId, reason));
    return Result.WOKEN;
  }

  private void correlate(String processInstanceId, CheckReason reason) {
    // by process instance id, never by a variable value (which scans the variable table)
    runtime.createMessageCorrelation(GeftProcess.STATUS_CHANGED).processInstanceId(processInstanceId)
        .setVariable(GeftVariables.CHECK_REASON, reason.name()).correlateWithResult();
  }

  /**
   * The payment's process has ended: the record follows Flinks by itself, and an outcome that differs
   * from the one the process ended with opens the operations task "Late outcome". Joins the caller's
   * transaction.
   *
   * @return false while Flinks does not answer: the caller tries again later
   */
  public boolean followEnded(GeftPayment payment) {
    StatusFollowed followed = lifecycle.followAfterEnd(payment.paymentId());
    if (followed.changed()) {
      Map<String, Object> variables = GeftVariables.of(lifecycle.facts(payment.paymentId()));
      variables.put(GeftVariables.ENDED_AS, followed.before().name());
      runtime.startProcessInstanceByKey(GeftProcess.LATE_OUTCOME_KEY, payment.paymentId(), variables);
    }
    return followed.answered();
  }

  /** In a transaction of its own, for callers outside the engine (a cancel, a frontend step). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Result wakePayment(String paymentId, CheckReason reason) {
    return payments.find(paymentId).map(payment -> wake(payment, reason)).orElse(Result.ENDED);
  }
}
