package com.geftflow.flinks.client;

import jakarta.enterprise.context.Dependent;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@code geft.flinks.*}: how to reach Flinks. The credentials are only ever put in request headers, never in a message. */
// @Dependent makes it a bean under annotated discovery; without it SmallRye finds no mapping
@Dependent
@ConfigProperties(prefix = "geft.flinks")
public class FlinksSettings {

  public enum AuthMode {
    /** {@code x-api-key} and {@code x-client-id} headers, as the GEFT guide shows. */
    API_KEY,
    /** A bearer token from {@code /api/v1/authorize}, as Flinks' API reference shows. */
    BEARER;

    static AuthMode parse(String value) {
      return switch (value.trim().toLowerCase()) {
        case "api-key" -> API_KEY;
        case "bearer" -> BEARER;
        default -> throw new IllegalArgumentException("geft.flinks.auth must be api-key or bearer, not " + value);
      };
    }
  }

  @ConfigProperty(name = "base-uri")
  public URI baseUri;

  /** Flinks' iframe, which the checkout page embeds. */
  @ConfigProperty(name = "iframe-uri")
  public URI iframeUri;

  /** api-key or bearer. */
  public String auth;

  @ConfigProperty(name = "api-key")
  public Optional<String> apiKey;

  @ConfigProperty(name = "client-id")
  public Optional<String> clientId;

  @ConfigProperty(name = "client-secret")
  public Optional<String> clientSecret;

  @ConfigProperty(name = "connect-timeout")
  public Duration connectTimeout;

  @ConfigProperty(name = "read-timeout")
  public Duration readTimeout;

  public AuthMode authMode() {
    return AuthMode.parse(auth);
  }

  public String requiredApiKey() {
    return apiKey.orElseThrow(() -> new IllegalStateException("geft.flinks.api-key is not set"));
  }

  public String requiredClientId() {
    return clientId.orElseThrow(() -> new IllegalStateException("geft.flinks.client-id is not set"));
  }

  public String requiredClientSecret() {
    return clientSecret.orElseThrow(() -> new IllegalStateException("geft.flinks.client-secret is not set"));
  }

  @Override
  public String toString() {
    return "FlinksSettings[baseUri=" + baseUri + ", auth=" + auth + "]";
  }
}
