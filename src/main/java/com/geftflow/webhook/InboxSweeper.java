package com.geftflow.webhook;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * Applies each stored delivery right after the receiver answered Flinks, and retries, every
 * {@code geft.webhook.retry-interval}, those that could not be applied yet (the process was not
 * waiting, or the correlation raced a timer). Nothing is dropped until its process has ended.
 */
@ApplicationScoped
public class InboxSweeper {

  private static final Logger LOG = Logger.getLogger(InboxSweeper.class.getName());
  private static final int BATCH = 100;
  private static final int APPLIERS = 4;
  /** Past this many waiting, a burst's deliveries wait in the inbox for the sweep. */
  private static final int QUEUED = 2_000;

  @Inject
  WebhookInbox inbox;

  @Inject
  @ConfigProperties
  WebhookSettings settings;

  @Resource
  ManagedScheduledExecutorService executor;

  private final AtomicBoolean running = new AtomicBoolean();
  private ApplyQueue fresh;
  private ScheduledFuture<?> sweeps;

  void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
    fresh = new ApplyQueue(APPLIERS, QUEUED, executor, this::apply);
    long interval = settings.retryInterval.toMillis();
    sweeps = executor.scheduleWithFixedDelay(this::sweep, interval, interval, TimeUnit.MILLISECONDS);
  }

  void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
    if (sweeps != null) {
      sweeps.cancel(false);
    }
  }

  /**
   * The delivery just stored, applied on a container thread so that Flinks gets its answer at once,
   * by at most {@link #APPLIERS} threads at a time (see {@link ApplyQueue}).
   */
  public void applySoon(String deliveryId) {
    fresh.offer(deliveryId);
  }

  /**
   * One pass over the deliveries still pending that no applier holds; a pass is skipped while
   * another runs.
   */
  void sweep() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      fresh.resume();
      inbox.pending(BATCH).stream().filter(id -> !fresh.holds(id)).forEach(this::apply);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not read the webhook inbox; retrying at the next sweep", e);
    } finally {
      running.set(false);
    }
  }

  private void apply(String deliveryId) {
    try {
      if (inbox.apply(deliveryId)) {
        return;
      }
    } catch (RuntimeException raced) {
      LOG.log(Level.FINE, "Delivery " + deliveryId + " will be retried", raced);
    }
    inbox.attempted(deliveryId);
  }
}
