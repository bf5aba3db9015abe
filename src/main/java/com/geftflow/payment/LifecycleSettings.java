package com.geftflow.payment;

import jakarta.enterprise.context.Dependent;
import java.math.BigDecimal;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The lifecycle's clock and thresholds ({@code geft.*}; defaults in
 * {@code META-INF/microprofile-config.properties}). Read at every status check, so a change applies
 * to the next check of every running payment without a redeploy.
 */
@Dependent
@ConfigProperties(prefix = "geft")
public class LifecycleSettings {

  /** How long a payment waits for its borrower; the checkout link lives as long. */
  @ConfigProperty(name = "borrower-window")
  public Duration borrowerWindow;

  /** The guide's pace while the borrower is active. */
  @ConfigProperty(name = "poll.interval")
  public Duration pollInterval;

  /** The guide's budget: checks at that pace after the borrower's last activity. */
  @ConfigProperty(name = "poll.max-attempts")
  public int maxPollAttempts;

  /** The slow check while nobody uses the link: notices a session Flinks expired. */
  @ConfigProperty(name = "poll.liveness-interval")
  public Duration livenessInterval;

  /** Back-off after the borrower's last iframe step, comma-separated; the last one repeats. */
  @ConfigProperty(name = "poll.after-finish")
  public String afterFinish;

  /** How long Flinks may be unreachable before operations are asked to look. */
  @ConfigProperty(name = "flinks.outage-horizon")
  public Duration outageHorizon;

  /** The longest pause between checks while Flinks is unreachable. */
  @ConfigProperty(name = "flinks.outage-backoff-max")
  public Duration outageBackoffMax;

  @ConfigProperty(name = "pad.follow-up-after")
  public Duration padFollowUpAfter;

  /** Lowest offered ÷ requested ratio accepted without an operator; above 1 means never. */
  @ConfigProperty(name = "guarantee.auto-accept-ratio")
  public BigDecimal autoAcceptRatio;
}
