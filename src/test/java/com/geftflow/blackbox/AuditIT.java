package com.geftflow.blackbox;

import static com.geftflow.blackbox.DevCredentials.AUDITOR;
import static com.geftflow.blackbox.DevCredentials.AUDITOR_PASSWORD;
import static com.geftflow.blackbox.DevCredentials.LENDER;
import static com.geftflow.blackbox.DevCredentials.LENDER_PASSWORD;
import static com.geftflow.blackbox.DevCredentials.OPS;
import static com.geftflow.blackbox.DevCredentials.OPS_PASSWORD;
import static com.geftflow.blackbox.LibertyServer.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
  void anExportedTimelineIsVerifiedOfflineAndAChangedByteIsNamed(@TempDir Path dir) throws Exception {
    String reference = "BB-AUDIT-CHAIN-" + UUID.randomUUID();
    String paymentId = Lender.startPayment(reference);
    Sandbox.simulate(paymentId, "Happy1");
    Lender.awaitState(paymentId, "SCHEDULED");
    // every entry sealed into the chain (geft.audit.seal-interval)
    await().atMost(Duration.ofSeconds(30)).until(() -> {
      HttpResponse<String> report = get("/api/audit/payments/" + paymentId + "/verify", AUDITOR, AUDITOR_PASSWORD);
      return report.statusCode() == 200 && report.body().contains("\"pending\":0");
    });
    HttpResponse<String> report = get("/api/audit/payments/" + paymentId + "/verify", AUDITOR, AUDITOR_PASSWORD);
    assertThat(report.body()).contains("\"valid\":true").contains("\"paymentId\":\"" + paymentId + "\"");
    assertThat(get("/api/audit/payments?referenceId=" + reference, AUDITOR, AUDITOR_PASSWORD).body())
        .containsPattern("\"hash\":\"[0-9a-f]{64}\"").contains("\"seq\":1");

    HttpResponse<String> csv = get("/api/audit/timeline.csv?referenceId=" + reference, AUDITOR, AUDITOR_PASSWORD);
    assertThat(csv.statusCode()).isEqualTo(200);
    Path export = dir.resolve("geft-timeline.csv");
    Files.writeString(export, csv.body());
    Offline valid = verifyOffline(export);
    assertThat(valid.exit()).as(valid.output()).isZero();
    assertThat(valid.output()).contains("valid: 1 payments").contains("head " + paymentId + " ");

    // one entry's source changed in the file (paymentId, seq and at hold no comma): the program names it
    String[] lines = csv.body().split("\r\n");
    String[] cells = lines[2].split(",", 5);
    cells[3] = cells[3].equals("OPERATOR") ? "SYSTEM" : "OPERATOR";
    lines[2] = String.join(",", cells);
    Files.writeString(export, String.join("\r\n", lines) + "\r\n");
    Offline broken = verifyOffline(export);
    assertThat(broken.exit()).as(broken.output()).isEqualTo(1);
    assertThat(broken.output()).contains("BROKEN payment " + paymentId + " entry ");
  }

  /** Runs {@code tools/VerifyTimeline.java} as docs/audit.md tells auditors to: a JDK, no build. */
  private static Offline verifyOffline(Path export) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process run = new ProcessBuilder(java, "tools/VerifyTimeline.java", export.toString()).redirectErrorStream(true)
        .start();
    String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Offline(run.exitValue(), output);
  }

  private record Offline(int exit, String output) {
  }

  @Test
  void onlyAuditorsVerifyTimelines() throws Exception {
    String paymentId = Lender.startPayment("BB-AUDIT-VERIFY-" + UUID.randomUUID());
    assertThat(get("/api/audit/payments/" + paymentId + "/verify", OPS, OPS_PASSWORD).statusCode()).isEqualTo(403);
    assertThat(get("/api/audit/verify", LENDER, LENDER_PASSWORD).statusCode()).isEqualTo(403);
    assertThat(get("/api/audit/payments/" + UUID.randomUUID() + "/verify", AUDITOR, AUDITOR_PASSWORD).statusCode())
        .isEqualTo(404);
    HttpResponse<String> days = get("/api/audit/verify?from=2026-01-01", AUDITOR, AUDITOR_PASSWORD);
    assertThat(days.statusCode()).isEqualTo(200);
    assertThat(days.body()).contains("\"from\":\"2026-01-01\"");
    HttpResponse<String> bad = get("/api/audit/verify?from=yesterday&to=2026-01-01", AUDITOR, AUDITOR_PASSWORD);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("\"field\":\"from\"");
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
