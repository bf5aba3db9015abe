package com.geftflow.blackbox;

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
        .header("Authorization", LibertyServer.basic("lender", "lender")).header("Idempotency-Key", key)
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  @Test
  void everyInvalidFieldIsReportedAndNothingIsStarted() throws Exception {
    String reference = "BB-INVALID-" + UUID.randomUUID();
    HttpResponse<String> invalid = post("/api/payments", "lender", "lender", """
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
    assertThat(get("/api/payments?referenceId=" + reference, "lender", "lender").body()).isEqualTo("[]");
  }

  @Test
  void aBodyThatIsNotJsonIsAFieldLevelError() throws Exception {
    HttpResponse<String> broken = post("/api/payments", "lender", "lender", "{not json");

    assertThat(broken.statusCode()).isEqualTo(400);
    assertThat(broken.body()).contains("\"field\":\"body\"");
  }

  @Test
  void aReplayWithTheSameKeyReturnsTheFirstPaymentAndAnotherRequestWithItIsRefused() throws Exception {
    String key = "key-" + UUID.randomUUID();
    String reference = "BB-IDEMPOTENT-" + UUID.randomUUID();
    String json = LifecycleIT.body(reference, "75.00");

    HttpResponse<String> first = postWithKey(key, json);
    HttpResponse<String> replay = postWithKey(key, json);
    HttpResponse<String> other = postWithKey(key, LifecycleIT.body(reference, "76.00"));

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(replay.statusCode()).isEqualTo(201);
    assertThat(Json.field(replay.body(), "paymentId")).isEqualTo(Json.field(first.body(), "paymentId"));
    assertThat(replay.headers().firstValue("Idempotent-Replay")).hasValue("true");
    assertThat(other.statusCode()).isEqualTo(422);
    assertThat(get("/api/payments?referenceId=" + reference, "lender", "lender").body())
        .contains(Json.field(first.body(), "paymentId")).doesNotContain("76.00");
  }

  @Test
  void eachRoleIsHeldToItsEndpoints() throws Exception {
    String json = LifecycleIT.body("BB-ROLES-" + UUID.randomUUID(), "10.00");

    assertThat(post("/api/payments", null, null, json).statusCode()).isEqualTo(401);
    assertThat(post("/api/payments", "lender", "wrong", json).statusCode()).isEqualTo(401);
    assertThat(post("/api/payments", "auditor", "auditor", json).statusCode()).isEqualTo(403);
    assertThat(post("/api/payments", "ops", "ops", json).statusCode()).isEqualTo(403);
    assertThat(get("/api/payments", null, null).statusCode()).isEqualTo(401);
    assertThat(get("/api/payments?limit=1", "auditor", "auditor").statusCode()).isEqualTo(200);
    assertThat(get("/api/payments?limit=1", "ops", "ops").statusCode()).isEqualTo(200);
  }

  @Test
  void searchRefusesAnUnknownStateAndAnUnknownPaymentIs404() throws Exception {
    HttpResponse<String> badState = get("/api/payments?state=DONE", "lender", "lender");
    assertThat(badState.statusCode()).isEqualTo(400);
    assertThat(badState.body()).contains("\"field\":\"state\"");

    assertThat(get("/api/payments/" + UUID.randomUUID(), "lender", "lender").statusCode()).isEqualTo(404);
  }

  @Test
  void frontendEventsNeedThePaymentsOwnCheckoutToken() throws Exception {
    String paymentId = LifecycleIT.startPayment("BB-FRONTEND-" + UUID.randomUUID());
    String checkoutUrl = Json.field(LifecycleIT.view(paymentId), "checkoutUrl");
    String token = checkoutUrl.substring(checkoutUrl.indexOf("token=") + "token=".length());
    String otherPayment = LifecycleIT.startPayment("BB-FRONTEND-OTHER-" + UUID.randomUUID());

    assertThat(post("/api/payments/" + paymentId + "/frontend-events?token=" + token, null, null,
        "{\"Step\":\"APP_MOUNTED\"}").statusCode()).isEqualTo(204);
    assertThat(post("/api/payments/" + otherPayment + "/frontend-events?token=" + token, null, null,
        "{\"Step\":\"SUCCESS\"}").statusCode()).isEqualTo(403);
    assertThat(post("/api/payments/" + paymentId + "/frontend-events", null, null,
        "{\"Step\":\"SUCCESS\"}").statusCode()).isEqualTo(403);

    assertThat(LifecycleIT.view(paymentId)).contains("\"source\":\"FRONTEND\"").contains("\"kind\":\"APP_MOUNTED\"")
        .contains("\"state\":\"AWAITING_BORROWER\"");
    assertThat(LifecycleIT.view(otherPayment)).doesNotContain("\"source\":\"FRONTEND\"");
  }
}
