package com.geftflow.payment;

import com.geftflow.flinks.SessionInput;
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

  public static final String PROCESS_KEY = "geft-payment";

  @Inject
  Payments payments;

  @Inject
  RuntimeService runtime;

  @Transactional
  public GeftPayment start(SessionInput input, String idempotencyKey, String requestFingerprint, String user) {
    GeftPayment payment = payments.register(input, idempotencyKey, requestFingerprint);
    String processInstanceId = runtime.createProcessInstanceByKey(PROCESS_KEY)
        .businessKey(input.referenceId())
        .setVariable("paymentId", payment.paymentId())
        .execute().getId();
    payments.startedAs(payment, processInstanceId);
    payments.record(payment.paymentId(), TimelineSource.API, "PAYMENT_REQUESTED",
        "by " + user + (idempotencyKey == null ? "" : " with an idempotency key"));
    return payment;
  }
}
