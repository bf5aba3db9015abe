package com.geftflow.process;

import com.geftflow.trace.PaymentTraces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.bpmn.delegate.JavaDelegateInvocation;
import org.camunda.bpm.engine.impl.delegate.DefaultDelegateInterceptor;
import org.camunda.bpm.engine.impl.delegate.DelegateInvocation;
import org.camunda.bpm.engine.impl.interceptor.DelegateInterceptor;

/**
 * Camunda's own interceptor, with each service task (a {@code JavaDelegate}) in a span of its
 * payment's trace, named as the model names the task ("Create Flinks session"), on whichever node
 * and thread the job runs. Listeners and expressions run as they are. The engine's bootstrap
 * installs it (engine wiring knows the interface, not this package).
 */
@ApplicationScoped
public class TracingDelegateInterceptor implements DelegateInterceptor {

  private final DelegateInterceptor camunda = new DefaultDelegateInterceptor();

  @Inject
  PaymentTraces traces;

  @Override
  public void handleInvocation(DelegateInvocation invocation) throws Exception {
    if (!(invocation instanceof JavaDelegateInvocation)
        || !(invocation.getContextExecution() instanceof DelegateExecution execution) || !traces.on()) {
      camunda.handleInvocation(invocation);
      return;
    }
    String name = execution.getCurrentActivityName() != null ? execution.getCurrentActivityName()
        : execution.getCurrentActivityId();
    traces.step(name, (String) execution.getVariable(GeftVariables.PAYMENT_ID),
        (String) execution.getVariable(PaymentTraces.VARIABLE),
        started -> execution.setVariable(PaymentTraces.VARIABLE, started), () -> {
          camunda.handleInvocation(invocation);
          return null;
        });
  }
}
