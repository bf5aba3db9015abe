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
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
  private static final Pattern FEED_EVENT = Pattern.compile(
      "\\{\"id\":\"([^\"]+)\"[^{}]*?\"paymentId\":\"([^\"]+)\"[^{}]*?\"state\":\"([^\"]+)\"");
  private static final Pattern TOKEN = Pattern.compile("token=([0-9a-f]+)");
  private static final Duration PATIENCE = Duration.ofMinutes(5);
  /** The feed reader's pause when it found nothing new: an outcome reaches the lender at most this late. */
  private static final Duration FEED_PAUSE = Duration.ofMillis(50);

  private final String baseUrl = System.getProperty("benchmark.url", "http://localhost:9080");
  private final int payments = Integer.getInteger("benchmark.payments", 1000);
  private final int concurrency = Integer.getInteger("benchmark.concurrency", 16);
  /** Payments run first and not counted, as the bare engine's benchmark does: a JVM that has warmed up. */
  private final int warmup = Integer.getInteger("benchmark.warmup", 200);
  private final String lender = System.getProperty("benchmark.lender", "lender:lender");
  private final String webhookSecret = System.getProperty("benchmark.webhook-secret", "sandbox-webhook-secret");
  private final String mode = System.getProperty("benchmark.mode", "happy");
  private final boolean realistic = "realistic".equals(mode);
  /** Mode webhooks: this many payments wait, then webhooks arrive at this rate for this long. */
  private final int waiting = Integer.getInteger("benchmark.waiting", 1000);
  private final int webhookRate = Integer.getInteger("benchmark.webhook-rate", 50);
  private final Duration webhookFor = Duration.parse(System.getProperty("benchmark.webhook-for", "PT60S"));
  private final boolean dropWebhooks = Boolean.getBoolean("benchmark.drop-webhooks");
  /** Realistic mode: the borrower arrives within this, and stays in the iframe between the two. */
  private final Duration arrivalMax = Duration.parse(System.getProperty("benchmark.arrival-max", "PT30S"));
  private final Duration stayMin = Duration.parse(System.getProperty("benchmark.stay-min", "PT10S"));
  private final Duration stayMax = Duration.parse(System.getProperty("benchmark.stay-max", "PT50S"));
  private final Duration stepEvery = Duration.parse(System.getProperty("benchmark.step-every", "PT4S"));
  private final List<Long> outcomeDelayMillis = Collections.synchronizedList(new ArrayList<>());
  /** HTTP/1.1, a connection per request in flight, as separate lenders and Flinks connect; over one
   * HTTP/2 connection the server refuses streams past its limit ("too many concurrent streams"). */
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  private EventFeed feed;

  private final List<Long> endToEndMillis = Collections.synchronizedList(new ArrayList<>());
  private final List<Long> webhookAckMillis = Collections.synchronizedList(new ArrayList<>());
  /** Where a payment's time goes, phase by phase, in the order they happen. */
  private final Map<String, List<Long>> phases = Collections.synchronizedMap(new java.util.LinkedHashMap<>());

  public static void main(String[] args) throws Exception {
    new PaymentsBenchmark().run();
  }

  private void run() throws Exception {
    sandboxFaults("PUT", "{\"dropWebhooks\": " + (!realistic || dropWebhooks) + "}");
    send("DELETE", "/sandbox/flinks/admin/faults/calls", null, null, "sandbox");
    feed = new EventFeed();
    Thread reader = new Thread(feed, "event-feed");
    reader.start();
    Instant start;
    int failed;
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    try {
      if ("webhooks".equals(mode)) {
        webhooksWhilePaymentsWait(pool);
        return;
      }
      if (warmup > 0) {
        drive(pool, warmup);
        List.of(endToEndMillis, webhookAckMillis, outcomeDelayMillis).forEach(List::clear);
        phases.clear();
        send("DELETE", "/sandbox/flinks/admin/faults/calls", null, null, "sandbox");
      }
      start = Instant.now();
      failed = drive(pool, payments);
    } finally {
      pool.shutdownNow();
      reader.interrupt();
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
      phases.forEach((phase, millis) -> System.out.printf("  phase %s: p50 %d ms, p99 %d ms%n", phase,
          percentile(millis, 50), percentile(millis, 99)));
    }
  }

  /**
   * {@code waiting} payments wait for their borrowers; then webhooks arrive for them at
   * {@code webhookRate} a second, on schedule however slowly they are answered (Flinks does not wait
   * either), each waking its payment's process, which reads the status (still Initiated) and waits on.
   */
  private void webhooksWhilePaymentsWait(ExecutorService pool) throws Exception {
    List<String[]> sessions = Collections.synchronizedList(new ArrayList<>());
    Instant creating = Instant.now();
    List<Future<?>> starts = new ArrayList<>();
    for (int i = 0; i < waiting; i++) {
      starts.add(pool.submit(() -> {
        Instant started = Instant.now();
        String reference = "BENCH-" + UUID.randomUUID();
        String paymentId = match(PAYMENT_ID, startPayment(reference).body());
        sessions.add(new String[] {match(SESSION_ID, awaitPayment(paymentId, "AWAITING_BORROWER")), reference});
        endToEndMillis.add(Duration.between(started, Instant.now()).toMillis());
        return null;
      }));
    }
    for (Future<?> start : starts) {
      start.get();
    }
    System.out.printf("waiting payments: %d in %.1f s; start to AWAITING_BORROWER p50 %d ms, p99 %d ms%n",
        sessions.size(), Duration.between(creating, Instant.now()).toMillis() / 1000.0,
        percentile(endToEndMillis, 50), percentile(endToEndMillis, 99));

    long total = webhookRate * webhookFor.toSeconds();
    AtomicLong sent = new AtomicLong();
    Map<String, Integer> refused = new ConcurrentHashMap<>();
    CountDownLatch answered = new CountDownLatch((int) total);
    ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    clock.scheduleAtFixedRate(() -> {
      long n = sent.getAndIncrement();
      if (n >= total) {
        return;
      }
      String[] session = sessions.get((int) (n % sessions.size()));
      String webhook = "{\"eventType\":\"SessionSetupStatusChanged\",\"sessionId\":\"" + session[0]
          + "\",\"referenceId\":\"" + session[1]
          + "\",\"status\":\"Initiated\",\"statusDetails\":\"EFT0101\",\"when\":\""
          + Instant.now() + "\"}";
      Instant at = Instant.now();
      http.sendAsync(webhookRequest(webhook), HttpResponse.BodyHandlers.discarding()).whenComplete((ack, e) -> {
        webhookAckMillis.add(Duration.between(at, Instant.now()).toMillis());
        if (e != null || ack.statusCode() != 200) {
          String why = e != null ? e.getClass().getSimpleName() + ": " + e.getMessage() : "HTTP " + ack.statusCode();
          refused.merge(why, 1, Integer::sum);
        }
        answered.countDown();
      });
    }, 0, 1_000_000_000L / webhookRate, TimeUnit.NANOSECONDS);
    boolean all = answered.await(webhookFor.toSeconds() + 60, TimeUnit.SECONDS);
    clock.shutdownNow();
    System.out.printf("webhooks: %d at %d/s for %s while %d payments wait, not answered 200: %s%s%n", total,
        webhookRate, webhookFor, sessions.size(), refused, all ? "" : " (some never answered)");
    System.out.printf("webhook acknowledgement: p50 %d ms, p99 %d ms, max %d ms%n", percentile(webhookAckMillis, 50),
        percentile(webhookAckMillis, 99), percentile(webhookAckMillis, 100));
  }

  /** Runs {@code n} payments, {@code concurrency} at a time; returns how many failed. */
  private int drive(ExecutorService pool, int n) throws InterruptedException {
    List<Future<?>> runs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      runs.add(pool.submit(() -> {
        if (realistic) {
          oneRealisticPayment();
        } else {
          onePayment();
        }
        return null;
      }));
    }
    int failed = 0;
    for (Future<?> run : runs) {
      try {
        run.get();
      } catch (ExecutionException e) {
        failed++;
        System.err.println("payment failed: " + e.getCause());
      }
    }
    return failed;
  }

  /** A borrower who comes late, spends a while in the iframe and pays; the sandbox sends the webhook. */
  private void oneRealisticPayment() throws Exception {
    Instant started = Instant.now();
    HttpResponse<String> created = startPayment("BENCH-" + UUID.randomUUID());
    String paymentId = match(PAYMENT_ID, created.body());
    String view = awaitPayment(paymentId, "AWAITING_BORROWER");
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
    awaitState(paymentId, "SCHEDULED");
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
    HttpResponse<String> created = startPayment(reference);
    Instant lap = lap("start", started);
    String paymentId = match(PAYMENT_ID, created.body());
    String sessionId = match(SESSION_ID, awaitPayment(paymentId, "AWAITING_BORROWER"));
    lap = lap("to AWAITING_BORROWER", lap);

    HttpResponse<String> simulated = send("POST", "/sandbox/flinks/api/v2/sessions/" + sessionId + "/simulate", null,
        "{\"scenario\":\"Happy1\"}", "sandbox");
    if (simulated.statusCode() != 200) {
      throw new IllegalStateException("simulate answered " + simulated.statusCode());
    }
    String webhook = "{\"eventType\":\"SessionSetupStatusChanged\",\"sessionId\":\"" + sessionId
        + "\",\"referenceId\":\"" + reference + "\",\"status\":\"Completed\",\"statusDetails\":\"EFT0301\",\"when\":\""
        + Instant.now() + "\"}";
    Instant sent = lap("borrower completes", lap);
    HttpResponse<String> ack = http.send(webhookRequest(webhook), HttpResponse.BodyHandlers.ofString());
    webhookAckMillis.add(Duration.between(sent, Instant.now()).toMillis());
    if (ack.statusCode() != 200) {
      throw new IllegalStateException("webhook answered " + ack.statusCode());
    }
    lap = lap("webhook", sent);
    awaitState(paymentId, "SCHEDULED");
    lap("to SCHEDULED", lap);
    endToEndMillis.add(Duration.between(started, Instant.now()).toMillis());
  }

  private HttpResponse<String> startPayment(String reference) throws Exception {
    HttpResponse<String> created = send("POST", "/api/payments", lender, """
        {"referenceId":"%s","amount":100.00,"payor":{"firstName":"Bench","lastName":"Mark"},
         "payee":{"account":{"accountNumber":"12345678","transitNumber":"12345","institutionCode":"999"}}}
        """.formatted(reference), null);
    if (created.statusCode() != 201) {
      throw new IllegalStateException("start answered " + created.statusCode());
    }
    return created;
  }

  /** Signed as Flinks signs, so that its acknowledgement is timed where Flinks would time it. */
  private HttpRequest webhookRequest(String webhook) {
    return HttpRequest.newBuilder(URI.create(baseUrl + "/webhooks/flinks/geft")).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json; charset=utf-8")
        .header("X-Webhook-Signature", sign(webhook))
        .POST(HttpRequest.BodyPublishers.ofString(webhook)).build();
  }

  /** Adds the time since {@code since} to the phase's figures; returns now, the next phase's start. */
  private Instant lap(String phase, Instant since) {
    Instant now = Instant.now();
    phases.computeIfAbsent(phase, p -> Collections.synchronizedList(new ArrayList<>()))
        .add(Duration.between(since, now).toMillis());
    return now;
  }

  /** Waits until the lender event feed announces the payment in {@code state}. */
  private void awaitState(String paymentId, String state) throws Exception {
    feed.announced(paymentId, state).get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Waits for the state, then reads the payment once, as a lender reads the session id and link. */
  private String awaitPayment(String paymentId, String state) throws Exception {
    awaitState(paymentId, state);
    return send("GET", "/api/payments/" + paymentId, lender, null, null).body();
  }

  /**
   * Reads {@code GET /api/events} as the lender would instead of polling each payment: one reader
   * for all payments, each event completing whoever waits for its payment's state.
   */
  private final class EventFeed implements Runnable {
    private final Map<String, CompletableFuture<Void>> announced = new ConcurrentHashMap<>();
    private volatile String cursor;

    /** Starts after the events already in the feed. */
    EventFeed() throws Exception {
      List<String[]> page;
      while (!(page = page()).isEmpty()) {
        cursor = page.get(page.size() - 1)[0];
      }
    }

    CompletableFuture<Void> announced(String paymentId, String state) {
      return announced.computeIfAbsent(paymentId + "/" + state, k -> new CompletableFuture<>());
    }

    @Override
    public void run() {
      while (!Thread.currentThread().isInterrupted()) {
        try {
          List<String[]> page = page();
          for (String[] event : page) {
            announced(event[1], event[2]).complete(null);
            cursor = event[0];
          }
          if (page.isEmpty()) {
            Thread.sleep(FEED_PAUSE.toMillis());
          }
        } catch (InterruptedException e) {
          return;
        } catch (Exception e) {
          System.err.println("event feed: " + e);
        }
      }
    }

    /** Each event as {id, paymentId, state}. */
    private List<String[]> page() throws Exception {
      String body = send("GET", "/api/events?limit=500" + (cursor == null ? "" : "&after=" + cursor), lender, null,
          null).body();
      List<String[]> events = new ArrayList<>();
      Matcher m = FEED_EVENT.matcher(body);
      while (m.find()) {
        events.add(new String[] {m.group(1), m.group(2), m.group(3)});
      }
      return events;
    }
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
