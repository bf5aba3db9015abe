package com.geftflow.payment;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The lifecycle's clock and thresholds ({@code geft.*}; defaults in
 * {@code META-INF/microprofile-config.properties}).
 *
 * <p>Not a {@code @ConfigProperties} mapping like the other settings: it is read on the engine's job
 * threads, whose context class loader (the WAR's own) sees no config mappings on Liberty
 * ("SRCFG00027: Could not find a mapping"); injected values resolve there.
 */
@Dependent
public class LifecycleSettings {

  /** How long a payment waits for its borrower; the checkout link lives as long. */
  @Inject
  @ConfigProperty(name = "geft.borrower-window")
  public Duration borrowerWindow;

  /** The guide's pace while the borrower is active. */
  @Inject
  @ConfigProperty(name = "geft.poll.interval")
  public Duration pollInterval;

  /** The guide's budget: checks at that pace after the borrower's last activity. */
  @Inject
  @ConfigProperty(name = "geft.poll.max-attempts")
  public int maxPollAttempts;

  /** The slow check while nobody uses the link: notices a session Flinks expired. */
  @Inject
  @ConfigProperty(name = "geft.poll.liveness-interval")
  public Duration livenessInterval;

  /** Back-off after the borrower's last iframe step, comma-separated; the last one repeats. */
  @Inject
  @ConfigProperty(name = "geft.poll.after-finish")
  public String afterFinish;

  /** How long Flinks may be unreachable before operations are asked to look. */
  @Inject
  @ConfigProperty(name = "geft.flinks.outage-horizon")
  public Duration outageHorizon;

  /** The longest pause between checks while Flinks is unreachable. */
  @Inject
  @ConfigProperty(name = "geft.flinks.outage-backoff-max")
  public Duration outageBackoffMax;

  /** The longest pause between checks while the PAD signature is awaited. */
  @Inject
  @ConfigProperty(name = "geft.pad.check-max")
  public Duration padCheckMax;

  /** How long the PAD signature is awaited before operations follow up (the watch goes on meanwhile). */
  @Inject
  @ConfigProperty(name = "geft.pad.horizon")
  public Duration padHorizon;

  /** The borrower's steps one payment takes per minute; more are refused (429), repeats are not recorded. */
  @Inject
  @ConfigProperty(name = "geft.checkout.max-steps-per-minute")
  public int maxStepsPerMinute;

  /**
   * How long after the payment ended the checkout page may still relay the borrower's last steps
   * (they often trail the webhook); then the token only shows the outcome.
   */
  @Inject
  @ConfigProperty(name = "geft.checkout.steps-after-end")
  public Duration stepsAfterEnd;

  /** Lowest offered ÷ requested ratio accepted without an operator; above 1 means never. */
  @Inject
  @ConfigProperty(name = "geft.guarantee.auto-accept-ratio")
  public BigDecimal autoAcceptRatio;
}
