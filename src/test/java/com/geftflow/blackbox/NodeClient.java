package com.geftflow.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lender system and the sandbox's test hooks, against a server started by the tests themselves
 * (a production package on its own sandbox, or the load balancer before several). Behind a load
 * balancer a node may die under a request: a refusal of the balancer (502, 503, 504) is tried again,
 * a payment's start with the same {@code Idempotency-Key}, as a lender would.
 */
final class NodeClient {

  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  final String base;
  private final String user;
  private final String password;

  NodeClient(String base, String user, String password) {
    this.base = base;
    this.user = user;
    this.password = password;
  }

  /** Starts a payment; its id. */
  String start(String referenceId) {
    String key = UUID.randomUUID().toString();
    HttpResponse<String> created = send(() -> lender("/api/payments").header("Content-Type", "application/json")
        .header("Idempotency-Key", key)
        .POST(HttpRequest.BodyPublishers.ofString(Lender.body(referenceId, "120.00"))).build());
    assertThat(created.statusCode()).as(created.body()).isIn(200, 201);
    return Json.field(created.body(), "paymentId");
  }

  String view(String paymentId) {
    return send(() -> lender("/api/payments/" + paymentId).GET().build()).body();
  }

  /** A lender API GET. */
  HttpResponse<String> get(String path) {
    return send(() -> lender(path).GET().build());
  }

  String awaitState(String paymentId, String state, Duration patience) {
    return await("payment " + paymentId + " reaching " + state).atMost(patience).pollInterval(Duration.ofMillis(500))
        .until(() -> view(paymentId), view -> view.contains("\"state\":\"" + state + "\""));
  }

  void simulate(String paymentId, String scenario) {
    String sessionId = Json.field(view(paymentId), "sessionId");
    HttpResponse<String> simulated = sandbox("POST", Sandbox.SESSIONS + "/" + sessionId + "/simulate",
        "{\"scenario\":\"" + scenario + "\"}");
    assertThat(simulated.statusCode()).as(simulated.body()).isEqualTo(200);
  }

  HttpResponse<String> sandbox(String method, String path, String json) {
    return send(() -> HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .header("x-api-key", ProductionServer.SANDBOX_KEY).header("x-client-id", ProductionServer.SANDBOX_CLIENT)
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
        .build());
  }

  /** The create calls that reached this node's sandbox (counted before its latency). */
  long sandboxCreates() {
    Matcher create = Pattern.compile("\"POST create\":(\\d+)")
        .matcher(sandbox("GET", "/sandbox/flinks/admin/faults/calls", null).body());
    return create.find() ? Long.parseLong(create.group(1)) : 0;
  }

  private HttpRequest.Builder lender(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
        .header("Authorization", LibertyServer.basic(user, password));
  }

  private interface Request {
    HttpRequest build();
  }

  private static HttpResponse<String> send(Request request) {
    return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).ignoreExceptions()
        .until(() -> CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString()),
            answer -> answer.statusCode() != 502 && answer.statusCode() != 503 && answer.statusCode() != 504);
  }
}
