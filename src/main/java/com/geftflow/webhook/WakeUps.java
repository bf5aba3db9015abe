package com.geftflow.webhook;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Applies the inbox's pending wake-ups: at once after a delivery is stored, and again every
 * {@code geft.webhook.retry-interval} for those that could not be applied yet (the process was
 * not waiting, or the correlation raced a timer). Any failure is retried; nothing is dropped until
 * its process has ended.
 */
@ApplicationScoped
public class WakeUps {

  private static final Logger LOG = Logger.getLogger(WakeUps.class.getName());

  /** A session unknown this long after its webhook arrived belongs to no payment of ours. */
  static final Duration UNKNOWN_SESSION_GRACE = Duration.ofMinutes(10);
  private static final int BATCH = 100;

  @Inject
  WebhookInbox inbox;

  @Inject
  ProcessWakeUp wakeUp;

  @Inject
  @ConfigProperty(name = "geft.webhook.retry-interval", defaultValue = "PT2S")
  Duration retryInterval;

  @Resource
  ManagedScheduledExecutorService executor;

  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();
  private ScheduledFuture<?> sweeps;

  void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
    sweeps = executor.scheduleWithFixedDelay(this::applyPending, retryInterval.toMillis(), retryInterval.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
    if (sweeps != null) {
      sweeps.cancel(false);
    }
  }

  /** A delivery was stored: apply it now rather than at the next sweep. */
  public void soon() {
    executor.execute(this::applyPending);
  }

  /**
   * Wakes a payment's process after a cancel or a frontend step, as far as it can now. A failure
   * means the process is busy or another wake-up (the webhook, a poll) raced this one: that one reads
   * the status anyway, so the caller's request must not fail for it.
   */
  public void tryWake(String paymentId) {
    try {
      wakeUp.wakePayment(paymentId);
    } catch (RuntimeException raced) {
      LOG.log(Level.FINE, "Wake-up of payment " + paymentId + " raced another; the status check follows anyway", raced);
    }
  }

  /** One pass over the pending deliveries; a pass asked for while one runs follows it. */
  public void applyPending() {
    if (!running.compareAndSet(false, true)) {
      again.set(true);
      return;
    }
    try {
      do {
        again.set(false);
        inbox.pending(BATCH).forEach(this::apply);
      } while (again.get());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not read the webhook inbox; retrying at the next sweep", e);
    } finally {
      running.set(false);
    }
  }

  private void apply(WebhookInbox.Pending pending) {
    ProcessWakeUp.Result result;
    try {
      result = wakeUp.wakeSession(pending.sessionId());
    } catch (RuntimeException raced) {
      LOG.log(Level.FINE, "Wake-up of session " + pending.sessionId() + " will be retried", raced);
      result = ProcessWakeUp.Result.NOT_WAITING;
    }
    switch (result) {
      case WOKEN -> inbox.settle(pending.deliveryId(), WebhookDelivery.State.APPLIED);
      case ENDED -> inbox.settle(pending.deliveryId(), WebhookDelivery.State.IGNORED);
      case NO_PAYMENT -> {
        if (pending.receivedAt().plus(UNKNOWN_SESSION_GRACE).isBefore(OffsetDateTime.now(ZoneOffset.UTC))) {
          inbox.settle(pending.deliveryId(), WebhookDelivery.State.IGNORED);
        } else {
          inbox.attempted(pending.deliveryId());
        }
      }
      case NOT_WAITING -> inbox.attempted(pending.deliveryId());
    }
  }
}
