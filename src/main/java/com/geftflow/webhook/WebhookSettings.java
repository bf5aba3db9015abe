package com.geftflow.webhook;

import jakarta.enterprise.context.Dependent;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@code geft.webhook.*}; defaults in {@code META-INF/microprofile-config.properties}. */
// @Dependent makes it a bean under annotated discovery; without it SmallRye finds no mapping
@Dependent
@ConfigProperties(prefix = "geft.webhook")
public class WebhookSettings {

  /** HMAC-SHA256 key of {@code X-Webhook-Signature}. */
  public String secret;

  /** How far {@code when} may be from now: older deliveries are refused as replays. */
  public Duration tolerance;

  /** How often deliveries not applied yet are tried again. */
  @ConfigProperty(name = "retry-interval")
  public Duration retryInterval;
}
