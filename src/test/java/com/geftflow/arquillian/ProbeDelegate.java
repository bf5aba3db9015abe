package com.geftflow.arquillian;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** A CDI delegate that records where and how the engine called it. */
@Named("probeDelegate")
@ApplicationScoped
public class ProbeDelegate implements JavaDelegate {

  record Call(String activityId, String businessKey, boolean inActiveTransaction, String thread) {
  }

  private final List<Call> calls = new CopyOnWriteArrayList<>();

  @Resource
  TransactionSynchronizationRegistry transactions;

  @Override
  public void execute(DelegateExecution execution) {
    calls.add(new Call(execution.getCurrentActivityId(), execution.getProcessBusinessKey(),
        transactions.getTransactionStatus() == Status.STATUS_ACTIVE, Thread.currentThread().getName()));
  }

  List<Call> callsFor(String businessKey) {
    return calls.stream().filter(call -> businessKey.equals(call.businessKey())).toList();
  }
}
