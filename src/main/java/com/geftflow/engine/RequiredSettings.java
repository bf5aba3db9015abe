package com.geftflow.engine;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The settings a server cannot run without, checked before anything starts so that a production
 * server missing one refuses to start and says which. The dev server's files (liberty/dev-*.xml) give
 * them all; the production package gives none. Only names are ever reported, never values.
 *
 * <p>Every server needs Flinks (its URIs, the credentials of its {@code geft.flinks.auth} mode) and
 * the webhook secret. A server that talks to Flinks itself (the sandbox off) also needs its
 * database, its TLS keystore and the registry group of Camunda's administrators. A server with the
 * sandbox on must not point at a Flinks host: the sandbox is for development only.
 */
public final class RequiredSettings {

  /** Flinks' hosts (sandbox and production) end so. */
  static final String FLINKS_DOMAIN = ".flinksapp.com";

  private final Function<String, Optional<String>> settings;
  private final List<String> refusals = new ArrayList<>();

  private RequiredSettings(Function<String, Optional<String>> settings) {
    this.settings = settings;
  }

  /** What is missing or wrong, one sentence each; empty when the server may start. */
  public static List<String> refusals(Function<String, Optional<String>> settings) {
    RequiredSettings check = new RequiredSettings(settings);
    check.check();
    return List.copyOf(check.refusals);
  }

  private void check() {
    require("geft.flinks.base-uri", "Flinks' API host, e.g. https://payments.flinksapp.com");
    require("geft.flinks.iframe-uri", "the Flinks iframe the checkout page embeds");
    String auth = value("geft.flinks.auth").orElse("api-key").trim().toLowerCase(Locale.ROOT);
    switch (auth) {
      case "api-key" -> {
        require("geft.flinks.api-key", "the x-api-key Flinks gave you");
        require("geft.flinks.client-id", "the x-client-id Flinks gave you");
      }
      case "bearer" -> {
        require("geft.flinks.client-id", "the client id Flinks gave you");
        require("geft.flinks.client-secret", "the client secret Flinks gave you");
      }
      default -> refusals.add("geft.flinks.auth must be api-key or bearer");
    }
    require("geft.webhook.secret", "the secret Flinks signs its webhooks with");
    if (value("geft.lender-events.url").isPresent()) {
      require("geft.lender-events.secret", "the secret lender events are signed with (geft.lender-events.url is set)");
    }

    if (Boolean.parseBoolean(value("geft.sandbox.enabled").orElse("false").trim())) {
      if (value("geft.flinks.base-uri").map(RequiredSettings::isFlinksHost).orElse(false)) {
        refusals.add("geft.sandbox.enabled is true while geft.flinks.base-uri points at Flinks: "
            + "the sandbox is for development only (set GEFT_SANDBOX_ENABLED=false)");
      }
      return;
    }
    Optional<String> db = value("geft.db");
    if (db.isEmpty()) {
      require("geft.db", "the database: postgres (with geft.db.url and geft.db.user) or h2 (embedded)");
    } else if (db.get().equals("postgres")) {
      require("geft.db.url", "the JDBC URL of the PostgreSQL database");
      require("geft.db.user", "the PostgreSQL user");
    } else if (!db.get().equals("h2")) {
      refusals.add("geft.db must be postgres or h2");
    }
    require("geft.tls.keystore", "the PKCS12 keystore for HTTPS");
    require("geft.tls.keystore-password", "the password of the HTTPS keystore");
    require("geft.group.camunda-admin", "the registry group of Camunda's administrators");
  }

  private void require(String name, String what) {
    if (value(name).isEmpty()) {
      refusals.add("set " + name + " (env " + environmentName(name) + "): " + what);
    }
  }

  /** Blank counts as unset; so does a Liberty variable that nothing defined ({@code ${...}}). */
  private Optional<String> value(String name) {
    return settings.apply(name).filter(v -> !v.isBlank() && !v.startsWith("${"));
  }

  static String environmentName(String name) {
    return name.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }

  private static boolean isFlinksHost(String uri) {
    try {
      String host = URI.create(uri.trim()).getHost();
      return host != null && (host.toLowerCase(Locale.ROOT).endsWith(FLINKS_DOMAIN));
    } catch (IllegalArgumentException notAUri) {
      return false;
    }
  }
}
