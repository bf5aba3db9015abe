package com.geftflow.process;

import com.geftflow.payment.PaymentLifecycle;
import com.geftflow.payment.StatusFollowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;

/**
 * An operator holds a task and Flinks' status may have changed: the record follows it, and when
 * Flinks has settled the payment the model ends it (closing the task) with the timeline saying why.
 */
@ApplicationScoped
@Named("followFlinksDelegate")
public class FollowFlinksDelegate implements JavaDelegate {

  @Inject
  PaymentLifecycle lifecycle;

  public FollowFlinksDelegate() {
  }

  FollowFlinksDelegate(PaymentLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String paymentId = GeftVariables.paymentId(execution);
    // the wake-up's reason is for the status check of the waiting states, not for this one
    execution.removeVariable(GeftVariables.CHECK_REASON);
    String tasks = execution.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId()).list().stream()
        .map(Task::getName).map(name -> "'" + name + "'").collect(Collectors.joining(", "));
    StatusFollowed followed = lifecycle.follow(paymentId, "while operations hold " + tasks);
    if (followed.settled()) {
      lifecycle.tasksClosedByFlinks(paymentId, tasks, followed.after());
      GeftVariables.write(execution, lifecycle.facts(paymentId));
    }
    execution.setVariableLocal(GeftVariables.SETTLED_BY_FLINKS, Variables.booleanValue(followed.settled(), true));
  }
}
