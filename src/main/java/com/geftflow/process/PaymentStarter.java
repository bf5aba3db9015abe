package com.geftflow.process;

import com.geftflow.payment.GeftPayment;
import com.geftflow.payment.PaymentLifecycle;
import com.geftflow.payment.PaymentRequest;
import com.geftflow.payment.Payments;
import com.geftflow.payment.TimelineSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Registers a payment and starts its process in one transaction: both exist, or neither. The
 * process's first step that talks to Flinks is asynchronous, so this returns as soon as it commits.
 */
@ApplicationScoped
public class PaymentStarter {

  @Inject
  Payments payments;

  @Inject
  RuntimeService runtime;

  @Inject
  PaymentLifecycle lifecycle;

  @Transactional
  public GeftPayment start(PaymentRequest input, String idempotencyKey, String requestFingerprint, String user) {
    GeftPayment payment = payments.register(input, idempotencyKey, requestFingerprint);
    payments.startedBy(payment, user);
    String processInstanceId = runtime.createProcessInstanceByKey(GeftProcess.KEY)
        .businessKey(input.referenceId())
        .setVariable(GeftVariables.PAYMENT_ID, payment.paymentId())
        .execute().getId();
    payments.startedAs(payment, processInstanceId);
    payments.record(payment.paymentId(), TimelineSource.API, "PAYMENT_REQUESTED",
        "by " + user + (idempotencyKey == null ? "" : " with an idempotency key"));
    return payment;
  }

  /**
   * A new session for a payment whose process has ended: the record is renewed and a new process
   * instance starts for it, in one transaction.
   *
   * @return false when the payment's process is still running
   */
  @Transactional
  public boolean restart(String paymentId, String who) {
    GeftPayment payment = payments.get(paymentId);
    if (payment.processInstanceId() != null
        && runtime.createProcessInstanceQuery().processInstanceId(payment.processInstanceId()).count() > 0) {
      return false;
    }
    lifecycle.newSession(paymentId, TimelineSource.API, who);
    String processInstanceId = runtime.createProcessInstanceByKey(GeftProcess.KEY)
        .businessKey(payment.referenceId())
        .setVariable(GeftVariables.PAYMENT_ID, paymentId)
        .execute().getId();
    payments.startedAs(payment, processInstanceId);
    return true;
  }
}
