package com.geftflow.process;

import com.geftflow.payment.PaymentLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/** An operator task opens: its form's facts (the payor's name, the amounts, the last status) join the process. */
@ApplicationScoped
@Named("showFactsListener")
public class ShowFactsListener implements TaskListener {

  @Inject
  PaymentLifecycle lifecycle;

  public ShowFactsListener() {
  }

  ShowFactsListener(PaymentLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void notify(DelegateTask task) {
    GeftVariables.show(task, lifecycle.facts(GeftVariables.paymentId(task)));
  }
}
