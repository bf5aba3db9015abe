package com.geftflow.benchmark;

import com.geftflow.webhook.WebhookSignature;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives N payments through a running server (lender API + built-in sandbox) and prints throughput
 * and latencies. Not a test: run it with {@code mvn -Pbenchmark exec:java} (see docs/benchmarks.md).
 *
 * <p>Each payment: POST /api/payments, wait for its Flinks session, the borrower completes Happy1 in
 * the sandbox, and this client delivers the signed webhook itself (the sandbox's own deliveries are
 * switched off meanwhile) so that the webhook acknowledgement time is measured where Flinks sees it.
 */
public final class PaymentsBenchmark {

  private static final Pattern PAYMENT_ID = Pattern.compile("\"paymentId\":\"([^\"]+)\"");
  private static final Pattern SESSION_ID = Pattern.compile("\"sessionId\":\"([^\"]+)\"");
  private static final Duration PATIENCE = Duration.ofMinutes(5);

  private final String baseUrl = System.getProperty("benchmark.url", "http://localhost:9080");
  private final int payments = Integer.getInteger("benchmark.payments", 1000);
  private final int concurrency = Integer.getInteger("benchmark.concurrency", 16);
  private final String lender = System.getProperty("benchmark.lender", "lender:lender");
  private final String webhookSecret = System.getProperty("benchmark.webhook-secret", "sandbox-webhook-secret");
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final List<Long> endToEndMillis = Collections.synchronizedList(new ArrayList<>());
  private final List<Long> webhookAckMillis = Collections.synchronizedList(new ArrayList<>());

  public static void main(String[] args) throws Exception {
    new PaymentsBenchmark().run();
  }

  private void run() throws Exception {
    sandboxFaults("PUT", "{\"dropWebhooks\": true}");
    Instant start = Instant.now();
    int failed = 0;
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (int i = 0; i < payments; i++) {
        runs.add(pool.submit(() -> {
          onePayment();
          return null;
        }));
      }
      for (Future<?> run : runs) {
        try {
          run.get();
        } catch (Exception e) {
          failed++;
          System.err.println("payment failed: " + e.getCause());
        }
      }
    } finally {
      pool.shutdownNow();
      sandboxFaults("DELETE", null);
    }
    double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
    System.out.printf("payments: %d completed, %d failed, concurrency %d, in %.1f s%n",
        endToEndMillis.size(), failed, concurrency, seconds);
    System.out.printf("throughput: %.1f payments/s (start to SCHEDULED)%n", endToEndMillis.size() / seconds);
    System.out.printf("start to SCHEDULED: p50 %d ms, p99 %d ms%n", percentile(endToEndMillis, 50),
        percentile(endToEndMillis, 99));
    System.out.printf("webhook acknowledgement: p50 %d ms, p99 %d ms%n", percentile(webhookAckMillis, 50),
        percentile(webhookAckMillis, 99));
  }

  private void onePayment() throws Exception {
    Instant started = Instant.now();
    String reference = "BENCH-" + UUID.randomUUID();
    HttpResponse<String> created = send("POST", "/api/payments", lender, """
        {"referenceId":"%s","amount":100.00,"payor":{"firstName":"Bench","lastName":"Mark"},
         "payee":{"account":{"accountNumber":"12345678","transitNumber":"12345","institutionCode":"999"}}}
        """.formatted(reference), null);
    if (created.statusCode() != 201) {
      throw new IllegalStateException("start answered " + created.statusCode());
    }
    String paymentId = match(PAYMENT_ID, created.body());
    String sessionId = match(SESSION_ID, awaitPayment(paymentId, "\"state\":\"AWAITING_BORROWER\""));

    HttpResponse<String> simulated = send("POST", "/sandbox/flinks/api/v2/sessions/" + sessionId + "/simulate", null,
        "{\"scenario\":\"Happy1\"}", "sandbox");
    if (simulated.statusCode() != 200) {
      throw new IllegalStateException("simulate answered " + simulated.statusCode());
    }
    String webhook = "{\"eventType\":\"SessionSetupStatusChanged\",\"sessionId\":\"" + sessionId
        + "\",\"referenceId\":\"" + reference + "\",\"status\":\"Completed\",\"statusDetails\":\"EFT0301\",\"when\":\""
        + Instant.now() + "\"}";
    Instant sent = Instant.now();
    HttpResponse<String> ack = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/webhooks/flinks/geft"))
        .header("Content-Type", "application/json; charset=utf-8")
        .header("X-Webhook-Signature", sign(webhook))
        .POST(HttpRequest.BodyPublishers.ofString(webhook)).build(), HttpResponse.BodyHandlers.ofString());
    webhookAckMillis.add(Duration.between(sent, Instant.now()).toMillis());
    if (ack.statusCode() != 200) {
      throw new IllegalStateException("webhook answered " + ack.statusCode());
    }
    awaitPayment(paymentId, "\"state\":\"SCHEDULED\"");
    endToEndMillis.add(Duration.between(started, Instant.now()).toMillis());
  }

  private String awaitPayment(String paymentId, String marker) throws Exception {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (Instant.now().isBefore(deadline)) {
      String body = send("GET", "/api/payments/" + paymentId, lender, null, null).body();
      if (body.contains(marker)) {
        return body;
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("payment " + paymentId + " never showed " + marker);
  }

  private HttpResponse<String> send(String method, String path, String basic, String json, String sandbox)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json");
    if (basic != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
    }
    if (sandbox != null) {
      request.header("x-api-key", "sandbox-api-key").header("x-client-id", "sandbox-client");
    }
    request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private void sandboxFaults(String method, String json) throws Exception {
    send(method, "/sandbox/flinks/admin/faults", null, json, "sandbox");
  }

  private String sign(String body) {
    return WebhookSignature.sign(webhookSecret, body.getBytes(StandardCharsets.UTF_8));
  }

  private static String match(Pattern pattern, String body) {
    Matcher m = pattern.matcher(body);
    if (!m.find()) {
      throw new IllegalStateException("not found in " + body);
    }
    return m.group(1);
  }

  private static long percentile(List<Long> values, int p) {
    if (values.isEmpty()) {
      return -1;
    }
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }
}
