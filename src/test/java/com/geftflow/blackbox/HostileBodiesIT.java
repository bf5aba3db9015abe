package com.geftflow.blackbox;

import static com.geftflow.blackbox.DevCredentials.LENDER;
import static com.geftflow.blackbox.DevCredentials.LENDER_PASSWORD;
import static com.geftflow.blackbox.LibertyServer.basic;
import static com.geftflow.blackbox.LibertyServer.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Bodies a careless or hostile client sends to every endpoint that reads JSON: each is refused at
 * once with a problem document, and the server keeps answering everyone.
 */
class HostileBodiesIT {

  /** Truncated (the first hung the JSON binding for ever), trailing garbage, a raw NUL, empty structure. */
  private static final List<String> MALFORMED = List.of("{\"zzz\":{\"a\":1", "{\"referenceId\":\"R\",\"payor\":{\"firstName\":\"J",
      "{\"a\":[1,2", "{", "[", "{\"a\":1}{", "{\"a\":1} x", "\u0000", "{\"a\":\"\u0000\"}");

  /** Fails with a timeout, not an answer, should a request hang. */
  private static final Duration ANSWER_WITHIN = Duration.ofSeconds(5);

  private record Endpoint(String method, String path, String authorization, boolean signed) {
  }

  @Test
  void malformedJsonIsRefusedAtOnceEverywhereAndTheServerStaysReady() throws Exception {
    String paymentId = Lender.startPayment("BB-HOSTILE-" + UUID.randomUUID());
    String sessionId = Json.field(Lender.view(paymentId), "sessionId");
    String lender = basic(LENDER, LENDER_PASSWORD);
    List<Endpoint> endpoints = List.of(
        new Endpoint("POST", "/api/payments", lender, false),
        new Endpoint("POST", "/api/payments/" + paymentId + "/guarantee-decision", lender, false),
        new Endpoint("POST", Lender.frontendEvents(paymentId), null, false),
        new Endpoint("POST", "/webhooks/flinks/geft", null, true),
        new Endpoint("POST", Sandbox.SESSIONS, null, false),
        new Endpoint("POST", Sandbox.SESSIONS + "/" + sessionId + "/simulate", null, false),
        new Endpoint("POST", Sandbox.SESSIONS + "/" + sessionId + "/guarantees/confirm", null, false),
        new Endpoint("POST", "/sandbox/flinks/app/api/sessions/" + sessionId + "/login", null, false),
        new Endpoint("PUT", "/sandbox/flinks/admin/faults", null, false));

    for (Endpoint endpoint : endpoints) {
      for (String body : MALFORMED) {
        HttpResponse<String> answer = send(endpoint, body);
        assertThat(answer.statusCode()).as(endpoint + " " + body).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).as(endpoint + " " + body)
            .hasValue("application/problem+json");
      }
    }

    HttpResponse<String> ready = LibertyServer.send(request("/health/ready").timeout(Duration.ofSeconds(1)).GET().build());
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(Lender.view(paymentId)).contains("\"state\":\"AWAITING_BORROWER\"");
  }

  @Test
  void aControlCharacterInATextFieldIsAFieldError() throws Exception {
    String body = Lender.body("BB-NUL-" + UUID.randomUUID(), "500.00").replace("\"John\"", "\"Jo\\u0000hn\"");

    HttpResponse<String> refused = LibertyServer.post("/api/payments", LENDER, LENDER_PASSWORD, body);

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("\"field\":\"payor.firstName\"").contains("control characters");
  }

  @Test
  void oneMebibyteBodiesAreRefusedAsTooLarge() throws Exception {
    String huge = "{\"referenceId\":\"" + "x".repeat(1 << 20) + "\"}";
    for (Endpoint endpoint : List.of(new Endpoint("POST", "/api/payments", basic(LENDER, LENDER_PASSWORD), false),
        new Endpoint("POST", "/webhooks/flinks/geft", null, true))) {
      HttpResponse<String> refused = send(endpoint, huge);
      assertThat(refused.statusCode()).as(endpoint.path()).isEqualTo(413);
      assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }
  }

  private static HttpResponse<String> send(Endpoint endpoint, String body) throws Exception {
    HttpRequest.Builder builder = request(endpoint.path()).timeout(ANSWER_WITHIN)
        .header("Content-Type", "application/json; charset=utf-8");
    if (endpoint.authorization() != null) {
      builder.header("Authorization", endpoint.authorization());
    }
    if (endpoint.path().startsWith("/sandbox/")) {
      builder.header("x-api-key", DevCredentials.SANDBOX_API_KEY).header("x-client-id", DevCredentials.SANDBOX_CLIENT_ID);
    }
    if (endpoint.signed()) {
      builder.header("X-Webhook-Signature", WebhookIT.sign(WebhookIT.SECRET, body.getBytes(StandardCharsets.UTF_8)));
    }
    return LibertyServer.send(builder.method(endpoint.method(), HttpRequest.BodyPublishers.ofString(body)).build());
  }
}
