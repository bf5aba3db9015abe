package com.geftflow.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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

  @Test
  void killedMidFlightNothingIsLostDelayedOrDoubledAtFlinks() throws Exception {
    Path home = ProductionServer.newHome();
    Path output = home.resolve("output");
    int httpPort = ProductionServer.freePort();
    int httpsPort = ProductionServer.freePort();
    String base = "http://localhost:" + httpPort;
    Map<String, String> settings = new HashMap<>(ProductionServer.onItsOwnSandbox(home, base, "crash-node", LENDER,
        LENDER_PASSWORD));
    settings.put("WLP_OUTPUT_DIR", output.toString());
    settings.put("GEFT_DB", "h2");

    NodeClient node = new NodeClient(base, LENDER, LENDER_PASSWORD);
    List<String> paymentIds = new ArrayList<>();
    try (ProductionServer first = ProductionServer.start(home, settings, httpPort, httpsPort)) {
      first.awaitReady();
      // every Flinks call now takes 3 s: the create steps are running when the server dies
      assertThat(node.sandbox("PUT", "/sandbox/flinks/admin/faults", "{\"apiLatencyMillis\":3000}").statusCode())
          .isEqualTo(200);
      // the first half goes through before the crash, the second half is mid-flight when it comes
      for (int i = 0; i < PAYMENTS; i++) {
        paymentIds.add(node.start("CRASH-" + i + "-" + UUID.randomUUID()));
        if (i == PAYMENTS / 2 - 1) {
          for (String settled : paymentIds) {
            node.awaitState(settled, "AWAITING_BORROWER", Duration.ofSeconds(60));
          }
        }
      }
      await().atMost(Duration.ofSeconds(30)).until(() -> node.sandboxCreates() >= PAYMENTS);
      first.kill();
    }

    try (ProductionServer second = ProductionServer.start(home, settings, httpPort, httpsPort)) {
      second.awaitReady();
      Instant ready = Instant.now();
      for (String paymentId : paymentIds) {
        node.awaitState(paymentId, "AWAITING_BORROWER", Duration.ofSeconds(60));
      }
      assertThat(Duration.between(ready, Instant.now())).isLessThan(Duration.ofSeconds(60));
      assertThat(second.console()).contains("jobs that the previous run of node crash-node had locked");
      for (String paymentId : paymentIds) {
        assertThat(node.view(paymentId)).as("the payment was not lost").contains("\"sessionId\"");
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
}
