package com.geftflow.sandbox;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * Completes PadPending sessions whose PAD signature is due. The due time is stored with the session,
 * so a restart only delays the completion by one tick.
 */
@ApplicationScoped
public class SandboxPadClock {

  private static final Logger LOG = Logger.getLogger(SandboxPadClock.class.getName());

  @Inject
  @ConfigProperties
  SandboxSettings settings;

  @Inject
  SandboxSessions sessions;

  @Resource
  ManagedScheduledExecutorService executor;

  private ScheduledFuture<?> ticks;

  void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
    if (settings.enabled) {
      ticks = executor.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
    }
  }

  void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
    if (ticks != null) {
      ticks.cancel(false);
    }
  }

  private void tick() {
    try {
      sessions.completeDuePads();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Sandbox could not complete due PAD signatures", e);
    }
  }
}
