package com.geftflow.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one fresh PostgreSQL database behind HAProxy (round robin), as a lender outgrows one
 * server: the production package twice, started together, each running the sandbox (whose sessions
 * live in the shared database, so any node serves any). The lender API, the borrowers' steps and the
 * sandbox's webhooks all go through HAProxy, so a webhook lands on either node. One node is killed
 * with kill -9 half-way, the other carries on, the killed one comes back. Run by {@code -Pcluster-it}.
 */
class ClusterIT {

  private static final String DATABASE = "geft_cluster_it";
  private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";
  private static final String LENDER = "lending-system";
  private static final String LENDER_PASSWORD = UUID.randomUUID().toString();
  private static final Duration OUTCOME_PATIENCE = Duration.ofMinutes(3);

  /** Each scenario and the state it ends in. */
  private static final Map<String, String> SCENARIOS = new LinkedHashMap<>();

  static {
    SCENARIOS.put("Happy1", "SCHEDULED");
    SCENARIOS.put("Unhappy1", "GUARANTEE_DECLINED");
    SCENARIOS.put("LoginFailed", "LOGIN_FAILED");
    SCENARIOS.put("IdentityMismatch", "IDENTITY_MISMATCH");
    SCENARIOS.put("InsufficientFunds", "INSUFFICIENT_FUNDS");
    SCENARIOS.put("PadPending", "SCHEDULED");
    SCENARIOS.put("Expire", "EXPIRED");
  }

  private static final int ROUNDS = 15;

  private record Payment(String id, String referenceId, String scenario) {
  }

