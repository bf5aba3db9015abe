package com.geftflow.blackbox;

import static com.geftflow.blackbox.DevCredentials.AUDITOR;
import static com.geftflow.blackbox.DevCredentials.AUDITOR_PASSWORD;
import static com.geftflow.blackbox.DevCredentials.LENDER;
import static com.geftflow.blackbox.DevCredentials.LENDER_PASSWORD;
import static com.geftflow.blackbox.DevCredentials.OPS;
import static com.geftflow.blackbox.DevCredentials.OPS_PASSWORD;
import static com.geftflow.blackbox.LibertyServer.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What an auditor can reconstruct, and that nobody else can read it. */
class AuditIT {

  @Test
  void aPaymentCanBeReconstructedFromTheAuditApiAsJsonAndCsv() throws Exception {
    String reference = "BB-AUDIT-" + UUID.randomUUID();
    String paymentId = Lender.startPayment(reference);
    Sandbox.simulate(paymentId, "Happy1");
    Lender.awaitState(paymentId, "SCHEDULED");

    HttpResponse<String> json = get("/api/audit/payments?referenceId=" + reference, AUDITOR, AUDITOR_PASSWORD);
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(json.body()).contains("\"paymentId\":\"" + paymentId + "\"").contains("\"state\":\"SCHEDULED\"")
        .contains("\"source\":\"WEBHOOK\"").contains("\"kind\":\"STATUS\"").contains("\"activityId\":\"CheckStatus\"")
        .contains("\"activityId\":\"CreateSession\"").contains("\"activities\":").contains("\"incidents\":[]");

    HttpResponse<String> csv = get("/api/audit/payments.csv?referenceId=" + reference, OPS, OPS_PASSWORD);
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(csv.body().split("\r\n")).hasSize(2);
    assertThat(csv.body()).startsWith("paymentId,referenceId,state,").contains(paymentId + "," + reference + ",SCHEDULED");
  }

  @Test
  void onlyAuditorsAndOperationsReadTheAuditAndBadFiltersAreFieldErrors() throws Exception {
    assertThat(get("/api/audit/payments", null, null).statusCode()).isEqualTo(401);
    assertThat(get("/api/audit/payments", LENDER, LENDER_PASSWORD).statusCode()).isEqualTo(403);
    assertThat(get("/api/audit/payments.csv", LENDER, LENDER_PASSWORD).statusCode()).isEqualTo(403);
    assertThat(get("/audit/", LENDER, LENDER_PASSWORD).statusCode()).isEqualTo(403);
    assertThat(get("/audit/", null, null).statusCode()).isEqualTo(401);

    HttpResponse<String> bad = get("/api/audit/payments?from=yesterday&limit=0", AUDITOR, AUDITOR_PASSWORD);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("\"field\":\"from\"").contains("\"field\":\"limit\"");
  }

  @Test
  void theAuditPageListsPaymentsAndShowsOnesTimeline() throws Exception {
    String reference = "BB-AUDIT-PAGE-" + UUID.randomUUID();
    String paymentId = Lender.startPayment(reference);
    Sandbox.simulate(paymentId, "Unhappy1");
    Lender.awaitState(paymentId, "GUARANTEE_DECLINED");

    ChromeDriver browser = Browser.start();
    try {
      openOnTheAuditPage(browser, paymentId);
      String detail = browser.findElement(By.id("detail")).getText();
      assertThat(detail).contains(reference).contains("GUARANTEE_DECLINED").contains("SESSION_CREATED")
          .contains("Arrange alternative payment");
      Browser.screenshot(browser, "audit-page");
    } finally {
      browser.quit();
    }
  }

  @Test
  void markupInAReferenceIsShownAsTextOnTheAuditPage() throws Exception {
    String reference = "BB-XSS-<img src=x id=injected onerror=alert(1)>-" + UUID.randomUUID();
    String paymentId = Lender.startPayment(reference);

    ChromeDriver browser = Browser.start();
    try {
      openOnTheAuditPage(browser, paymentId);

      assertThat(browser.findElement(By.id("detail")).getText()).contains(reference);
      assertThat(browser.findElements(By.id("injected"))).as("no element made from the text").isEmpty();
    } finally {
      browser.quit();
    }
  }

  /** An auditor opens the audit page and the payment's detail, its timeline loaded. */
  private static void openOnTheAuditPage(ChromeDriver browser, String paymentId) {
    browser.executeCdpCommand("Network.enable", Map.of());
    browser.executeCdpCommand("Network.setExtraHTTPHeaders",
        Map.of("headers", Map.of("Authorization", LibertyServer.basic(AUDITOR, AUDITOR_PASSWORD))));
    browser.get(LibertyServer.BASE_URL + "/audit/");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-payment='" + paymentId + "']")))
        .click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
  }
}
