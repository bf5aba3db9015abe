package com.geftflow.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sandbox plays Flinks: these are the credentials it expects and the client configuration
 * Flinks would hold (default account, webhook URL and secret). Only read while
 * {@code geft.sandbox.enabled=true}, which production never sets.
 */
@ApplicationScoped
public class SandboxSettings {

  @Inject
  @ConfigProperty(name = "geft.sandbox.enabled", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "geft.sandbox.api-key", defaultValue = "sandbox-api-key")
  String apiKey;

  @Inject
  @ConfigProperty(name = "geft.sandbox.client-id", defaultValue = "sandbox-client")
  String clientId;

  @Inject
  @ConfigProperty(name = "geft.sandbox.client-secret", defaultValue = "sandbox-client-secret")
  String clientSecret;

  @Inject
  @ConfigProperty(name = "geft.sandbox.webhook-secret", defaultValue = "sandbox-webhook-secret")
  String webhookSecret;

  @Inject
  @ConfigProperty(name = "geft.sandbox.webhook-url")
  Optional<URI> webhookUrl;

  /** The client's default settlement account at "Flinks"; without it a request needs a payee. */
  @Inject
  @ConfigProperty(name = "geft.sandbox.default-account")
  Optional<String> defaultAccount;

  /** Happy2's next-best offer as a share of the requested amount. */
  @Inject
  @ConfigProperty(name = "geft.sandbox.offer-ratio", defaultValue = "0.6")
  BigDecimal offerRatio;

  @Inject
  @ConfigProperty(name = "geft.sandbox.pad-delay", defaultValue = "PT10S")
  Duration padDelay;

  /** Token lifetime of /api/v1/authorize, 599 s as at Flinks. */
  @Inject
  @ConfigProperty(name = "geft.sandbox.token-lifetime", defaultValue = "PT599S")
  Duration tokenLifetime;

  /** The origin of the page embedding the iframe: the only target of its postMessage events. */
  @Inject
  @ConfigProperty(name = "geft.sandbox.parent-origin", defaultValue = "http://localhost:9080")
  String parentOrigin;

  public boolean enabled() {
    return enabled;
  }

  public String apiKey() {
    return apiKey;
  }

  public String clientId() {
    return clientId;
  }

  public String clientSecret() {
    return clientSecret;
  }

  public String webhookSecret() {
    return webhookSecret;
  }

  public Optional<URI> webhookUrl() {
    return webhookUrl;
  }

  public boolean hasDefaultAccount() {
    return defaultAccount.filter(a -> !a.isBlank()).isPresent();
  }

  public BigDecimal offerRatio() {
    return offerRatio;
  }

  public Duration padDelay() {
    return padDelay;
  }

  public Duration tokenLifetime() {
    return tokenLifetime;
  }

  public String parentOrigin() {
    return parentOrigin;
  }

  @Override
  public String toString() {
    return "SandboxSettings[enabled=" + enabled + ", clientId=" + clientId + "]";
  }
}
