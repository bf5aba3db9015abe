package com.geftflow.events;

import com.geftflow.trace.PaymentTraces;
import com.geftflow.engine.NodeName;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Right after a transaction that wrote events commits, and every {@code geft.lender-events.interval}
 * for the retries: gives new events their positions, then sends the events due, each the oldest
 * undelivered of its payment, so a payment's events arrive in order. Sends run side by side; a
 * receiver that is slow holds up only its own payments' events. A node killed while sending leaves
 * its claims to lapse, and the events are sent again: at least once.
 */
@ApplicationScoped
public class EventDispatcher {

  private static final Logger LOG = Logger.getLogger(EventDispatcher.class.getName());
  private static final int BATCH = 50;

  @Inject
  EventOutbox outbox;

  @Inject
  Subscriptions subscriptions;

  @Inject
  LenderEndpoint endpoint;

  @Inject
  LenderEventSettings settings;

  @Inject
  NodeName node;

  @Inject
  PaymentTraces traces;

  @Resource
  ManagedScheduledExecutorService scheduler;

  @Resource
  ManagedExecutorService senders;

  @Resource
  TransactionSynchronizationRegistry transactions;

  private final AtomicBoolean running = new AtomicBoolean();
  /** Set when events may be waiting; a pass that starts clears it, so a request during a pass gets one more. */
  private final AtomicBoolean wanted = new AtomicBoolean();
  /**
   * Set by every interval: a pass then looks for retries that fell due. A pass after a commit looks
   * for due events only when it positioned one to send, so that a payment whose lender only pulls
   * costs one transaction per pass, not two.
   */
  private final AtomicBoolean retriesWanted = new AtomicBoolean(true);
  private ScheduledFuture<?> passes;

  void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
    long interval = settings.interval.toMillis();
    passes = scheduler.scheduleWithFixedDelay(this::retries, interval, interval, TimeUnit.MILLISECONDS);
  }

  void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
    if (passes != null) {
      passes.cancel(false);
    }
  }

  /**
   * Once the caller's transaction commits, a pass runs soon: the lender hears of the change in
   * milliseconds, not at the next interval. Nothing happens when it rolls back.
   */
  public void afterCommit() {
    // one pass per transaction, however many events it wrote
    if (transactions.getResource(EventDispatcher.class) != null) {
      return;
    }
    transactions.putResource(EventDispatcher.class, Boolean.TRUE);
    AfterCommit.run(transactions, () -> {
      wanted.set(true);
      if (!running.get()) {
        try {
          senders.execute(this::passes);
        } catch (RejectedExecutionException stopping) {
          // the application is stopping: the next start's passes send the event
        }
      }
    });
  }

  /** Every interval: a pass that also sends the retries due. */
  void retries() {
    retriesWanted.set(true);
    passes();
  }

  /** Passes while events may be waiting; one thread at a time, the others leave it to that one. */
  void passes() {
    wanted.set(true);
    while (wanted.get() && running.compareAndSet(false, true)) {
      try {
        wanted.set(false);
        pass();
      } finally {
        running.set(false);
      }
    }
  }

  private void pass() {
    try {
      boolean toSend = outbox.sequence(500) > 0;
      if (!retriesWanted.getAndSet(false) && !toSend) {
        return;
      }
      List<LenderEvent> due;
      do {
        due = outbox.claimDue(BATCH, lease());
        List<Future<?>> sends = due.stream().<Future<?>>map(e -> senders.submit(() -> send(e))).toList();
        for (Future<?> send : sends) {
          send.get();
        }
      } while (!due.isEmpty());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | RuntimeException e) {
      LOG.log(Level.WARNING, "Lender events: a pass failed; the next pass tries again", e);
    }
  }

  /** In the payment's trace when tracing is on; the lender's endpoint gets the trace context too. */
  private void send(LenderEvent event) {
    traces.run("Lender event " + event.type(), event.paymentId(), event::traceParent, () -> deliver(event));
  }

  private void deliver(LenderEvent event) {
    Optional<Subscriptions.Subscription> to = subscriptions.of(event.clientId());
    if (to.isEmpty() || outbox.isUnsubscribed(to.get().url())) {
      outbox.undeliverable(event.id(), to.isPresent());
      return;
    }
    LenderEndpoint.Answer answer = endpoint.post(to.get(), event);
    LenderEvent.Delivery now = outbox.attempted(event.id(), to.get().url(), answer, node.get());
    if (now == LenderEvent.Delivery.FAILED) {
      LOG.warning("Lender event " + event.id() + " of payment " + event.paymentId() + " was not delivered within "
          + settings.retryFor + " (last answer: " + (answer.status() == null ? answer.error() : answer.status())
          + "); an operator can redeliver it" + PaymentTraces.named());
    }
  }

  /** Longer than a send can take, so that a claim lapses only when its node is gone. */
  private Duration lease() {
    return settings.timeout.multipliedBy(3).plusSeconds(30);
  }
}
