package com.geftflow.payment;

import com.geftflow.events.AfterCommit;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * {@code geft.payment.outcome}: the time from a payment's creation to its final state, by state,
 * counted once the transaction that reached it commits (a rolled-back or retried one counts nothing).
 */
@ApplicationScoped
public class OutcomeMetrics {

  static final String OUTCOME = "geft.payment.outcome";

  @Inject
  MetricRegistry metrics;

  @Resource
  TransactionSynchronizationRegistry transactions;

  void afterCommit(PaymentState state, Duration sinceCreated) {
    AfterCommit.run(transactions,
        () -> metrics.timer(OUTCOME, new Tag("state", state.name())).update(sinceCreated));
  }
}
