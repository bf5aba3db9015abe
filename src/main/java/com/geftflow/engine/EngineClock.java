package com.geftflow.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's clock as a {@link Clock}: the records and the process's timers keep one time. It is
 * the system clock, except in engine tests that move it with {@link ClockUtil}.
 */
public final class EngineClock extends Clock {

  private final ZoneId zone;

  public EngineClock() {
    this(ZoneOffset.UTC);
  }

  private EngineClock(ZoneId zone) {
    this.zone = zone;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new EngineClock(other);
  }

  @Override
  public Instant instant() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** The one {@link Clock} the application injects. */
  @ApplicationScoped
  public static class Producer {

    @Produces
    Clock clock() {
      return new EngineClock();
    }
  }
}
