package com.geftflow.blackbox;

import static com.geftflow.blackbox.DevCredentials.ADMIN;
import static com.geftflow.blackbox.DevCredentials.ADMIN_PASSWORD;
import static com.geftflow.blackbox.DevCredentials.OPS;
import static com.geftflow.blackbox.DevCredentials.OPS_PASSWORD;
import static com.geftflow.blackbox.LibertyServer.get;
import static com.geftflow.blackbox.LibertyServer.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code loan-funding-example} started over the engine REST API (docs/embedding.md): the loan
 * officer's task has the link as soon as the session exists, the borrower pays through it, and the
 * loan reaches "Disburse loan"; a withdrawn loan leaves no payment running and the payment CANCELED,
 * also when the cancel's webhook arrives before Flinks' answer to the cancel.
 */
class EmbeddingIT {

  /** A timeline entry of a webhook saying EFT0501, its time the first group. */
  private static final Pattern CANCEL_WEBHOOK = entry("[^\"]*EFT0501[^\"]*", "STATUS_CHANGED");
  /** The timeline entry of Flinks' answer to the cancel, its time the first group. */
  private static final Pattern CANCEL_ANSWERED = entry("[^\"]*", "CANCELED_WITH_PROCESS");

  /** A timeline entry of the payment view (its fields in alphabetical order). */
  private static Pattern entry(String detail, String kind) {
    return Pattern.compile("\\{\"at\":\"([^\"]+)\",\"detail\":\"" + detail + "\"(,\"hash\":\"[^\"]*\")?,\"kind\":\""
        + kind + "\"");
  }

  private static OffsetDateTime at(Pattern entry, String view) {
    Matcher found = entry.matcher(view);
    assertThat(found.find()).as(entry + " in " + view).isTrue();
    return OffsetDateTime.parse(found.group(1));
  }

  private static String approveLoan(String reference) throws Exception {
    // the lender's own workflow, started by whom the lender grants it: here the Camunda administrator
    HttpResponse<String> started = post("/engine-rest/process-definition/key/loan-funding-example/start", ADMIN,
        ADMIN_PASSWORD, """
            {"businessKey":"%1$s","variables":{
              "referenceId":{"value":"%1$s","type":"String"},
              "amount":{"value":"640.00","type":"String"},
              "payorFirstName":{"value":"Jane","type":"String"},
              "payorLastName":{"value":"Doe","type":"String"},
              "payorEmail":{"value":"jane.doe@example.com","type":"String"},
              "payeeAccountNumber":{"value":"12345678","type":"String"},
              "payeeTransitNumber":{"value":"12345","type":"String"},
              "payeeInstitutionCode":{"value":"999","type":"String"}}}
            """.formatted(reference));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    return Json.field(started.body(), "id");
  }

  /** The id of the loan's open task of this definition, once it exists. */
  private static String awaitTask(String loanId, String taskKey) {
    return await("task " + taskKey).atMost(Lender.PATIENCE).pollInterval(Duration.ofMillis(250)).until(
        () -> get("/engine-rest/task?processInstanceId=" + loanId + "&taskDefinitionKey=" + taskKey, OPS, OPS_PASSWORD)
            .body(), body -> body.contains("\"id\"")).replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
  }

  private static String variable(String taskId, String name) throws Exception {
    HttpResponse<String> value = get("/engine-rest/task/" + taskId + "/variables/" + name, OPS, OPS_PASSWORD);
    assertThat(value.statusCode()).as(value.body()).isEqualTo(200);
    return Json.field(value.body(), "value");
  }

  private static void withdraw(String loanId) {
    // as a loan system must: a 409 (the payment moved at that moment, a poll or a wake-up) is sent again
    HttpResponse<String> withdrawn = await("LoanWithdrawn delivered").atMost(Lender.PATIENCE)
        .pollInterval(Duration.ofMillis(200)).until(() -> post("/engine-rest/message", ADMIN, ADMIN_PASSWORD,
            "{\"messageName\":\"LoanWithdrawn\",\"processInstanceId\":\"" + loanId + "\"}"),
            answer -> answer.statusCode() != 409 || !answer.body().contains("\"code\":1"));
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(204);
  }

