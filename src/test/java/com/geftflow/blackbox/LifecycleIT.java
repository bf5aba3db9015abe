package com.geftflow.blackbox;

import static com.geftflow.blackbox.DevCredentials.ADMIN;
import static com.geftflow.blackbox.DevCredentials.ADMIN_PASSWORD;
import static com.geftflow.blackbox.DevCredentials.LENDER;
import static com.geftflow.blackbox.DevCredentials.LENDER_PASSWORD;
import static com.geftflow.blackbox.LibertyServer.get;
import static com.geftflow.blackbox.LibertyServer.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.geftflow.payment.Payments;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Payments through the lender API against the server's sandbox, as a lender system would drive them. */
class LifecycleIT {

  @Test
  void happy1IsScheduledWithTheWholeStoryOnTheTimeline() throws Exception {
    String paymentId = Lender.startPayment("BB-HAPPY1-" + UUID.randomUUID());

    Sandbox.simulate(paymentId, "Happy1");
    String scheduled = Lender.awaitState(paymentId, "SCHEDULED");

    assertThat(scheduled).contains("\"flinksStatusDetails\":\"EFT0301\"").contains("\"scheduledAmount\":500")
        .contains("\"kind\":\"PAYMENT_REQUESTED\"").contains("\"kind\":\"SESSION_CREATED\"")
        .contains("\"source\":\"WEBHOOK\"").contains("\"source\":\"POLL\"")
        .contains("\"checkoutUrl\":\"" + LibertyServer.BASE_URL + "/checkout/" + paymentId + "?token=");
  }

  @Test
  void unhappy1IsDeclinedAndLeavesATasklistTaskForOperations() throws Exception {
    String paymentId = Lender.startPayment("BB-UNHAPPY1-" + UUID.randomUUID());

    Sandbox.simulate(paymentId, "Unhappy1");
    String declined = Lender.awaitState(paymentId, "GUARANTEE_DECLINED");

    String processInstanceId = Json.field(declined, "processInstanceId");
    HttpResponse<String> tasks = get("/engine-rest/task?processInstanceId=" + processInstanceId, ADMIN, ADMIN_PASSWORD);
    assertThat(tasks.statusCode()).isEqualTo(200);
    assertThat(tasks.body()).contains("\"name\":\"Arrange alternative payment\"")
        .contains("\"formKey\":\"embedded:deployment:forms/arrange-alternative.html\"");
    HttpResponse<String> candidates = get("/engine-rest/task?processInstanceId=" + processInstanceId
        + "&candidateGroup=operations", ADMIN, ADMIN_PASSWORD);
    assertThat(candidates.body()).contains("Arrange alternative payment");
  }

  @Test
  void expireIsFoundByPollingBecauseFlinksSendsNoWebhook() throws Exception {
    String paymentId = Lender.startPayment("BB-EXPIRE-" + UUID.randomUUID());

    Sandbox.simulate(paymentId, "Expire");
    String expired = Lender.awaitState(paymentId, "EXPIRED");

    assertThat(expired).contains("\"flinksStatusDetails\":\"EFT0601\"").doesNotContain("\"source\":\"WEBHOOK\"");
  }

  @Test
  void aLenderCancelEndsTheWaitingPaymentCanceled() throws Exception {
    String paymentId = Lender.startPayment("BB-CANCEL-" + UUID.randomUUID());

    HttpResponse<String> cancel = post("/api/payments/" + paymentId + "/cancel", LENDER, LENDER_PASSWORD, null);

    assertThat(cancel.statusCode()).isEqualTo(202);
    assertThat(Lender.awaitState(paymentId, "CANCELED")).contains("\"kind\":\"CANCEL_REQUESTED\"");
    assertThat(post("/api/payments/" + paymentId + "/cancel", LENDER, LENDER_PASSWORD, null).statusCode()).isEqualTo(409);
  }
}
