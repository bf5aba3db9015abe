package com.geftflow.blackbox;

import static com.geftflow.blackbox.DevCredentials.ADMIN;
import static com.geftflow.blackbox.DevCredentials.ADMIN_PASSWORD;
import static com.geftflow.blackbox.DevCredentials.LENDER;
import static com.geftflow.blackbox.DevCredentials.LENDER_PASSWORD;
import static com.geftflow.blackbox.LibertyServer.get;
import static com.geftflow.blackbox.LibertyServer.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The lifecycle on a compressed clock (pom.xml: a 2 s pace, a budget of 5 checks, a 2 s liveness
 * check): borrowers who come late, Flinks outages, a second session.
 */
class RealClockIT {

  /** Longer than the guide's budget on the compressed clock (5 × 2 s). */
  private static final Duration PAST_THE_BUDGET = Duration.ofSeconds(15);

  @Test
  void aPaymentLeftAlonePastThePollBudgetStillWaitsAndALateBorrowerPays() throws Exception {
    String paymentId = Lender.startPayment("BB-LATE-" + UUID.randomUUID());
    String checkout = Json.field(Lender.view(paymentId), "checkoutUrl").replace(LibertyServer.BASE_URL, "");
    String statusPath = checkout.replace("?token=", "/status?token=");

    await("the payment keeps waiting for its borrower").during(PAST_THE_BUDGET).atMost(PAST_THE_BUDGET.plusSeconds(5))
        .until(() -> get(statusPath).body().contains("\"done\":false")
            && Lender.view(paymentId).contains("\"state\":\"AWAITING_BORROWER\""));

    Sandbox.simulate(paymentId, "Happy1");
    assertThat(Lender.awaitState(paymentId, "SCHEDULED")).contains("\"flinksStatusDetails\":\"EFT0301\"");
  }

  @Test
  void theCheckoutPageKeepsItsIframeAfterThePollBudget() throws Exception {
    String paymentId = Lender.startPayment("BB-IFRAME-" + UUID.randomUUID());
    String checkoutUrl = Json.field(Lender.view(paymentId), "checkoutUrl");

    ChromeDriver browser = Browser.start();
    try {
      browser.get(checkoutUrl);
      new WebDriverWait(browser, Duration.ofSeconds(30))
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("flinks")));
      await("the iframe stays").during(PAST_THE_BUDGET).atMost(PAST_THE_BUDGET.plusSeconds(5))
          .until(() -> browser.findElement(By.id("flinks")).isDisplayed()
              && "false".equals(browser.findElement(By.id("status")).getAttribute("data-done")));
      Browser.screenshot(browser, "checkout-after-budget");
    } finally {
      browser.quit();
    }
  }

  @Test
  void aFlinksOutageEndsWithoutIncidentsAndEveryPaymentEndsRight() throws Exception {
    List<String> paymentIds;
    try {
      Sandbox.faults("{\"apiErrorRate\":1.0}");
      paymentIds = List.of(start("BB-OUTAGE-1-"), start("BB-OUTAGE-2-"));
      for (String paymentId : paymentIds) {
        await("the outage on the timeline of " + paymentId).atMost(Lender.PATIENCE)
            .until(() -> Lender.view(paymentId).contains("\"kind\":\"FLINKS_UNREACHABLE\""));
      }
    } finally {
      Sandbox.faults("{\"apiErrorRate\":0.0}");
    }
    for (String paymentId : paymentIds) {
      Lender.awaitState(paymentId, "AWAITING_BORROWER");
      Sandbox.simulate(paymentId, "Happy1");
    }
    for (String paymentId : paymentIds) {
      String view = Lender.awaitState(paymentId, "SCHEDULED");
      long down = Pattern.compile("\"kind\":\"FLINKS_UNREACHABLE\"").matcher(view).results().count();
      // one line when an outage starts, one when it ends, not one per failed call; the circuit
      // breaker may stay open a moment after Flinks is back: a second, short outage
      assertThat(down).as(view).isBetween(1L, 2L);
      assertThat(Pattern.compile("\"kind\":\"FLINKS_REACHABLE\"").matcher(view).results().count()).as(view)
          .isEqualTo(down);
    }
    HttpResponse<String> incidents = get("/engine-rest/incident/count", ADMIN, ADMIN_PASSWORD);
    assertThat(incidents.body()).isEqualTo("{\"count\":0}");
  }

  @Test
  void aSecondSessionAfterExpireEndsScheduledWithBothSessionsOnTheTimeline() throws Exception {
    String paymentId = Lender.startPayment("BB-SECOND-" + UUID.randomUUID());
    String first = Lender.view(paymentId);
    // hostile input: the endpoint takes no body, and a live session refuses a new one whatever comes
    for (String body : new String[] {"{\"zzz\":{\"a\":1", "\u0000", "x".repeat(1 << 20)}) {
      HttpResponse<String> live = post("/api/payments/" + paymentId + "/sessions", LENDER, LENDER_PASSWORD, body);
      assertThat(live.statusCode()).isEqualTo(409);
      assertThat(live.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }
    HttpResponse<String> unknown = post("/api/payments/no-such-payment/sessions", LENDER, LENDER_PASSWORD, "");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    Sandbox.simulate(paymentId, "Expire");
    Lender.awaitState(paymentId, "EXPIRED");

    HttpResponse<String> renewed = post("/api/payments/" + paymentId + "/sessions", LENDER, LENDER_PASSWORD, "");
    assertThat(renewed.statusCode()).as(renewed.body()).isEqualTo(202);
    String second = Lender.awaitState(paymentId, "AWAITING_BORROWER");
    assertThat(Json.field(second, "sessionId")).isNotEqualTo(Json.field(first, "sessionId"));
    assertThat(Json.field(second, "checkoutUrl")).isNotEqualTo(Json.field(first, "checkoutUrl"));

    Sandbox.simulate(paymentId, "Happy1");
    String scheduled = Lender.awaitState(paymentId, "SCHEDULED");
    assertThat(Pattern.compile("\"kind\":\"SESSION_CREATED\"").matcher(scheduled).results().count()).isEqualTo(2);
    assertThat(scheduled).contains("\"kind\":\"NEW_SESSION_REQUESTED\"").contains(Json.field(first, "sessionId"));

    HttpResponse<String> again = post("/api/payments/" + paymentId + "/sessions", LENDER, LENDER_PASSWORD, "");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  private static String start(String prefix) throws Exception {
    HttpResponse<String> created = post("/api/payments", LENDER, LENDER_PASSWORD,
        Lender.body(prefix + UUID.randomUUID(), "100.00"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Json.field(created.body(), "paymentId");
  }
}