  @Test
  void aLoanIsDisbursedAfterTheBorrowerPaidThroughTheLinkTheLoanOfficerWasGiven() throws Exception {
    String loanId = approveLoan("LOAN-" + UUID.randomUUID());

    String sendLink = awaitTask(loanId, "SendCheckoutLink");
    String checkoutUrl = variable(sendLink, "checkoutUrl");
    String paymentId = variable(sendLink, "paymentId");
    assertThat(checkoutUrl).as("the link the lender API hands out").isEqualTo(
        Json.field(Lender.view(paymentId), "checkoutUrl"));
    assertThat(Lender.view(paymentId)).contains("\"state\":\"AWAITING_BORROWER\"");

    // the borrower opens the link and pays
    URI link = URI.create(checkoutUrl);
    HttpResponse<String> page = get(link.getRawPath() + "?" + link.getRawQuery());
    assertThat(page.statusCode()).isEqualTo(200);
    String token = link.getRawQuery().substring("token=".length());
    assertThat(post("/api/payments/" + paymentId + "/frontend-events?token=" + token, null, null,
        "{\"Step\":\"APP_MOUNTED\"}").statusCode()).isEqualTo(204);
    Sandbox.simulate(paymentId, "Happy1");

    String disburse = awaitTask(loanId, "DisburseLoan");
    assertThat(variable(disburse, "geftOutcome")).isEqualTo("SCHEDULED");
    assertThat(variable(disburse, "geftScheduledAmount")).isEqualTo("640.00");
  }

  @Test
  void aWithdrawnLoanLeavesNoPaymentRunningAndThePaymentCanceled() throws Exception {
    String loanId = approveLoan("LOAN-" + UUID.randomUUID());
    String paymentId = variable(awaitTask(loanId, "SendCheckoutLink"), "paymentId");

    withdraw(loanId);

    assertThat(get("/engine-rest/process-instance?superProcessInstance=" + loanId, OPS, OPS_PASSWORD).body())
        .isEqualTo("[]");
    // Flinks is asked once the withdrawal committed
    String canceled = Lender.awaitState(paymentId, "CANCELED");
    assertThat(canceled).contains("\"flinksStatusDetails\":\"EFT0501\"").contains("\"kind\":\"CANCEL_REQUESTED\"")
        .contains("CANCELED_WITH_PROCESS");
    // the sandbox's webhook for that cancel waited for its outcome: EFT0501 is the payment's, not a late outcome
    String afterWebhook = await("the cancel's webhook applied").atMost(Lender.PATIENCE)
        .pollInterval(Duration.ofMillis(250)).until(() -> Lender.view(paymentId),
            view -> CANCEL_WEBHOOK.matcher(view).find());
    assertThat(afterWebhook).doesNotContain("LATE_OUTCOME");
    String session = Json.field(canceled, "sessionId");
    assertThat(Sandbox.call("GET", Sandbox.SESSIONS + "/" + session + "/status", null).body())
        .contains("\"statusDetails\":\"EFT0501\"");
  }

  @Test
  void theCancelsWebhookThatOvertakesFlinksAnswerWaitsForItAndIsNoLateOutcome() throws Exception {
    String loanId = approveLoan("LOAN-" + UUID.randomUUID());
    String paymentId = variable(awaitTask(loanId, "SendCheckoutLink"), "paymentId");
    String settled;
    try {
      // Flinks answers the cancel 3 s after it took effect: its webhook, and a status read, come first
      Sandbox.faults("{\"answerDelayMillis\":3000}");
      withdraw(loanId);
      settled = await("the cancel answered and its webhook applied").atMost(Lender.PATIENCE)
          .pollInterval(Duration.ofMillis(250)).until(() -> Lender.view(paymentId), view -> view.contains("LATE_OUTCOME")
              || CANCEL_ANSWERED.matcher(view).find() && CANCEL_WEBHOOK.matcher(view).find());
    } finally {
      Sandbox.faults("{\"answerDelayMillis\":0}");
    }
    // the webhook's status check waited for the cancel's outcome: EFT0501 is the payment's, not a late one
    assertThat(settled).contains("\"flinksStatusDetails\":\"EFT0501\"").doesNotContain("LATE_OUTCOME");
    assertThat(at(CANCEL_WEBHOOK, settled)).as("the webhook arrived while the cancel waited for its answer")
        .isBefore(at(CANCEL_ANSWERED, settled));
    assertThat(Lender.awaitState(paymentId, "CANCELED")).doesNotContain("LATE_OUTCOME");
  }
}
