package com.geftflow.blackbox;

import static com.geftflow.blackbox.LibertyServer.get;
import static com.geftflow.blackbox.LibertyServer.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Payments through the lender API against the server's sandbox, as a lender system would drive them. */
class LifecycleIT {

  static final String LENDER = "lender";

  static String body(String referenceId, String amount) {
    return """
        {"referenceId":"%s","amount":%s,"currency":"CAD","language":"EN",
         "payor":{"firstName":"John","lastName":"Smith","email":"john.smith@example.com",
                  "address":{"addressLine1":"123 Main Street","city":"Toronto","postalCode":"M5V3A8",
                             "province":"ON","country":"CA"}},
         "payee":{"account":{"accountNumber":"12345678","transitNumber":"12345","institutionCode":"999"}}}
        """.formatted(referenceId, amount);
  }

  /** Starts a payment and waits until its Flinks session exists. */
  static String startPayment(String referenceId) throws Exception {
    HttpResponse<String> created = post("/api/payments", LENDER, LENDER, body(referenceId, "500.00"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String paymentId = Json.field(created.body(), "paymentId");
    assertThat(created.headers().firstValue("Location")).hasValue(LibertyServer.BASE_URL + "/api/payments/" + paymentId);
    awaitState(paymentId, "AWAITING_BORROWER");
    return paymentId;
  }

  static String view(String paymentId) throws Exception {
    HttpResponse<String> view = get("/api/payments/" + paymentId, LENDER, LENDER);
    assertThat(view.statusCode()).isEqualTo(200);
    return view.body();
  }

  static String awaitState(String paymentId, String state) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    String body = view(paymentId);
    while (!body.contains("\"state\":\"" + state + "\"")) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("payment " + paymentId + " never reached " + state + ": " + body);
      }
      Thread.sleep(250);
      body = view(paymentId);
    }
    return body;
  }

  static void simulate(String paymentId, String scenario) throws Exception {
    String sessionId = Json.field(view(paymentId), "sessionId");
    HttpResponse<String> simulated = SandboxIT.sandbox("POST", SandboxIT.SESSIONS + "/" + sessionId + "/simulate",
        "{\"scenario\":\"" + scenario + "\"}");
    assertThat(simulated.statusCode()).as(simulated.body()).isEqualTo(200);
  }

  @Test
  void happy1IsScheduledWithTheWholeStoryOnTheTimeline() throws Exception {
    String paymentId = startPayment("BB-HAPPY1-" + UUID.randomUUID());

    simulate(paymentId, "Happy1");
    String scheduled = awaitState(paymentId, "SCHEDULED");

    assertThat(scheduled).contains("\"flinksStatusDetails\":\"EFT0301\"").contains("\"scheduledAmount\":500")
        .contains("\"kind\":\"PAYMENT_REQUESTED\"").contains("\"kind\":\"SESSION_CREATED\"")
        .contains("\"source\":\"WEBHOOK\"").contains("\"source\":\"POLL\"")
        .contains("\"checkoutUrl\":\"" + LibertyServer.BASE_URL + "/checkout/" + paymentId + "?token=");
  }

  @Test
  void unhappy1IsDeclinedAndLeavesATasklistTaskForOperations() throws Exception {
    String paymentId = startPayment("BB-UNHAPPY1-" + UUID.randomUUID());

    simulate(paymentId, "Unhappy1");
    String declined = awaitState(paymentId, "GUARANTEE_DECLINED");

    String processInstanceId = Json.field(declined, "processInstanceId");
    HttpResponse<String> tasks = get("/engine-rest/task?processInstanceId=" + processInstanceId, "demo", "demo");
    assertThat(tasks.statusCode()).isEqualTo(200);
    assertThat(tasks.body()).contains("\"name\":\"Arrange alternative payment\"")
        .contains("\"formKey\":\"embedded:deployment:forms/arrange-alternative.html\"");
    HttpResponse<String> candidates = get("/engine-rest/task?processInstanceId=" + processInstanceId
        + "&candidateGroup=operations", "demo", "demo");
    assertThat(candidates.body()).contains("Arrange alternative payment");
  }

  @Test
  void expireIsFoundByPollingBecauseFlinksSendsNoWebhook() throws Exception {
    String paymentId = startPayment("BB-EXPIRE-" + UUID.randomUUID());

    simulate(paymentId, "Expire");
    String expired = awaitState(paymentId, "EXPIRED");

    assertThat(expired).contains("\"flinksStatusDetails\":\"EFT0601\"").doesNotContain("\"source\":\"WEBHOOK\"");
  }

  @Test
  void aLenderCancelEndsTheWaitingPaymentCanceled() throws Exception {
    String paymentId = startPayment("BB-CANCEL-" + UUID.randomUUID());

    HttpResponse<String> cancel = post("/api/payments/" + paymentId + "/cancel", LENDER, LENDER, null);

    assertThat(cancel.statusCode()).isEqualTo(202);
    assertThat(awaitState(paymentId, "CANCELED")).contains("\"kind\":\"CANCEL_REQUESTED\"");
    assertThat(post("/api/payments/" + paymentId + "/cancel", LENDER, LENDER, null).statusCode()).isEqualTo(409);
  }
}
