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
 * <p>Mode {@code happy} (default), each payment: POST /api/payments, wait for its Flinks session, the
 * borrower completes Happy1 in the sandbox, and this client delivers the signed webhook itself (the
 * sandbox's own deliveries are switched off meanwhile) so that the webhook acknowledgement time is
 * measured where Flinks sees it.
 *
 * <p>Mode {@code realistic}: a borrower opens the checkout link after a random delay, spends a random
 * while in the iframe (its steps relayed as the checkout page relays them), finishes Happy1, and the
 * sandbox sends its own webhook (or drops it, with {@code -Dbenchmark.drop-webhooks=true}). It prints
 * the Flinks calls per payment, counted by the sandbox, and the delay from the borrower's last step
 * to the outcome.
 */
public final class PaymentsBenchmark {

  private static final Pattern PAYMENT_ID = Pattern.compile("\"paymentId\":\"([^\"]+)\"");
  private static final Pattern SESSION_ID = Pattern.compile("\"sessionId\":\"([^\"]+)\"");
  private static final Pattern TOKEN = Pattern.compile("token=([0-9a-f]+)");
  private static final Duration PATIENCE = Duration.ofMinutes(5);

  private final String baseUrl = System.getProperty("benchmark.url", "http://localhost:9080");
  private final int payments = Integer.getInteger("benchmark.payments", 1000);
  private final int concurrency = Integer.getInteger("benchmark.concurrency", 16);
  private final String lender = System.getProperty("benchmark.lender", "lender:lender");
  private final String webhookSecret = System.getProperty("benchmark.webhook-secret", "sandbox-webhook-secret");
  private final boolean realistic = "realistic".equals(System.getProperty("benchmark.mode", "happy"));
  private final boolean dropWebhooks = Boolean.getBoolean("benchmark.drop-webhooks");
  /** Realistic mode: the borrower arrives within this, and stays in the iframe between the two. */
  private final Duration arrivalMax = Duration.parse(System.getProperty("benchmark.arrival-max", "PT30S"));
  private final Duration stayMin = Duration.parse(System.getProperty("benchmark.stay-min", "PT10S"));
  private final Duration stayMax = Duration.parse(System.getProperty("benchmark.stay-max", "PT50S"));
  private final Duration stepEvery = Duration.parse(System.getProperty("benchmark.step-every", "PT4S"));
  private final List<Long> outcomeDelayMillis = Collections.synchronizedList(new ArrayList<>());
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final List<Long> endToEndMillis = Collections.synchronizedList(new ArrayList<>());
  private final List<Long> webhookAckMillis = Collections.synchronizedList(new ArrayList<>());

  public static void main(String[] args) throws Exception {
    new PaymentsBenchmark().run();
  }

  private void run() throws Exception {
    sandboxFaults("PUT", "{\"dropWebhooks\": " + (!realistic || dropWebhooks) + "}");
    send("DELETE", "/sandbox/flinks/admin/faults/calls", null, null, "sandbox");
    Instant start = Instant.now();
    int failed = 0;
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (int i = 0; i < payments; i++) {
        runs.add(pool.submit(() -> {
          if (realistic) {
            oneRealisticPayment();
          } else {
            onePayment();
          }
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
    if (realistic) {
      String calls = send("GET", "/sandbox/flinks/admin/faults/calls", null, null, "sandbox").body();
      long status = count(calls, "GET status");
      long details = count(calls, "GET details");
      System.out.printf("Flinks calls: %s%n", calls);
      System.out.printf("status + details calls per payment: %.2f (webhooks %s)%n",
          (status + details) / (double) Math.max(1, endToEndMillis.size()), dropWebhooks ? "dropped" : "on");
      System.out.printf("outcome after the borrower's last step: p50 %d ms, p99 %d ms%n",
          percentile(outcomeDelayMillis, 50), percentile(outcomeDelayMillis, 99));
    } else {
      System.out.printf("webhook acknowledgement: p50 %d ms, p99 %d ms%n", percentile(webhookAckMillis, 50),
          percentile(webhookAckMillis, 99));
    }
  }

  /** A borrower who comes late, spends a while in the iframe and pays; the sandbox sends the webhook. */
  private void oneRealisticPayment() throws Exception {
    Instant started = Instant.now();
    HttpResponse<String> created = send("POST", "/api/payments", lender, """
        {"referenceId":"BENCH-%s","amount":100.00,"payor":{"firstName":"Bench","lastName":"Mark"},
         "payee":{"account":{"accountNumber":"12345678","transitNumber":"12345","institutionCode":"999"}}}
        """.formatted(UUID.randomUUID()), null);
    if (created.statusCode() != 201) {
      throw new IllegalStateException("start answered " + created.statusCode());
    }
    String paymentId = match(PAYMENT_ID, created.body());
    String view = awaitPayment(paymentId, "\"state\":\"AWAITING_BORROWER\"");
    String sessionId = match(SESSION_ID, view);
    String token = match(TOKEN, view);
    java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
    Thread.sleep(random.nextLong(arrivalMax.toMillis() + 1));
    step(paymentId, token, "APP_MOUNTED");
    Instant leaves = Instant.now().plusMillis(random.nextLong(stayMin.toMillis(), stayMax.toMillis() + 1));
    while (Instant.now().isBefore(leaves)) {
      Thread.sleep(Math.min(stepEvery.toMillis(), Math.max(0, Duration.between(Instant.now(), leaves).toMillis())));
      step(paymentId, token, "INSTITUTION_SELECTED");
    }
    HttpResponse<String> simulated = send("POST", "/sandbox/flinks/api/v2/sessions/" + sessionId + "/simulate", null,
        "{\"scenario\":\"Happy1\"}", "sandbox");
    if (simulated.statusCode() != 200) {
      throw new IllegalStateException("simulate answered " + simulated.statusCode());
    }
    Instant finished = Instant.now();
    step(paymentId, token, "SUCCESS");
    awaitPayment(paymentId, "\"state\":\"SCHEDULED\"");
    outcomeDelayMillis.add(Duration.between(finished, Instant.now()).toMillis());
    endToEndMillis.add(Duration.between(started, Instant.now()).toMillis());
  }

  /** What the checkout page relays for the iframe. */
  private void step(String paymentId, String token, String step) throws Exception {
    HttpResponse<String> relayed = send("POST", "/api/payments/" + paymentId + "/frontend-events?token=" + token,
        null, "{\"Step\":\"" + step + "\"}", null);
    if (relayed.statusCode() != 204) {
      throw new IllegalStateException("frontend event answered " + relayed.statusCode());
    }
  }

  private static long count(String json, String endpoint) {
    Matcher m = Pattern.compile("\"" + endpoint + "\":(\\d+)").matcher(json);
    return m.find() ? Long.parseLong(m.group(1)) : 0;
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
