package com.geftflow.blackbox;

import static com.geftflow.blackbox.DevCredentials.AUDITOR;
import static com.geftflow.blackbox.DevCredentials.AUDITOR_PASSWORD;
import static com.geftflow.blackbox.DevCredentials.LENDER;
import static com.geftflow.blackbox.DevCredentials.LENDER_PASSWORD;
import static com.geftflow.blackbox.DevCredentials.OPS;
import static com.geftflow.blackbox.DevCredentials.OPS_PASSWORD;
import static com.geftflow.blackbox.DevCredentials.OTHER_LENDER;
import static com.geftflow.blackbox.DevCredentials.OTHER_LENDER_PASSWORD;
import static com.geftflow.blackbox.LibertyServer.get;
import static com.geftflow.blackbox.LibertyServer.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The lender-event endpoints on the test server, which has no receiver configured: events are
 * recorded and pulled, never pushed. Odd cursors and limits are refused as problem documents.
 */
class LenderEventsApiIT {

  @Test
  void aPaymentsEventsAreListedAndPulledByItsLenderOnly() throws Exception {
    String paymentId = Lender.startPayment("BB-EVENTS-" + UUID.randomUUID());
    String events = await().atMost(Lender.PATIENCE).until(
        () -> get("/api/payments/" + paymentId + "/events", AUDITOR, AUDITOR_PASSWORD).body(),
        body -> body.contains("\"type\":\"CHECKOUT_READY\"") && !body.contains("\"delivery\":\"PENDING\"")
            && !body.contains("\"position\":null"));
    assertThat(events).contains("\"type\":\"CREATED\"").contains("\"delivery\":\"NOT_SUBSCRIBED\"")
        .doesNotContain("\"delivery\":\"DELIVERED\"");
    String firstEvent = Json.field(events, "id");

    // the feed: the lender's own events after the cursor; another lender's feed never shows them
    String page = get("/api/events?limit=500", LENDER, LENDER_PASSWORD).body();
    assertThat(page).contains(paymentId);
    assertThat(get("/api/events?after=" + firstEvent, LENDER, LENDER_PASSWORD).body()).doesNotContain(firstEvent)
        .contains("\"sequence\":2");
    assertThat(get("/api/events?limit=500", OTHER_LENDER, OTHER_LENDER_PASSWORD).body()).doesNotContain(paymentId);

    // only a FAILED event is redelivered, only by operations
    String redeliver = "/api/payments/" + paymentId + "/events/" + firstEvent + "/redeliver";
    assertThat(post(redeliver, LENDER, LENDER_PASSWORD, null).statusCode()).isEqualTo(403);
    assertProblem(post(redeliver, OPS, OPS_PASSWORD, null), 409);
    assertProblem(post("/api/payments/" + paymentId + "/events/" + UUID.randomUUID() + "/redeliver", OPS,
        OPS_PASSWORD, null), 404);
    assertProblem(get("/api/payments/" + UUID.randomUUID() + "/events", OPS, OPS_PASSWORD), 404);
  }

  @Test
  void oddCursorsAndLimitsAreRefusedWithProblems() throws Exception {
    for (String query : new String[] {"after=nope", "after=" + UUID.randomUUID(), "after=%01%02", "limit=0",
        "limit=501", "limit=abc", "limit=99999999999999999999", "after=" + "a".repeat(5000)}) {
      HttpResponse<String> refused = get("/api/events?" + query, LENDER, LENDER_PASSWORD);
      assertProblem(refused, 400);
      assertThat(refused.body()).as(query).contains("\"field\"");
    }
  }

  private static void assertProblem(HttpResponse<String> answer, int status) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
  }
}
