package com.geftflow.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * kill -9 mid-flight, on one node: the production package on its own sandbox and embedded database,
 * killed while half of its payments' create-session steps wait on Flinks (every call takes 3 s),
 * started again on the same data.
 * Nothing is lost, every payment moves on within a minute of the server being ready (its jobs are
 * not left to their three-minute lock), and Flinks keeps exactly one open session per payment.
 */
class CrashRecoveryIT {

  private static final int PAYMENTS = 12;
  private static final String LENDER = "lending-system";
  private static final String LENDER_PASSWORD = UUID.randomUUID().toString();
  private static final String SANDBOX_KEY = "crash-sandbox-key";
  private static final String SANDBOX_CLIENT = "crash-sandbox-client";

  @Test
  void killedMidFlightNothingIsLostDelayedOrDoubledAtFlinks() throws Exception {
    Path home = ProductionServer.newHome();
    Path output = home.resolve("output");
    int httpPort = ProductionServer.freePort();
    int httpsPort = ProductionServer.freePort();
    Map<String, String> settings = settings(home, output, httpPort);
    String base = "http://localhost:" + httpPort;

    List<String> paymentIds = new ArrayList<>();
    try (ProductionServer first = ProductionServer.start(home, settings, httpPort, httpsPort)) {
      first.awaitReady();
      // every Flinks call now takes 3 s: the create steps are running when the server dies
      assertThat(send(sandbox(base, "PUT", "/sandbox/flinks/admin/faults", "{\"apiLatencyMillis\":3000}"))
          .statusCode()).isEqualTo(200);
      // the first half goes through before the crash, the second half is mid-flight when it comes
      for (int i = 0; i < PAYMENTS; i++) {
        paymentIds.add(start(base, "CRASH-" + i + "-" + UUID.randomUUID()));
        if (i == PAYMENTS / 2 - 1) {
          for (String settled : paymentIds) {
            await().atMost(Duration.ofSeconds(60)).until(() -> view(base, settled).contains("AWAITING_BORROWER"));
          }
        }
      }
      await().atMost(Duration.ofSeconds(30)).until(() -> sandboxCreates(base) >= PAYMENTS);
      first.kill();
    }

    try (ProductionServer second = ProductionServer.start(home, settings, httpPort, httpsPort)) {
      second.awaitReady();
      Instant ready = Instant.now();
      for (String paymentId : paymentIds) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
            .until(() -> view(base, paymentId).contains("\"state\":\"AWAITING_BORROWER\""));
      }
      assertThat(Duration.between(ready, Instant.now())).isLessThan(Duration.ofSeconds(60));
      assertThat(second.console()).contains("jobs that the previous run of node crash-node had locked");
      for (String paymentId : paymentIds) {
        assertThat(view(base, paymentId)).as("the payment was not lost").contains("\"sessionId\"");
      }
    }

    // the data, read once the server stopped: one open session at Flinks per payment, and it is the payment's
    try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + output.resolve(
        "geftProduction/data/h2/geft").toAbsolutePath(), "sa", "")) {
      Map<String, String> sessionOfPayment = new HashMap<>();
      try (ResultSet rows = db.createStatement().executeQuery("SELECT PAYMENTID, SESSIONID FROM GEFT_PAYMENT")) {
        while (rows.next()) {
          sessionOfPayment.put(rows.getString(1), rows.getString(2));
        }
      }
      assertThat(sessionOfPayment).hasSize(PAYMENTS).containsKeys(paymentIds.toArray(String[]::new));
      try (ResultSet rows = db.createStatement().executeQuery("SELECT p.PAYMENTID, COUNT(s.SESSIONID)"
          + " FROM GEFT_PAYMENT p JOIN GEFT_SANDBOX_SESSION s ON s.REFERENCEID = p.REFERENCEID"
          + " WHERE s.STATUS <> 'Canceled' GROUP BY p.PAYMENTID")) {
        int payments = 0;
        while (rows.next()) {
          payments++;
          assertThat(rows.getInt(2)).as("open sessions of payment " + rows.getString(1)).isEqualTo(1);
        }
        assertThat(payments).isEqualTo(PAYMENTS);
      }
      try (ResultSet rows = db.createStatement().executeQuery("SELECT COUNT(*) FROM GEFT_PAYMENT p"
          + " JOIN GEFT_SANDBOX_SESSION s ON s.SESSIONID = p.SESSIONID WHERE s.STATUS = 'Initiated'")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getInt(1)).as("each payment holds its open session").isEqualTo(PAYMENTS);
      }
    }
  }

  private static Map<String, String> settings(Path home, Path output, int httpPort) throws Exception {
    String base = "http://localhost:" + httpPort;
    Path registry = Files.writeString(home.resolve("registry.xml"), """
        <server>
          <basicRegistry id="basic" realm="GEFT Flow">
            <user name="%s" password="%s"/>
            <group name="payments-api"><member name="%s"/></group>
          </basicRegistry>
        </server>
        """.formatted(LENDER, LENDER_PASSWORD, LENDER));
    String webhookSecret = UUID.randomUUID().toString();
    Map<String, String> settings = new HashMap<>();
    settings.put("WLP_OUTPUT_DIR", output.toString());
    settings.put("GEFT_DB", "h2");
    settings.put("GEFT_NODE_NAME", "crash-node");
    settings.put("GEFT_SERVER_CONFIG", registry.toString());
    settings.put("GEFT_SANDBOX_ENABLED", "true");
    settings.put("GEFT_SANDBOX_API_KEY", SANDBOX_KEY);
    settings.put("GEFT_SANDBOX_CLIENT_ID", SANDBOX_CLIENT);
    settings.put("GEFT_SANDBOX_WEBHOOK_SECRET", webhookSecret);
    settings.put("GEFT_SANDBOX_WEBHOOK_URL", base + "/webhooks/flinks/geft");
    settings.put("GEFT_SANDBOX_PARENT_ORIGIN", base);
    settings.put("GEFT_FLINKS_BASE_URI", base + "/sandbox/flinks");
    settings.put("GEFT_FLINKS_IFRAME_URI", base + "/sandbox/flinks/app/");
    settings.put("GEFT_FLINKS_API_KEY", SANDBOX_KEY);
    settings.put("GEFT_FLINKS_CLIENT_ID", SANDBOX_CLIENT);
    settings.put("GEFT_WEBHOOK_SECRET", webhookSecret);
    return settings;
  }

  private static String start(String base, String referenceId) throws Exception {
    HttpResponse<String> created = send(lender(base, "/api/payments").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(Lender.body(referenceId, "120.00"))).build());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Json.field(created.body(), "paymentId");
  }

  /** The create calls that reached the sandbox (counted before its latency). */
  private static long sandboxCreates(String base) throws Exception {
    String calls = send(sandbox(base, "GET", "/sandbox/flinks/admin/faults/calls", null)).body();
    java.util.regex.Matcher create = java.util.regex.Pattern.compile("\"POST create\":(\\d+)").matcher(calls);
    return create.find() ? Long.parseLong(create.group(1)) : 0;
  }

  private static String view(String base, String paymentId) throws Exception {
    return send(lender(base, "/api/payments/" + paymentId).GET().build()).body();
  }

  private static HttpRequest.Builder lender(String base, String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
        .header("Authorization", LibertyServer.basic(LENDER, LENDER_PASSWORD));
  }

  private static HttpRequest sandbox(String base, String method, String path, String json) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .header("x-api-key", SANDBOX_KEY).header("x-client-id", SANDBOX_CLIENT)
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
        .build();
  }

  private static HttpResponse<String> send(HttpRequest request) throws Exception {
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }
}
