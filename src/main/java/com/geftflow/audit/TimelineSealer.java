package com.geftflow.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/** Seals new timeline entries every {@code geft.audit.seal-interval}, on every node (one at a time). */
@ApplicationScoped
public class TimelineSealer {

  private static final Logger LOG = Logger.getLogger(TimelineSealer.class.getName());
  private static final int BATCH = 500;

  @Inject
  TimelineSeal seal;

  @Inject
  @ConfigProperties
  AuditSettings settings;

  @Inject
  Clock clock;

  @Resource
  ManagedScheduledExecutorService scheduler;

  private ScheduledFuture<?> passes;

  void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
    long interval = settings.sealInterval.toMillis();
    passes = scheduler.scheduleWithFixedDelay(this::pass, interval, interval, TimeUnit.MILLISECONDS);
  }

  void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
    if (passes != null) {
      passes.cancel(false);
    }
  }

  /** Until no full batch is left; fixed-delay scheduling never runs two passes of one node at once. */
  void pass() {
    try {
      int sealed;
      do {
        sealed = seal.seal(BATCH, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
      } while (sealed == BATCH);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not seal the timeline; retrying at the next pass", e);
    }
  }
}
