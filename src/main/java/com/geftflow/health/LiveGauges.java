package com.geftflow.health;

import com.geftflow.payment.PaymentState;
import com.geftflow.payment.Payments;
import com.geftflow.webhook.WebhookInbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The gauges at {@code /metrics}: payments by state, the webhook inbox's backlog, the engine's jobs
 * due (waiting or running) and its open incidents. One scrape reads them all with a handful of count queries, at most
 * every {@link #FRESH}: scrapes from several Prometheus servers do not multiply the database's work.
 */
@ApplicationScoped
public class LiveGauges {

  private static final Logger LOG = Logger.getLogger(LiveGauges.class.getName());
  static final Duration FRESH = Duration.ofSeconds(5);

  @Inject
  MetricRegistry metrics;

  @Inject
  Payments payments;

  @Inject
  WebhookInbox inbox;

  @Inject
  ManagementService management;

  @Inject
  RuntimeService runtime;

  private volatile Counts counts = new Counts(Map.of(), 0, 0, 0, 0);

  record Counts(Map<PaymentState, Long> byState, long inboxPending, long jobsDue, long incidents, long readAt) {
  }

  void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
    for (PaymentState state : PaymentState.values()) {
      gauge("geft.payments", "Payments in each state", c -> c.byState().getOrDefault(state, 0L),
          new Tag("state", state.name()));
    }
    gauge("geft.webhook.inbox.pending", "Webhook deliveries stored and not applied yet", Counts::inboxPending);
    gauge("geft.jobs.due", "Engine jobs due now, waiting or running: the job executor's backlog", Counts::jobsDue);
    gauge("geft.incidents.open", "Open engine incidents (operations: docs/operations.md)", Counts::incidents);
  }

  private void gauge(String name, String description, ToLongFunction<Counts> value, Tag... tags) {
    metrics.gauge(Metadata.builder().withName(name).withDescription(description).build(), this,
        gauges -> value.applyAsLong(gauges.current()), tags);
  }

  /** The counts of at most {@link #FRESH} ago; the last ones while the database does not answer. */
  Counts current() {
    Counts last = counts;
    long now = System.nanoTime();
    if (last.readAt() != 0 && now - last.readAt() < FRESH.toNanos()) {
      return last;
    }
    try {
      counts = new Counts(payments.countByState(), inbox.pendingCount(),
          management.createJobQuery().executable().count(),
          runtime.createIncidentQuery().count(), now);
    } catch (RuntimeException databaseDown) {
      LOG.log(Level.FINE, "Gauges not refreshed", databaseDown);
    }
    return counts;
  }
}
