package com.geftflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequiredSettingsTest {

  private static List<String> refusals(Map<String, String> settings) {
    return RequiredSettings.refusals(name -> Optional.ofNullable(settings.get(name)));
  }

  private static Map<String, String> production() {
    Map<String, String> settings = new HashMap<>(Map.of(
        "geft.flinks.base-uri", "https://payments.flinksapp.com",
        "geft.flinks.iframe-uri", "https://client-iframe.flinksapp.com/",
        "geft.flinks.api-key", "key", "geft.flinks.client-id", "client",
        "geft.webhook.secret", "secret",
        "geft.db", "postgres", "geft.db.url", "jdbc:postgresql://db/geft", "geft.db.user", "geft",
        "geft.tls.keystore", "/etc/geft/key.p12", "geft.tls.keystore-password", "pw"));
    settings.put("geft.group.camunda-admin", "payment-admins");
    return settings;
  }

  @Test
  void aCompleteProductionServerStarts() {
    assertThat(refusals(production())).isEmpty();
  }

  @Test
  void nothingSetNamesEverySettingWithItsEnvironmentVariable() {
    assertThat(refusals(Map.of())).containsExactly(
        "set geft.flinks.base-uri (env GEFT_FLINKS_BASE_URI): Flinks' API host, e.g. https://payments.flinksapp.com",
        "set geft.flinks.iframe-uri (env GEFT_FLINKS_IFRAME_URI): the Flinks iframe the checkout page embeds",
        "set geft.flinks.api-key (env GEFT_FLINKS_API_KEY): the x-api-key Flinks gave you",
        "set geft.flinks.client-id (env GEFT_FLINKS_CLIENT_ID): the x-client-id Flinks gave you",
        "set geft.webhook.secret (env GEFT_WEBHOOK_SECRET): the secret Flinks signs its webhooks with",
        "set geft.db (env GEFT_DB): the database: postgres (with geft.db.url and geft.db.user) or h2 (embedded)",
        "set geft.tls.keystore (env GEFT_TLS_KEYSTORE): the PKCS12 keystore for HTTPS",
        "set geft.tls.keystore-password (env GEFT_TLS_KEYSTORE_PASSWORD): the password of the HTTPS keystore",
        "set geft.group.camunda-admin (env GEFT_GROUP_CAMUNDA_ADMIN): the registry group of Camunda's administrators");
  }

  @Test
  void blankAndUndefinedLibertyVariablesCountAsUnset() {
    Map<String, String> settings = production();
    settings.put("geft.webhook.secret", "  ");
    settings.put("geft.tls.keystore", "${geft.tls.keystore}");

    assertThat(refusals(settings)).containsExactly(
        "set geft.webhook.secret (env GEFT_WEBHOOK_SECRET): the secret Flinks signs its webhooks with",
        "set geft.tls.keystore (env GEFT_TLS_KEYSTORE): the PKCS12 keystore for HTTPS");
  }

  @Test
  void bearerNeedsTheClientSecretInsteadOfTheApiKey() {
    Map<String, String> settings = production();
    settings.put("geft.flinks.auth", "bearer");

    assertThat(refusals(settings)).containsExactly(
        "set geft.flinks.client-secret (env GEFT_FLINKS_CLIENT_SECRET): the client secret Flinks gave you");
    settings.put("geft.flinks.auth", "oauth");
    assertThat(refusals(settings)).containsExactly("geft.flinks.auth must be api-key or bearer");
  }

  @Test
  void theDatabaseIsPostgresWithItsUrlOrH2() {
    Map<String, String> settings = production();
    settings.remove("geft.db.url");
    assertThat(refusals(settings)).containsExactly(
        "set geft.db.url (env GEFT_DB_URL): the JDBC URL of the PostgreSQL database");

    settings.put("geft.db", "h2");
    assertThat(refusals(settings)).isEmpty();

    settings.put("geft.db", "derby");
    assertThat(refusals(settings)).containsExactly("geft.db must be postgres or h2");
  }

  @Test
  void theSandboxNeverRunsAgainstAFlinksHost() {
    Map<String, String> settings = production();
    settings.put("geft.sandbox.enabled", "true");
    assertThat(refusals(settings)).singleElement().asString()
        .startsWith("geft.sandbox.enabled is true while geft.flinks.base-uri points at Flinks");

    settings.put("geft.flinks.base-uri", "https://payments-uat.flinksapp.com");
    assertThat(refusals(settings)).hasSize(1);
  }

  @Test
  void aServerOnItsOwnSandboxNeedsNoDatabaseTlsOrAdminSettings() {
    assertThat(refusals(Map.of(
        "geft.sandbox.enabled", "true",
        "geft.flinks.base-uri", "http://localhost:9080/sandbox/flinks",
        "geft.flinks.iframe-uri", "http://localhost:9080/sandbox/flinks/app/",
        "geft.flinks.api-key", "sandbox-api-key", "geft.flinks.client-id", "sandbox-client",
        "geft.webhook.secret", "sandbox-webhook-secret"))).isEmpty();
  }
}
