package com.geftflow.blackbox;

import static com.geftflow.blackbox.DevCredentials.AUDITOR;
import static com.geftflow.blackbox.DevCredentials.AUDITOR_PASSWORD;
import static com.geftflow.blackbox.DevCredentials.LENDER;
import static com.geftflow.blackbox.DevCredentials.LENDER_PASSWORD;
import static com.geftflow.blackbox.DevCredentials.OPS;
import static com.geftflow.blackbox.DevCredentials.OPS_PASSWORD;
import static com.geftflow.blackbox.LibertyServer.get;
import static com.geftflow.blackbox.LibertyServer.post;
import static com.geftflow.blackbox.LibertyServer.request;
import static com.geftflow.blackbox.LibertyServer.send;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The lender API's contract at its edges: validation, idempotency, roles, search. */
class LenderApiIT {

  private static HttpResponse<String> postWithKey(String key, String json) throws Exception {
    return send(request("/api/payments").header("Content-Type", "application/json")
        .header("Authorization", LibertyServer.basic(LENDER, LENDER_PASSWORD)).header("Idempotency-Key", key)
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  @Test
  void everyInvalidFieldIsReportedAndNothingIsStarted() throws Exception {
    String reference = "BB-INVALID-" + UUID.randomUUID();
    HttpResponse<String> invalid = post("/api/payments", LENDER, LENDER_PASSWORD, """
        {"referenceId":"%s","amount":-5,"currency":"USD",
         "payor":{"firstName":"","lastName":"Smith","address":{"addressLine1":"1 Main","city":"Toronto",
                  "postalCode":"12345","province":"XX","country":"CA"}},
         "payee":{"account":{"accountNumber":"12","transitNumber":"12345","institutionCode":"999"}}}
        """.formatted(reference));

    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(invalid.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
    assertThat(invalid.body()).contains("\"field\":\"amount\"").contains("\"field\":\"currency\"")
        .contains("\"field\":\"payor.firstName\"").contains("\"field\":\"payor.address.postalCode\"")
        .contains("\"field\":\"payor.address.province\"").contains("\"field\":\"payee.account.accountNumber\"");
    assertThat(get("/api/payments?referenceId=" + reference, LENDER, LENDER_PASSWORD).body()).isEqualTo("[]");
  }

  @Test
  void aBodyThatIsNotJsonIsAFieldLevelError() throws Exception {
    HttpResponse<String> broken = post("/api/payments", LENDER, LENDER_PASSWORD, "{not json");

    assertThat(broken.statusCode()).isEqualTo(400);
    assertThat(broken.body()).contains("\"field\":\"body\"");
  }

  @Test
  void aReplayWithTheSameKeyReturnsTheFirstPaymentAndAnotherRequestWithItIsRefused() throws Exception {
    String key = "key-" + UUID.randomUUID();
    String reference = "BB-IDEMPOTENT-" + UUID.randomUUID();
    String json = Lender.body(reference, "75.00");

    HttpResponse<String> first = postWithKey(key, json);
    HttpResponse<String> replay = postWithKey(key, json);
    HttpResponse<String> other = postWithKey(key, Lender.body(reference, "76.00"));

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(replay.statusCode()).isEqualTo(201);
    assertThat(Json.field(replay.body(), "paymentId")).isEqualTo(Json.field(first.body(), "paymentId"));
    assertThat(replay.headers().firstValue("Idempotent-Replay")).hasValue("true");
    assertThat(other.statusCode()).isEqualTo(422);
    assertThat(get("/api/payments?referenceId=" + reference, LENDER, LENDER_PASSWORD).body())
        .contains(Json.field(first.body(), "paymentId")).doesNotContain("76.00");
  }

  @Test
  void eachRoleIsHeldToItsEndpoints() throws Exception {
    String json = Lender.body("BB-ROLES-" + UUID.randomUUID(), "10.00");

    assertThat(post("/api/payments", null, null, json).statusCode()).isEqualTo(401);
    assertThat(post("/api/payments", LENDER, "wrong", json).statusCode()).isEqualTo(401);
    assertThat(post("/api/payments", AUDITOR, AUDITOR_PASSWORD, json).statusCode()).isEqualTo(403);
    assertThat(post("/api/payments", OPS, OPS_PASSWORD, json).statusCode()).isEqualTo(403);
    assertThat(get("/api/payments", null, null).statusCode()).isEqualTo(401);
    assertThat(get("/api/payments?limit=1", AUDITOR, AUDITOR_PASSWORD).statusCode()).isEqualTo(200);
    assertThat(get("/api/payments?limit=1", OPS, OPS_PASSWORD).statusCode()).isEqualTo(200);
  }

  @Test
  void searchRefusesAnUnknownStateAndAnUnknownPaymentIs404() throws Exception {
    HttpResponse<String> badState = get("/api/payments?state=DONE", LENDER, LENDER_PASSWORD);
    assertThat(badState.statusCode()).isEqualTo(400);
    assertThat(badState.body()).contains("\"field\":\"state\"");

    assertThat(get("/api/payments/" + UUID.randomUUID(), LENDER, LENDER_PASSWORD).statusCode()).isEqualTo(404);
  }

  @Test
  void frontendEventsNeedThePaymentsOwnCheckoutToken() throws Exception {
    String paymentId = Lender.startPayment("BB-FRONTEND-" + UUID.randomUUID());
    String token = Lender.checkoutToken(paymentId);
    String otherPayment = Lender.startPayment("BB-FRONTEND-OTHER-" + UUID.randomUUID());

    assertThat(post("/api/payments/" + paymentId + "/frontend-events?token=" + token, null, null,
        "{\"Step\":\"APP_MOUNTED\"}").statusCode()).isEqualTo(204);
    assertThat(post("/api/payments/" + otherPayment + "/frontend-events?token=" + token, null, null,
        "{\"Step\":\"SUCCESS\"}").statusCode()).isEqualTo(403);
    assertThat(post("/api/payments/" + paymentId + "/frontend-events", null, null,
        "{\"Step\":\"SUCCESS\"}").statusCode()).isEqualTo(403);

    assertThat(Lender.view(paymentId)).contains("\"source\":\"FRONTEND\"").contains("\"kind\":\"APP_MOUNTED\"")
        .contains("\"state\":\"AWAITING_BORROWER\"");
    assertThat(Lender.view(otherPayment)).doesNotContain("\"source\":\"FRONTEND\"");
  }
}
