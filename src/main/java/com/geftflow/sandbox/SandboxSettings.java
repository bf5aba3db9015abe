package com.geftflow.sandbox;

import jakarta.enterprise.context.Dependent;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code geft.sandbox.*}. The sandbox plays Flinks: these are the credentials it expects and the
 * client configuration Flinks would hold (default account, webhook URL and secret). The dev server
 * sets the credentials (liberty/dev-sandbox.xml); nothing is read while the sandbox is disabled.
 */
// @Dependent makes it a bean under annotated discovery; without it SmallRye finds no mapping
@Dependent
@ConfigProperties(prefix = "geft.sandbox")
public class SandboxSettings {

  /** Off unless the server turns it on (liberty/dev-sandbox.xml). */
  @ConfigProperty(name = "enabled", defaultValue = "false")
  public boolean enabled;

  @ConfigProperty(name = "api-key")
  public Optional<String> apiKey;

  @ConfigProperty(name = "client-id")
  public Optional<String> clientId;

  @ConfigProperty(name = "client-secret")
  public Optional<String> clientSecret;

  @ConfigProperty(name = "webhook-secret")
  public Optional<String> webhookSecret;

  /** Where the sandbox sends its webhooks; none sent without it. */
  @ConfigProperty(name = "webhook-url")
  public Optional<URI> webhookUrl;

  /** The client's default settlement account at "Flinks"; without it a request needs a payee. */
  @ConfigProperty(name = "default-account")
  public Optional<String> defaultAccount;

  /** Happy2's next-best offer as a share of the requested amount. */
  @ConfigProperty(name = "offer-ratio")
  public BigDecimal offerRatio;

  /** How long PadPending stays EFT0302 before it turns EFT0301. */
  @ConfigProperty(name = "pad-delay")
  public Duration padDelay;

  /** Token lifetime of /api/v1/authorize, 599 s as at Flinks. */
  @ConfigProperty(name = "token-lifetime")
  public Duration tokenLifetime;

  /** The origin of the page embedding the iframe: the only target of its postMessage events. */
  @ConfigProperty(name = "parent-origin", defaultValue = "http://localhost:9080")
  public String parentOrigin;

  public boolean hasDefaultAccount() {
    return defaultAccount.filter(a -> !a.isBlank()).isPresent();
  }
}
