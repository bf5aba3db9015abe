package com.geftflow.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production package ({@code mvn package} → {@code target/geft-flow.jar}) as a lender deploys it:
 * started with its required settings, a registry of its own and a test keystore, it knows none of the
 * dev users, has no sandbox, no first-user setup, and serves HTTPS; started without them it refuses
 * and names each. Its Flinks is the sandbox of the black-box server.
 */
class ProductionPackageIT {

  private static final String KEYSTORE_PASSWORD = UUID.randomUUID().toString();
  private static final String LENDER = "lending-system";
  private static final String LENDER_PASSWORD = UUID.randomUUID().toString();
  private static final String ADMIN = "payment-admin";
  private static final String ADMIN_PASSWORD = UUID.randomUUID().toString();

  private static ProductionServer server;
  private static Path keystore;

  @BeforeAll
  static void startWithEveryRequiredSetting() throws Exception {
    Path home = ProductionServer.newHome();
    keystore = home.resolve("tls.p12");
    keytool("-genkeypair", "-alias", "geft", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
        "-dname", "CN=localhost", "-ext", "san=dns:localhost", "-storetype", "PKCS12",
        "-keystore", keystore.toString(), "-storepass", KEYSTORE_PASSWORD, "-keypass", KEYSTORE_PASSWORD);
    // the operator's own registry, with group names of its own
    Path registry = Files.writeString(home.resolve("registry.xml"), """
        <server>
          <basicRegistry id="basic" realm="GEFT Flow">
            <user name="%s" password="%s"/>
            <user name="%s" password="%s"/>
            <group name="lending-systems"><member name="%s"/></group>
            <group name="payment-admins"><member name="%s"/></group>
          </basicRegistry>
        </server>
        """.formatted(LENDER, LENDER_PASSWORD, ADMIN, ADMIN_PASSWORD, LENDER, ADMIN));

    Map<String, String> settings = new HashMap<>(Map.of(
        "GEFT_DB", "h2",
        "GEFT_FLINKS_BASE_URI", LibertyServer.BASE_URL + "/sandbox/flinks",
        "GEFT_FLINKS_IFRAME_URI", LibertyServer.BASE_URL + "/sandbox/flinks/app/",
        "GEFT_FLINKS_API_KEY", DevCredentials.SANDBOX_API_KEY,
        "GEFT_FLINKS_CLIENT_ID", DevCredentials.SANDBOX_CLIENT_ID,
        "GEFT_WEBHOOK_SECRET", UUID.randomUUID().toString(),
        "GEFT_TLS_KEYSTORE", keystore.toString(),
        "GEFT_TLS_KEYSTORE_PASSWORD", KEYSTORE_PASSWORD,
        "GEFT_SERVER_CONFIG", registry.toString(),
        "GEFT_GROUP_PAYMENTS_API", "lending-systems"));
    settings.put("GEFT_GROUP_CAMUNDA_ADMIN", "payment-admins");
    server = ProductionServer.start(home, settings);
    server.awaitReady();
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void refusesToStartWithoutItsSettingsAndNamesEachOne() throws Exception {
    try (ProductionServer bare = ProductionServer.start(ProductionServer.newHome(), Map.of())) {
      assertThat(bare.awaitExit()).as(bare.console()).isEqualTo(78);
      assertThat(bare.console()).contains("GEFT Flow refuses to start")
          .contains("set geft.flinks.base-uri (env GEFT_FLINKS_BASE_URI)")
          .contains("set geft.flinks.api-key (env GEFT_FLINKS_API_KEY)")
          .contains("set geft.webhook.secret (env GEFT_WEBHOOK_SECRET)")
          .contains("set geft.db (env GEFT_DB)")
          .contains("set geft.tls.keystore (env GEFT_TLS_KEYSTORE)")
          .contains("set geft.group.camunda-admin (env GEFT_GROUP_CAMUNDA_ADMIN)");
    }
  }

  @Test
  void refusesTheSandboxTogetherWithARealFlinksHost() throws Exception {
    try (ProductionServer mixed = ProductionServer.start(ProductionServer.newHome(), Map.of(
        "GEFT_SANDBOX_ENABLED", "true",
        "GEFT_FLINKS_BASE_URI", "https://payments.flinksapp.com",
        "GEFT_FLINKS_IFRAME_URI", "https://payments.flinksapp.com/app/",
        "GEFT_FLINKS_API_KEY", "key", "GEFT_FLINKS_CLIENT_ID", "client",
        "GEFT_WEBHOOK_SECRET", UUID.randomUUID().toString()))) {
      assertThat(mixed.awaitExit()).isEqualTo(78);
      assertThat(mixed.console())
          .contains("geft.sandbox.enabled is true while geft.flinks.base-uri points at Flinks");
    }
  }

  @Test
  void noDevUserSignsIn() throws Exception {
    for (List<String> user : List.of(List.of("lender", "lender"), List.of("demo", "demo"), List.of("ops", "ops"),
        List.of("auditor", "auditor"))) {
      assertThat(get("/api/payments?referenceId=x", user.get(0), user.get(1)).statusCode()).as(user.get(0))
          .isEqualTo(401);
      assertThat(get("/camunda/app/tasklist/default/", user.get(0), user.get(1)).statusCode()).as(user.get(0))
          .isEqualTo(401);
      assertThat(get("/engine-rest/task", user.get(0), user.get(1)).statusCode()).as(user.get(0)).isEqualTo(401);
    }
  }

  @Test
  void theRegistrysUsersSignInByTheirGroupsRoles() throws Exception {
    assertThat(get("/api/payments?referenceId=x", LENDER, LENDER_PASSWORD).statusCode()).isEqualTo(200);
    assertThat(get("/engine-rest/task", LENDER, LENDER_PASSWORD).statusCode()).isEqualTo(403);
    assertThat(get("/engine-rest/group/camunda-admin", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(200);
    assertThat(get("/camunda/app/admin/default/", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(200);
  }

  @Test
  void aPaymentStartsAgainstFlinks() throws Exception {
    String reference = "PROD-" + UUID.randomUUID();
    HttpResponse<String> created = send(request(server.httpUrl(), "/api/payments", LENDER, LENDER_PASSWORD)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(Lender.body(reference, "250.00"))).build());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String paymentId = Json.field(created.body(), "paymentId");

    org.awaitility.Awaitility.await().atMost(Lender.PATIENCE).until(() ->
        get("/api/payments/" + paymentId, LENDER, LENDER_PASSWORD).body().contains("\"state\":\"AWAITING_BORROWER\""));
    assertThat(get("/api/payments/" + paymentId, LENDER, LENDER_PASSWORD).body())
        .contains("\"checkoutUrl\":\"" + server.httpUrl() + "/checkout/" + paymentId);
  }

  @Test
  void thereIsNoSandboxAndNoFirstUserSetup() throws Exception {
    assertThat(get("/sandbox/flinks/app/?sessionId=x", null, null).statusCode()).isEqualTo(404);
    assertThat(send(request(server.httpUrl(), "/sandbox/flinks/api/v2/sessions", null, null)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build())
        .statusCode()).isEqualTo(404);
    assertThat(send(request(server.httpUrl(), "/camunda/api/admin/setup/default/user/create", ADMIN, ADMIN_PASSWORD)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build())
        .statusCode()).isEqualTo(404);
  }

  @Test
  void httpsServesTheConfiguredCertificateWithHstsAndASecureSessionCookie() throws Exception {
    HttpClient trustingTheKeystore = HttpClient.newBuilder().sslContext(trusting(keystore))
        .connectTimeout(Duration.ofSeconds(10)).build();

    HttpResponse<String> search = trustingTheKeystore.send(
        request(server.httpsUrl(), "/api/payments?referenceId=x", LENDER, LENDER_PASSWORD).build(),
        HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> tasklist = trustingTheKeystore.send(
        request(server.httpsUrl(), "/camunda/app/tasklist/default/", ADMIN, ADMIN_PASSWORD).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(search.statusCode()).isEqualTo(200);
    assertThat(search.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
    assertThat(tasklist.statusCode()).isEqualTo(200);
    assertThat(tasklist.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
        .singleElement().satisfies(cookie -> assertThat(cookie).contains("Secure").contains("HttpOnly")
            .contains("SameSite=Lax"));
  }

  private static HttpRequest.Builder request(String base, String path, String user, String password) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    return user == null ? builder : builder.header("Authorization", LibertyServer.basic(user, password));
  }

  private static HttpResponse<String> get(String path, String user, String password) throws Exception {
    return send(request(server.httpUrl(), path, user, password).GET().build());
  }

  private static HttpResponse<String> send(HttpRequest request) throws Exception {
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** Trusts the test keystore's certificate alone: the server must present that one. */
  private static SSLContext trusting(Path keystore) throws Exception {
    KeyStore trusted = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      trusted.load(in, KEYSTORE_PASSWORD.toCharArray());
    }
    TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trusted);
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(null, trust.getTrustManagers(), null);
    return tls;
  }

  private static void keytool(String... arguments) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
    command.addAll(List.of(arguments));
    Process keytool = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(keytool.getInputStream().readAllBytes());
    assertThat(keytool.waitFor()).as(output).isZero();
  }
}
