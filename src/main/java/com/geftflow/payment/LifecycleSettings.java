package com.geftflow.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The lifecycle's timing and thresholds. Named so that the BPMN timers read them when each timer
 * is created ({@code ${geftSettings.pollInterval}}): a change applies to the next poll of every
 * running payment, without a redeploy.
 */
@Named("geftSettings")
@ApplicationScoped
public class LifecycleSettings {

  @Inject
  @ConfigProperty(name = "geft.poll.interval")
  Duration pollInterval;

  @Inject
  @ConfigProperty(name = "geft.poll.max-attempts")
  int maxPollAttempts;

  @Inject
  @ConfigProperty(name = "geft.pad.follow-up-after")
  Duration padFollowUpAfter;

  /** Lowest offered ÷ requested ratio accepted without an operator; above 1 means never. */
  @Inject
  @ConfigProperty(name = "geft.guarantee.auto-accept-ratio")
  BigDecimal autoAcceptRatio;

  public LifecycleSettings() {
  }

  public LifecycleSettings(Duration pollInterval, int maxPollAttempts, Duration padFollowUpAfter,
      BigDecimal autoAcceptRatio) {
    this.pollInterval = pollInterval;
    this.maxPollAttempts = maxPollAttempts;
    this.padFollowUpAfter = padFollowUpAfter;
    this.autoAcceptRatio = autoAcceptRatio;
  }

  public String getPollInterval() {
    return pollInterval.toString();
  }

  public int maxPollAttempts() {
    return maxPollAttempts;
  }

  public Duration padFollowUpAfter() {
    return padFollowUpAfter;
  }

  public BigDecimal autoAcceptRatio() {
    return autoAcceptRatio;
  }
}
