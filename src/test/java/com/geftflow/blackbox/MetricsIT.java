package com.geftflow.blackbox;

import static com.geftflow.blackbox.DevCredentials.LENDER;
import static com.geftflow.blackbox.DevCredentials.LENDER_PASSWORD;
import static com.geftflow.blackbox.DevCredentials.OPS;
import static com.geftflow.blackbox.DevCredentials.OPS_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The live metrics at {@code /metrics}, in Prometheus format, move with a payment's lifecycle. */
class MetricsIT {

  private static final String CREATES_OK = "geft_flinks_calls_seconds_count{endpoint=\"create\",mp_scope=\"application\","
      + "outcome=\"ok\",}";
  private static final String SCHEDULED_OUTCOMES = "geft_payment_outcome_seconds_count{mp_scope=\"application\","
      + "state=\"SCHEDULED\",}";
  private static final String ACKNOWLEDGEMENTS = "geft_webhook_acknowledgement_seconds_count{mp_scope=\"application\",}";
  private static final String SCHEDULED = "geft_payments{mp_scope=\"application\",state=\"SCHEDULED\",}";

  @Test
  void aScheduledPaymentMovesTheFlinksCallsTheWebhookTheOutcomeAndTheStateGauges() throws Exception {
    String before = metrics();
    String paymentId = Lender.startPayment("BB-METRICS-" + UUID.randomUUID());
    Sandbox.simulate(paymentId, "Happy1");
    Lender.awaitState(paymentId, "SCHEDULED");

    // the gauges are read at most every five seconds
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
      String after = metrics();
      assertThat(value(after, CREATES_OK)).isGreaterThan(value(before, CREATES_OK));
      assertThat(value(after, SCHEDULED_OUTCOMES)).isGreaterThan(value(before, SCHEDULED_OUTCOMES));
      assertThat(value(after, ACKNOWLEDGEMENTS)).isGreaterThan(value(before, ACKNOWLEDGEMENTS));
      assertThat(value(after, SCHEDULED)).isGreaterThan(value(before, SCHEDULED));
    });
    assertThat(metrics()).contains("geft_webhook_inbox_pending{").contains("geft_jobs_due{")
        .contains("geft_incidents_open{").contains("# TYPE geft_flinks_calls_seconds summary");
  }

  @Test
  void onlyOperationsReadMetricsAndOnlyOverHttps() throws Exception {
    assertThat(LibertyServer.httpsGet("/metrics", null, null).statusCode()).isEqualTo(401);
    assertThat(LibertyServer.httpsGet("/metrics", LENDER, LENDER_PASSWORD).statusCode()).isEqualTo(403);
    assertThat(LibertyServer.get("/metrics", OPS, OPS_PASSWORD).statusCode()).isNotEqualTo(200);
  }

  private static String metrics() throws Exception {
    HttpResponse<String> response = LibertyServer.httpsGet("/metrics?scope=application", OPS, OPS_PASSWORD);
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  /** The sample's value; 0 while it has none yet (no such call so far). */
  private static double value(String metrics, String sample) {
    Matcher line = Pattern.compile("^" + Pattern.quote(sample) + " (\\S+)$", Pattern.MULTILINE).matcher(metrics);
    return line.find() ? Double.parseDouble(line.group(1)) : 0;
  }
}