  @Test
  void twoNodesBehindHaproxyLoseNothingWhenOneIsKilled() throws Exception {
    freshDatabase();
    Path home = ProductionServer.newHome();
    int proxyPort = ProductionServer.freePort();
    String base = "http://127.0.0.1:" + proxyPort;
    int[] http = {ProductionServer.freePort(), ProductionServer.freePort()};
    int[] https = {ProductionServer.freePort(), ProductionServer.freePort()};
    Path homeA = Files.createDirectories(home.resolve("a"));
    Path homeB = Files.createDirectories(home.resolve("b"));
    // Flinks is not killed with a node: both call the sandbox of node A, which the test never kills. A
    // call in flight to a node that dies loses Flinks' answer, and no client can know then whether
    // Flinks created the session (docs/cluster.md, "What a kill cannot recover")
    String flinks = "http://127.0.0.1:" + http[0] + "/sandbox/flinks";
    Map<String, String> a = node(homeA, base, flinks, "node-a");
    Map<String, String> b = node(homeB, base, flinks, "node-b");

    Process haproxy = haproxy(home, proxyPort, http);
    ProductionServer nodeA = ProductionServer.start(homeA, a, http[0], https[0]);
    ProductionServer nodeB = ProductionServer.start(homeB, b, http[1], https[1]);
    try {
      nodeA.awaitReady();
      nodeB.awaitReady();
      NodeClient lender = new NodeClient(base, LENDER, LENDER_PASSWORD);
      List<Payment> payments = new ArrayList<>();
      for (int round = 0; round < ROUNDS; round++) {
        for (String scenario : SCENARIOS.keySet()) {
          String reference = "CLUSTER-" + scenario + "-" + round + "-" + UUID.randomUUID();
          payments.add(new Payment(lender.start(reference), reference, scenario));
        }
        if (round == ROUNDS / 2) {
          // mid-flight: node B dies with its share of this round's steps, and is started again at once;
          // node A carries on meanwhile
          nodeB.kill();
          nodeB.close();
          nodeB = ProductionServer.start(homeB, b, http[1], https[1]);
        }
        for (Payment payment : payments.subList(payments.size() - SCENARIOS.size(), payments.size())) {
          lender.awaitState(payment.id(), "AWAITING_BORROWER", Duration.ofSeconds(150));
          lender.simulate(payment.id(), payment.scenario());
        }
      }
      nodeB.awaitReady();
      assertThat(nodeB.console()).as("node B came back").contains("started on node node-b");

      for (Payment payment : payments) {
        lender.awaitState(payment.id(), SCENARIOS.get(payment.scenario()), OUTCOME_PATIENCE);
      }
      try (Connection db = DriverManager.getConnection(POSTGRES + DATABASE, "postgres", "")) {
        assertThat(count(db, "SELECT COUNT(*) FROM GEFT_PAYMENT")).isEqualTo(payments.size());
        assertThat(count(db, "SELECT COUNT(*) FROM (SELECT REFERENCEID FROM GEFT_PAYMENT GROUP BY REFERENCEID"
            + " HAVING COUNT(*) > 1) doubled")).as("payments doubled").isZero();
        assertThat(count(db, "SELECT COUNT(*) FROM (SELECT s.REFERENCEID FROM GEFT_SANDBOX_SESSION s"
            + " WHERE s.STATUS <> 'Canceled' GROUP BY s.REFERENCEID HAVING COUNT(*) <> 1) other")).as(
            "references without exactly one session at Flinks").isZero();
        assertThat(count(db, "SELECT COUNT(*) FROM GEFT_SANDBOX_SESSION s WHERE NOT EXISTS"
            + " (SELECT 1 FROM GEFT_PAYMENT p WHERE p.SESSIONID = s.SESSIONID) AND s.STATUS <> 'Canceled'"))
            .as("sessions at Flinks no payment knows").isZero();
        assertThat(count(db, "SELECT COUNT(*) FROM ACT_RU_INCIDENT")).as("incidents").isZero();
        await().atMost(Duration.ofSeconds(60)).until(() -> count(db,
            "SELECT COUNT(*) FROM GEFT_WEBHOOK_INBOX WHERE STATE = 'PENDING'") == 0);
        assertThat(count(db, "SELECT COUNT(*) FROM ACT_RU_JOB WHERE LOCK_EXP_TIME_ < CURRENT_TIMESTAMP"))
            .as("jobs still locked by a dead run").isZero();
      }
    } finally {
      nodeA.close();
      nodeB.close();
      haproxy.destroy();
      haproxy.waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** The lifecycle's clock compressed as for the black-box server; the shared database; Flinks at {@code flinks}. */
  private static Map<String, String> node(Path home, String base, String flinks, String name) throws IOException {
    Map<String, String> settings = new HashMap<>(ProductionServer.onItsOwnSandbox(home, base, name, LENDER,
        LENDER_PASSWORD));
    settings.put("GEFT_FLINKS_BASE_URI", flinks);
    settings.put("GEFT_DB", "postgres");
    settings.put("GEFT_DB_URL", POSTGRES + DATABASE);
    settings.put("GEFT_DB_USER", "postgres");
    settings.put("GEFT_POLL_INTERVAL", "PT2S");
    settings.put("GEFT_POLL_MAX_ATTEMPTS", "5");
    settings.put("GEFT_POLL_LIVENESS_INTERVAL", "PT2S");
    settings.put("GEFT_POLL_AFTER_FINISH", "PT1S,PT2S");
    settings.put("GEFT_SANDBOX_PAD_DELAY", "PT3S");
    return settings;
  }

  private static Process haproxy(Path home, int port, int[] nodes) throws IOException {
    Path config = Files.writeString(home.resolve("haproxy.cfg"), """
        defaults
          mode http
          timeout connect 2s
          timeout client 60s
          timeout server 60s
          retries 2
          option redispatch
        frontend lenders
          bind 127.0.0.1:%d
          default_backend nodes
        backend nodes
          balance roundrobin
          option httpchk GET /health/ready
          server a 127.0.0.1:%d check inter 1s fall 2 rise 2
          server b 127.0.0.1:%d check inter 1s fall 2 rise 2
        """.formatted(port, nodes[0], nodes[1]));
    return new ProcessBuilder("haproxy", "-db", "-f", config.toString())
        .redirectErrorStream(true).redirectOutput(home.resolve("haproxy.log").toFile()).start();
  }

  private static void freshDatabase() throws SQLException {
    try (Connection postgres = DriverManager.getConnection(POSTGRES + "postgres", "postgres", "")) {
      postgres.createStatement().execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
      postgres.createStatement().execute("CREATE DATABASE " + DATABASE);
    }
  }

  private static long count(Connection db, String sql) throws SQLException {
    try (ResultSet rows = db.createStatement().executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
