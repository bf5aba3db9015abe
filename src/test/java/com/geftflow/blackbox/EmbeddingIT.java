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
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code loan-funding-example} started over the engine REST API (docs/embedding.md): the loan
 * officer's task has the link as soon as the session exists, the borrower pays through it, and the
 * loan reaches "Disburse loan"; a withdrawn loan leaves no payment running and the payment CANCELED.
 */
class EmbeddingIT {

  /** A timeline entry of a webhook saying EFT0501 (an entry's fields in alphabetical order). */
  private static final Pattern CANCEL_WEBHOOK =
      Pattern.compile("\"detail\":\"[^\"]*EFT0501[^\"]*\"(,\"hash\":\"[^\"]*\")?,\"kind\":\"STATUS_CHANGED\"");

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

    // as a loan system must: a 409 (the payment moved at that moment, a poll or a wake-up) is sent again
    HttpResponse<String> withdrawn = await("LoanWithdrawn delivered").atMost(Lender.PATIENCE)
        .pollInterval(Duration.ofMillis(200)).until(() -> post("/engine-rest/message", ADMIN, ADMIN_PASSWORD,
            "{\"messageName\":\"LoanWithdrawn\",\"processInstanceId\":\"" + loanId + "\"}"),
            answer -> answer.statusCode() != 409 || !answer.body().contains("\"code\":1"));
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(204);

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
}
