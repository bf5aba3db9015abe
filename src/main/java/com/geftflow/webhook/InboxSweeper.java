package com.geftflow.webhook;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
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
  private static final int APPLYING = 4;

  @Inject
  WebhookInbox inbox;

  @Inject
  @ConfigProperties
  WebhookSettings settings;

  @Resource
  ManagedScheduledExecutorService executor;

  private final AtomicBoolean running = new AtomicBoolean();
  private final Semaphore applying = new Semaphore(APPLYING);
  private ScheduledFuture<?> sweeps;

  void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
    long interval = settings.retryInterval.toMillis();
    sweeps = executor.scheduleWithFixedDelay(this::sweep, interval, interval, TimeUnit.MILLISECONDS);
  }

  void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
    if (sweeps != null) {
      sweeps.cancel(false);
    }
  }

  /**
   * The delivery just stored, on a container thread so that Flinks gets its answer at once. At most
   * {@link #APPLYING} at a time: in a burst the others wait for the next sweep, and the threads and
   * the CPU stay free for the acknowledgements.
   */
  public void applySoon(String deliveryId) {
    if (!applying.tryAcquire()) {
      return;
    }
    try {
      executor.execute(() -> {
        try {
          apply(deliveryId);
        } finally {
          applying.release();
        }
      });
    } catch (RejectedExecutionException stored) {
      // the delivery is stored: the next sweep applies it
      applying.release();
    }
  }

  /** One pass over the deliveries still pending; a pass is skipped while another runs. */
  void sweep() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      inbox.pending(BATCH).forEach(this::apply);
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
