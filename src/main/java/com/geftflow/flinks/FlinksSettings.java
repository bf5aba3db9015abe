package com.geftflow.flinks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How to reach Flinks. The credentials are only ever put in request headers, never in a message. */
@ApplicationScoped
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

  @Inject
  @ConfigProperty(name = "geft.flinks.base-uri")
  URI baseUri;

  @Inject
  @ConfigProperty(name = "geft.flinks.auth", defaultValue = "api-key")
  String auth;

  @Inject
  @ConfigProperty(name = "geft.flinks.api-key")
  Optional<String> apiKey;

  @Inject
  @ConfigProperty(name = "geft.flinks.client-id")
  Optional<String> clientId;

  @Inject
  @ConfigProperty(name = "geft.flinks.client-secret")
  Optional<String> clientSecret;

  @Inject
  @ConfigProperty(name = "geft.flinks.connect-timeout", defaultValue = "PT5S")
  Duration connectTimeout;

  @Inject
  @ConfigProperty(name = "geft.flinks.read-timeout", defaultValue = "PT15S")
  Duration readTimeout;

  public URI baseUri() {
    return baseUri;
  }

  public AuthMode authMode() {
    return AuthMode.parse(auth);
  }

  public String apiKey() {
    return apiKey.orElseThrow(() -> new IllegalStateException("geft.flinks.api-key is not set"));
  }

  public String clientId() {
    return clientId.orElseThrow(() -> new IllegalStateException("geft.flinks.client-id is not set"));
  }

  public String clientSecret() {
    return clientSecret.orElseThrow(() -> new IllegalStateException("geft.flinks.client-secret is not set"));
  }

  public Duration connectTimeout() {
    return connectTimeout;
  }

  public Duration readTimeout() {
    return readTimeout;
  }

  @Override
  public String toString() {
    return "FlinksSettings[baseUri=" + baseUri + ", auth=" + auth + "]";
  }
}
