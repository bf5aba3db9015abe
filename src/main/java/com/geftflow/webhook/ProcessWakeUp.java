package com.geftflow.webhook;

import com.geftflow.payment.GeftPayment;
import com.geftflow.payment.Payments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Wakes a payment's process so that it reads the status at Flinks. Runs in its own transaction: a
 * correlation that fails (the process is not waiting yet, or races a timer) rolls back alone.
 */
@ApplicationScoped
public class ProcessWakeUp {

  public static final String MESSAGE = "GeftStatusChanged";

  public enum Result {
    /** The process was waiting and is now checking the status. */
    WOKEN,
    /** The process is busy (creating the session, checking, at an operator task): try again later. */
    NOT_WAITING,
    /** No payment has this session (yet: the create step may not have committed). */
    NO_PAYMENT,
    /** The payment's process has ended: nothing to wake. */
    ENDED
  }

  @Inject
  Payments payments;

  @Inject
  RuntimeService runtime;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Result wakeSession(String sessionId) {
    return wake(payments.findBySession(sessionId));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Result wakePayment(String paymentId) {
    return wake(payments.find(paymentId));
  }

  private Result wake(Optional<GeftPayment> payment) {
    if (payment.isEmpty() || payment.get().processInstanceId() == null) {
      return Result.NO_PAYMENT;
    }
    String processInstanceId = payment.get().processInstanceId();
    if (runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0) {
      return Result.ENDED;
    }
    if (runtime.createEventSubscriptionQuery().processInstanceId(processInstanceId).eventName(MESSAGE).count() == 0) {
      return Result.NOT_WAITING;
    }
    // by process instance id, never by a variable value (which scans the variable table)
    runtime.createMessageCorrelation(MESSAGE).processInstanceId(processInstanceId).correlateWithResult();
    return Result.WOKEN;
  }
}
