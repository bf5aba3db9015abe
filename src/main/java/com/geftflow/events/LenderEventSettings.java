package com.geftflow.events;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code geft.lender-events.*}: how events are delivered (defaults in
 * {@code META-INF/microprofile-config.properties}); where to is {@link Subscriptions}'. Injected
 * values rather than a {@code @ConfigProperties} mapping: events are written on the engine's job
 * threads, which see no mappings (see {@code payment.LifecycleSettings}).
 */
@Dependent
public class LenderEventSettings {

  /** How long an event is tried before it is given up (FAILED, redeliverable by an operator). */
  @Inject
  @ConfigProperty(name = "geft.lender-events.retry-for")
  public Duration retryFor;

  /** The wait after the first failed attempt; each further failure doubles it. */
  @Inject
  @ConfigProperty(name = "geft.lender-events.retry-first")
  public Duration retryFirst;

  /** The longest wait between two attempts. */
  @Inject
  @ConfigProperty(name = "geft.lender-events.retry-max")
  public Duration retryMax;

  /** How long a receiver may take to answer one delivery. */
  @Inject
  @ConfigProperty(name = "geft.lender-events.timeout")
  public Duration timeout;

  /** How often the outbox is looked at for events due. */
  @Inject
  @ConfigProperty(name = "geft.lender-events.interval")
  public Duration interval;

  /** When the attempt after {@code failures} failed ones is due: doubling from the first wait, capped. */
  public Duration waitAfter(int failures) {
    Duration wait = retryFirst;
    for (int i = 1; i < failures && wait.compareTo(retryMax) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(retryMax) > 0 ? retryMax : wait;
  }
}
