package com.geftflow.blackbox;

import static com.geftflow.blackbox.DevCredentials.AUDITOR;
import static com.geftflow.blackbox.DevCredentials.AUDITOR_PASSWORD;
import static com.geftflow.blackbox.DevCredentials.LENDER;
import static com.geftflow.blackbox.DevCredentials.LENDER_PASSWORD;
import static com.geftflow.blackbox.DevCredentials.OTHER_LENDER;
import static com.geftflow.blackbox.DevCredentials.OTHER_LENDER_PASSWORD;
import static com.geftflow.blackbox.LibertyServer.basic;
import static com.geftflow.blackbox.LibertyServer.request;
import static com.geftflow.blackbox.LibertyServer.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** What one caller can do to another through the dev server. */
class SecurityIT {

  @Test
  void theSameIdempotencyKeyFromTwoLenderSystemsStartsTwoPaymentsAndNeitherSeesTheOthersToken() throws Exception {
    String key = "order-" + UUID.randomUUID();
    String body = Lender.body("BB-IDEMPOTENT-" + UUID.randomUUID(), "500.00");

    HttpResponse<String> first = start(LENDER, LENDER_PASSWORD, key, body);
    HttpResponse<String> other = start(OTHER_LENDER, OTHER_LENDER_PASSWORD, key, body);
    HttpResponse<String> replay = start(LENDER, LENDER_PASSWORD, key, body);

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(other.statusCode()).as(other.body()).isEqualTo(201);
    assertThat(other.headers().firstValue("Idempotent-Replay")).isEmpty();
    assertThat(Json.field(other.body(), "paymentId")).isNotEqualTo(Json.field(first.body(), "paymentId"));
    assertThat(replay.headers().firstValue("Idempotent-Replay")).hasValue("true");
    assertThat(Json.field(replay.body(), "paymentId")).isEqualTo(Json.field(first.body(), "paymentId"));
  }

  @Test
  void aBurstOfFrontendEventsIsCutOffAndTheTimelineStaysBounded() throws Exception {
    String paymentId = Lender.startPayment("BB-BURST-" + UUID.randomUUID());
    String events = Lender.frontendEvents(paymentId);
    List<Integer> answers = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      // alternating, so that no event repeats the one before it
      answers.add(LibertyServer.post(events, null, null, "{\"Step\":\"" + (i % 2 == 0 ? "STEP_A" : "STEP_B") + "\"}")
          .statusCode());
    }

