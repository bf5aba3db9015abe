package com.geftflow.process;

import com.geftflow.payment.PaymentLifecycle;
import com.geftflow.trace.PaymentTraces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * The payment process ends. Each of its own end events comes after Flinks said its last word; a
 * cancel from outside (the calling process, Cockpit) does not, so it starts
 * {@value GeftProcess#CANCEL_AT_FLINKS_KEY}, whose step cancels the session at Flinks once this
 * cancel has committed. An end of its own completes the outputs for the calling process.
 */
@ApplicationScoped
@Named("paymentEndListener")
public class PaymentEndListener implements ExecutionListener {

  @Inject
  PaymentLifecycle lifecycle;

  public PaymentEndListener() {
  }

  PaymentEndListener(PaymentLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String paymentId = GeftVariables.paymentId(execution);
    if (!execution.isCanceled()) {
      GeftVariables.completeOutputs(execution);
    } else if (paymentId != null && lifecycle.processCanceled(paymentId)) {
      Map<String, Object> variables = new HashMap<>();
      variables.put(GeftVariables.PAYMENT_ID, paymentId);
      Object trace = execution.getVariable(PaymentTraces.VARIABLE);
      if (trace != null) {
        // the step joins the payment's trace (tracing on)
        variables.put(PaymentTraces.VARIABLE, trace);
      }
      // the engine runs a cancel's cascade without authorization checks: whoever canceled needs no grant here
      execution.getProcessEngineServices().getRuntimeService()
          .startProcessInstanceByKey(GeftProcess.CANCEL_AT_FLINKS_KEY, paymentId, variables);
    }
  }
}
