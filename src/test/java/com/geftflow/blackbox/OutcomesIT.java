package com.geftflow.blackbox;

import static com.geftflow.blackbox.DevCredentials.LENDER;
import static com.geftflow.blackbox.DevCredentials.LENDER_PASSWORD;
import static com.geftflow.blackbox.DevCredentials.OPS;
import static com.geftflow.blackbox.DevCredentials.OPS_PASSWORD;
import static com.geftflow.blackbox.LibertyServer.get;
import static com.geftflow.blackbox.LibertyServer.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * No outcome is lost (the IT server waits geft.pad.horizon = 3 s for a PAD signature, and checks it
 * every 2 s after): outcomes that arrive while operations hold a task, offers on amount-less
 * payments, a webhook inbox full of deliveries that cannot be applied yet.
 */
class OutcomesIT {

  @Test
  void aPadSignedAfterTheFollowUpOpenedSchedulesThePaymentAndClosesTheTask() throws Exception {
    String paymentId = Lender.startPayment("BB-PAD-LATE-" + UUID.randomUUID());
    simulate(paymentId, "{\"scenario\":\"PadPending\",\"padDelay\":\"PT15S\"}");
    String processInstanceId = Json.field(Lender.awaitState(paymentId, "PAD_PENDING"), "processInstanceId");

    String taskId = awaitTask(processInstanceId, "FollowUpPad");
    assertThat(Lender.view(paymentId)).contains("\"state\":\"PAD_PENDING\"");

    assertThat(Lender.awaitState(paymentId, "SCHEDULED")).contains("\"kind\":\"TASK_CLOSED\"")
        .contains("'Follow up on PAD signature' closed: Flinks settled the payment as SCHEDULED");
    assertThat(tasks(processInstanceId)).doesNotContain(taskId);
  }

  @Test
  void anAmountlessNextBestOfferSurvivesABorrowerStepAndTheLendersAcceptSchedulesTheOfferedAmount() throws Exception {
    HttpResponse<String> created = post("/api/payments", LENDER, LENDER_PASSWORD,
        Lender.body("BB-NO-AMOUNT-" + UUID.randomUUID(), "null"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String paymentId = Json.field(created.body(), "paymentId");
    Lender.awaitState(paymentId, "AWAITING_BORROWER");
    frontendStep(paymentId, "APP_MOUNTED");
    // the borrower enters 500.00; the sandbox guarantees 60 % of it
    HttpResponse<String> simulated = simulate(paymentId, "{\"scenario\":\"Happy2\",\"amount\":500.00}");
    assertThat(simulated.body()).as("/status reports what the borrower entered").containsPattern("\"amount\":500(\\.0+)?[,}]");
    frontendStep(paymentId, "NEXT_BEST_OFFER");
    String processInstanceId = Json.field(Lender.awaitState(paymentId, "OFFER_PENDING"), "processInstanceId");
    String taskId = awaitTask(processInstanceId, "DecideOffer");

    // one more step from the borrower's page: Flinks is asked again, the offer and its task stay
    frontendStep(paymentId, "SESSION_EXPIRED");
    await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
        .until(() -> tasks(processInstanceId).contains(taskId) && Lender.view(paymentId).contains("OFFER_PENDING"));

    HttpResponse<String> decided = post("/api/payments/" + paymentId + "/guarantee-decision", LENDER, LENDER_PASSWORD,
        "{\"accept\":true,\"reason\":\"policy\"}");
    assertThat(decided.statusCode()).as(decided.body()).isEqualTo(202);
    assertThat(Lender.awaitState(paymentId, "SCHEDULED")).containsPattern("\"scheduledAmount\":300(\\.0+)?[,}]");
  }

  @Test
  void aFreshWebhookIsAppliedAtOnceBehindOneHundredAndFiftyThatCannotBeAppliedYet() throws Exception {
    for (int i = 0; i < 150; i++) {
      // sessions no payment knows yet: kept pending for the grace period, tried again and again
      String json = WebhookIT.payload(UUID.randomUUID().toString(), Instant.now());
      assertThat(WebhookIT.deliver(json, WebhookIT.sign(WebhookIT.SECRET, json.getBytes(StandardCharsets.UTF_8)))
          .statusCode()).isEqualTo(200);
    }
    String paymentId = Lender.startPayment("BB-INBOX-" + UUID.randomUUID());

    Sandbox.simulate(paymentId, "Happy1");

    await("the webhook, not a poll, schedules the payment").atMost(Duration.ofSeconds(2))
        .pollInterval(Duration.ofMillis(100)).until(() -> Lender.view(paymentId).contains("\"state\":\"SCHEDULED\""));
    assertThat(Lender.view(paymentId)).contains("\"source\":\"WEBHOOK\"");
  }

  @Test
  void completingATaskWithAnotherPaymentsIdIsRefusedAndChangesNothing() throws Exception {
    String paymentId = Lender.startPayment("BB-PROTECT-" + UUID.randomUUID());
    String other = Lender.startPayment("BB-PROTECT-OTHER-" + UUID.randomUUID());
    Sandbox.simulate(paymentId, "Unhappy1");
    String processInstanceId = Json.field(Lender.awaitState(paymentId, "GUARANTEE_DECLINED"), "processInstanceId");
    String taskId = awaitTask(processInstanceId, "ArrangeAlternative");

    HttpResponse<String> refused = post("/engine-rest/task/" + taskId + "/submit-form", OPS, OPS_PASSWORD, """
        {"variables":{"decision":{"value":"NEW_SESSION","type":"String"},
                      "decisionReason":{"value":"x","type":"String"},
                      "paymentId":{"value":"%s","type":"String"}}}""".formatted(other));

    assertThat(refused.statusCode()).isGreaterThanOrEqualTo(400).isLessThan(500);
    assertThat(refused.body()).contains("paymentId belongs to the process");
    assertThat(tasks(processInstanceId)).contains(taskId);
    assertThat(Lender.view(other)).contains("\"state\":\"AWAITING_BORROWER\"");
    assertThat(Lender.view(paymentId)).contains("\"state\":\"GUARANTEE_DECLINED\"");
  }

  private static HttpResponse<String> simulate(String paymentId, String json) throws Exception {
    String sessionId = Json.field(Lender.view(paymentId), "sessionId");
    HttpResponse<String> simulated = Sandbox.call("POST", Sandbox.SESSIONS + "/" + sessionId + "/simulate", json);
    assertThat(simulated.statusCode()).as(simulated.body()).isEqualTo(200);
    return simulated;
  }

  private static void frontendStep(String paymentId, String step) throws Exception {
    assertThat(post(Lender.frontendEvents(paymentId), null, null,
        "{\"Step\":\"" + step + "\"}").statusCode()).isEqualTo(204);
  }

  private static String tasks(String processInstanceId) throws Exception {
    return get("/engine-rest/task?processInstanceId=" + processInstanceId, OPS, OPS_PASSWORD).body();
  }

  private static String awaitTask(String processInstanceId, String taskKey) throws Exception {
    await(taskKey + " open").atMost(Lender.PATIENCE).pollInterval(Duration.ofMillis(250)).until(() ->
        get("/engine-rest/task?processInstanceId=" + processInstanceId + "&taskDefinitionKey=" + taskKey, OPS,
            OPS_PASSWORD).body().contains("\"id\""));
    return Json.field(get("/engine-rest/task?processInstanceId=" + processInstanceId + "&taskDefinitionKey=" + taskKey,
        OPS, OPS_PASSWORD).body(), "id");
  }
}