    assertThat(answers.subList(0, 30)).containsOnly(204);
    assertThat(answers.subList(30, 100)).containsOnly(429);
    assertThat(Lender.view(paymentId).split("\"source\":\"FRONTEND\"", -1)).hasSize(31);
  }

  @Test
  void aRepeatedStepIsRecordedOnce() throws Exception {
    String paymentId = Lender.startPayment("BB-REPEAT-" + UUID.randomUUID());
    for (int i = 0; i < 5; i++) {
      assertThat(LibertyServer.post(Lender.frontendEvents(paymentId), null, null, "{\"Step\":\"INSTITUTION_SELECTED\"}")
          .statusCode()).isEqualTo(204);
    }

    assertThat(Lender.view(paymentId).split("\"kind\":\"INSTITUTION_SELECTED\"", -1)).hasSize(2);
  }

  @Test
  void anEndedPaymentsTokenShowsTheOutcomeButPostsNoMoreEvents() throws Exception {
    String paymentId = Lender.startPayment("BB-ENDED-TOKEN-" + UUID.randomUUID());
    String events = Lender.frontendEvents(paymentId);
    Sandbox.simulate(paymentId, "Happy1");
    Lender.awaitState(paymentId, "SCHEDULED");

    // the page's last steps may trail the outcome by geft.checkout.steps-after-end (3 s on this server), no longer
    AtomicReference<HttpResponse<String>> refused = new AtomicReference<>();
    await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500)).until(() -> {
      refused.set(LibertyServer.post(events, null, null, "{\"Step\":\"SUCCESS\"}"));
      return refused.get().statusCode() != 204;
    });

    assertThat(refused.get().statusCode()).isEqualTo(409);
    assertThat(refused.get().headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(Lender.view(paymentId).split("\"kind\":\"SUCCESS\"", -1)).as("the trailing step, once").hasSize(2);
    String checkout = Json.field(Lender.view(paymentId), "checkoutUrl").replace(LibertyServer.BASE_URL, "");
    assertThat(LibertyServer.get(checkout.replace("?token=", "/status?token=")).body()).contains("SCHEDULED");
  }

  @Test
  void aRotatedCheckoutLinkReplacesTheOldOneAtOnce() throws Exception {
    String paymentId = Lender.startPayment("BB-ROTATE-" + UUID.randomUUID());
    String old = Lender.frontendEvents(paymentId);

    HttpResponse<String> rotated = LibertyServer.post("/api/payments/" + paymentId + "/checkout-token", LENDER,
        LENDER_PASSWORD, null);

    assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
    String fresh = Lender.frontendEvents(paymentId);
    assertThat(fresh).isNotEqualTo(old);
    assertThat(LibertyServer.post(old, null, null, "{\"Step\":\"APP_MOUNTED\"}").statusCode()).isEqualTo(403);
    assertThat(LibertyServer.post(fresh, null, null, "{\"Step\":\"APP_MOUNTED\"}").statusCode()).isEqualTo(204);
    assertThat(LibertyServer.post("/api/payments/" + paymentId + "/checkout-token", DevCredentials.AUDITOR,
        DevCredentials.AUDITOR_PASSWORD, null).statusCode()).isEqualTo(403);
  }

  @Test
  void anAuditorReadsPaymentsButNeverTheirCheckoutLinks() throws Exception {
    String reference = "BB-AUDITOR-" + UUID.randomUUID();
    String paymentId = Lender.startPayment(reference);
    String token = Lender.checkoutToken(paymentId);

    HttpResponse<String> row = LibertyServer.get("/api/payments?referenceId=" + reference, AUDITOR, AUDITOR_PASSWORD);
    HttpResponse<String> one = LibertyServer.get("/api/payments/" + paymentId, AUDITOR, AUDITOR_PASSWORD);

    assertThat(row.statusCode()).isEqualTo(200);
    assertThat(row.body()).contains(paymentId).doesNotContain(token).doesNotContain("checkoutUrl");
    assertThat(one.body()).contains(paymentId).doesNotContain(token);
  }

  @Test
  void everyRefusalIsAProblemDocumentWhoeverMakesIt() throws Exception {
    String lender = basic(LENDER, LENDER_PASSWORD);
    List<HttpRequest> refused = List.of(
        request("/api/payments").GET().build(),
        request("/api/payments").header("Authorization", basic(AUDITOR, AUDITOR_PASSWORD))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
        request("/api/payments/" + UUID.randomUUID()).header("Authorization", lender).GET().build(),
        request("/api/no-such-resource").header("Authorization", lender).GET().build(),
        request("/api/payments").header("Authorization", lender).DELETE().build(),
        request("/api/payments").header("Authorization", lender).header("Content-Type", "text/plain")
            .POST(HttpRequest.BodyPublishers.ofString("hello")).build(),
        request("/checkout/" + UUID.randomUUID() + "/status?token=nope").GET().build(),
        request("/webhooks/flinks/geft").GET().build());

    for (HttpRequest request : refused) {
      HttpResponse<String> answer = send(request);
      assertThat(answer.statusCode()).as(request.method() + " " + request.uri()).isBetween(400, 499);
      assertThat(answer.headers().firstValue("Content-Type")).as(request.method() + " " + request.uri())
          .hasValue("application/problem+json");
      assertThat(answer.body()).contains("\"status\":" + answer.statusCode());
    }
    assertThat(send(refused.get(0)).headers().firstValue("WWW-Authenticate")).as("the challenge stays").isPresent();
  }

  @Test
  void camundasFirstUserSetupIsClosed() throws Exception {
    HttpRequest.Builder setup = request("/camunda/api/admin/setup/default/user/create")
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
            "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"I\",\"lastName\":\"N\",\"email\":\"i@n.example\"},"
                + "\"credentials\":{\"password\":\"intruder-password\"}}"));

    assertThat(send(setup.build()).statusCode()).as("anonymous").isEqualTo(401);
    assertThat(send(setup.header("Authorization", LibertyServer.basic(DevCredentials.ADMIN, DevCredentials.ADMIN_PASSWORD))
        .build()).statusCode()).as("even an administrator").isEqualTo(404);
    assertThat(LibertyServer.get("/engine-rest/user/intruder/profile", DevCredentials.ADMIN, DevCredentials.ADMIN_PASSWORD)
        .statusCode()).as("no user was created").isEqualTo(404);
  }

  @Test
  void theWebAppsSessionCookieIsHttpOnlyAndSameSite() throws Exception {
    HttpResponse<String> page = LibertyServer.get("/camunda/app/tasklist/default/", DevCredentials.OPS,
        DevCredentials.OPS_PASSWORD);

    assertThat(page.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
        .singleElement().satisfies(cookie -> assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax"));
  }

  private static HttpResponse<String> start(String user, String password, String key, String body) throws Exception {
    return send(request("/api/payments").header("Authorization", basic(user, password))
        .header("Content-Type", "application/json").header("Idempotency-Key", key)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }
}
