package com.geftflow.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Where a payment's events go: the URL and secret of the API client that started it
 * ({@code geft.lender-events.client.<client>.url} and {@code .secret}), else the server's
 * ({@code geft.lender-events.url}, {@code geft.lender-events.secret}). Read at each delivery, so a
 * changed setting applies to events not delivered yet.
 */
@ApplicationScoped
public class Subscriptions {

  static final String PREFIX = "geft.lender-events.";

  /** A receiver and the secret its events are signed with. */
  public record Subscription(String url, String secret) {
  }

  @Inject
  Config config;

  public Optional<Subscription> of(String clientId) {
    if (clientId != null) {
      Optional<Subscription> own = subscription(PREFIX + "client." + clientId + ".");
      if (own.isPresent()) {
        return own;
      }
    }
    return subscription(PREFIX);
  }

  private Optional<Subscription> subscription(String prefix) {
    Optional<String> url = value(prefix + "url");
    Optional<String> secret = value(prefix + "secret");
    return url.isEmpty() || secret.isEmpty() ? Optional.empty() : Optional.of(new Subscription(url.get(), secret.get()));
  }

  private Optional<String> value(String name) {
    return config.getOptionalValue(name, String.class).map(String::trim).filter(v -> !v.isEmpty());
  }
}
