package com.geftflow.blackbox;

import static com.geftflow.blackbox.DevCredentials.AUDITOR;
import static com.geftflow.blackbox.DevCredentials.AUDITOR_PASSWORD;
import static com.geftflow.blackbox.DevCredentials.LENDER;
import static com.geftflow.blackbox.DevCredentials.LENDER_PASSWORD;
import static com.geftflow.blackbox.DevCredentials.OPS;
import static com.geftflow.blackbox.DevCredentials.OPS_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A settlement file with planted differences: every one is found, nothing else about these payments. */
class ReconciliationIT {

  @Test
  void everyPlantedMismatchIsFoundAndNothingElse() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String ok = scheduled("BB-RECON-OK-" + run);
    String amount = scheduled("BB-RECON-AMOUNT-" + run);
    String missing = scheduled("BB-RECON-MISSING-" + run);
    String duplicated = scheduled("BB-RECON-DUP-" + run);
    String waiting = Lender.startPayment("BB-RECON-WAITING-" + run);
    // the file's days, today to a week on, less two business days (geft.reconciliation.settle-days)
    // cover today, when these were created, whatever the weekday
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    LocalDate settled = today.plusDays(7);
    String file = "referenceId,sessionId,amount,status,settledAt\r\n"
        + line(ok, "500.00", settled)
        + line(amount, "499.99", settled)
        + line(duplicated, "500.00", settled)
        + line(duplicated, "500.00", settled)
        + line(waiting, "500.00", settled)
        + "BB-RECON-STRANGER-" + run + ",s-" + run + ",12.00,SETTLED," + today + "\r\n";

    HttpResponse<String> created = upload(file, AUDITOR, AUDITOR_PASSWORD);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = reportId(created);
    assertThat(created.body()).contains("\"id\":\"" + id + "\"");

    HttpResponse<String> report = LibertyServer.get("/api/audit/reconciliations/" + id, OPS, OPS_PASSWORD);
    assertThat(report.statusCode()).isEqualTo(200);
    assertThat(report.body()).contains("\"rows\":6");
    Set<String> ours = Set.of(ok, amount, missing, duplicated, waiting);
    List<String> mine = new ArrayList<>();
    List<String> others = new ArrayList<>();
    Matcher finding = Pattern.compile("\\{[^{}]*\"kind\":\"([A-Z_]+)\"[^{}]*}").matcher(report.body());
    while (finding.find()) {
      String kind = finding.group(1);
      Matcher payment = Pattern.compile("\"paymentId\":\"([^\"]+)\"").matcher(finding.group());
      String paymentId = payment.find() ? payment.group(1) : null;
      if (paymentId != null && ours.contains(paymentId) || finding.group().contains(run)) {
        mine.add(kind + " " + (paymentId == null ? "stranger" : paymentId));
      } else {
        others.add(kind);
      }
    }
    assertThat(mine).containsExactlyInAnyOrder("AMOUNT_DIFFERS " + amount, "DUPLICATE " + duplicated,
        "SETTLED_NOT_SCHEDULED " + waiting, "UNKNOWN_REFERENCE stranger", "NOT_SETTLED " + missing);
    // other tests' payments scheduled today are rightly missing from this file; nothing else is said of them
    assertThat(others).allMatch("NOT_SETTLED"::equals);

    HttpResponse<String> csv = LibertyServer.get("/api/audit/reconciliations/" + id + ".csv", AUDITOR,
        AUDITOR_PASSWORD);
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body()).startsWith("kind,line,paymentId,referenceId,sessionId,ours,theirs,resolvedBy,resolvedAt,"
        + "resolution\r\n").contains("AMOUNT_DIFFERS,3," + amount).contains(",500.00,499.99");

    operationsResolveTheAmountDifference(id, findingOf(report.body(), amount), amount, file);
  }

  /** The finding's task shows both sides; its resolution lands on the report and the payment's timeline. */
  private static void operationsResolveTheAmountDifference(String reconciliationId, String findingId, String amount,
      String file) throws Exception {
    String tasks = "/engine-rest/task?processDefinitionKey=geft-reconciliation-mismatch&processInstanceBusinessKey="
        + findingId;
    String taskId = Json.field(LibertyServer.get(tasks, OPS, OPS_PASSWORD).body(), "id");
    String variables = LibertyServer.get("/engine-rest/task/" + taskId + "/variables", OPS, OPS_PASSWORD).body();
    assertThat(variables).contains("\"mismatchKind\":{\"type\":\"String\",\"value\":\"AMOUNT_DIFFERS\"")
        .contains("\"recordSays\":{\"type\":\"String\",\"value\":\"500.00\"")
        .contains("\"fileSays\":{\"type\":\"String\",\"value\":\"499.99\"")
        .contains("\"paymentId\":{\"type\":\"String\",\"value\":\"" + amount + "\"");

    // the same file again: a mismatch whose task is open opens no second one
    HttpResponse<String> again = upload(file, AUDITOR, AUDITOR_PASSWORD);
    assertThat(again.statusCode()).isEqualTo(201);
    String againFinding = findingOf(LibertyServer.get("/api/audit/reconciliations/" + reportId(again),
        AUDITOR, AUDITOR_PASSWORD).body(), amount);
    assertThat(LibertyServer.get("/engine-rest/task?processDefinitionKey=geft-reconciliation-mismatch"
        + "&processInstanceBusinessKey=" + againFinding, OPS, OPS_PASSWORD).body()).isEqualTo("[]");

    String complete = "/engine-rest/task/" + taskId + "/complete";
    HttpResponse<String> unexplained = LibertyServer.post(complete, OPS, OPS_PASSWORD,
        "{\"variables\":{\"decision\":{\"value\":\"RECONCILED\"}}}");
    assertThat(unexplained.statusCode()).as(unexplained.body()).isEqualTo(400);
    HttpResponse<String> done = LibertyServer.post(complete, OPS, OPS_PASSWORD, """
        {"variables":{"decision":{"value":"RECONCILED"},"decisionReason":{"value":"Flinks fee of 0.01, refunded"},
          "paymentId":{"value":"someone-else"},"fileSays":{"value":"500.00"}}}""");
    assertThat(done.statusCode()).as(done.body()).isEqualTo(204);

    String report = LibertyServer.get("/api/audit/reconciliations/" + reconciliationId, AUDITOR, AUDITOR_PASSWORD)
        .body();
    Matcher resolved = Pattern.compile("\\{[^{}]*\"id\":\"" + findingId + "\"[^{}]*}").matcher(report);
    assertThat(resolved.find()).isTrue();
    assertThat(resolved.group()).contains("\"resolvedBy\":\"" + OPS + "\"")
        .contains("\"resolution\":\"RECONCILED: Flinks fee of 0.01, refunded\"").contains("\"theirs\":\"499.99\"");
    assertThat(Lender.view(amount))
        .contains("Reconciliation mismatch (AMOUNT_DIFFERS): RECONCILED by " + OPS);
    assertThat(LibertyServer.get("/engine-rest/history/variable-instance?variableName=paymentId&processInstanceId="
        + Json.field(LibertyServer.get("/engine-rest/history/task?taskId=" + taskId, OPS, OPS_PASSWORD).body(),
        "processInstanceId"), OPS, OPS_PASSWORD).body()).as("the facts stay the finding's")
        .contains("\"value\":\"" + amount + "\"").doesNotContain("someone-else");
  }

  /** The stored report's id, from its Location (its findings have ids too). */
  private static String reportId(HttpResponse<String> created) {
    String location = created.headers().firstValue("Location").orElseThrow();
    assertThat(location).contains("/api/audit/reconciliations/");
    return location.substring(location.lastIndexOf('/') + 1);
  }

  /** The id of the payment's AMOUNT_DIFFERS finding in a report. */
  private static String findingOf(String report, String paymentId) {
    Matcher finding = Pattern.compile("\\{[^{}]*\"kind\":\"AMOUNT_DIFFERS\"[^{}]*}").matcher(report);
    while (finding.find()) {
      if (finding.group().contains("\"paymentId\":\"" + paymentId + "\"")) {
        return finding.group().replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
      }
    }
    throw new AssertionError("no AMOUNT_DIFFERS finding for " + paymentId + " in " + report);
  }

  @Test
  void badFilesAreRefusedWholeAndOnlyAuditorsAndOperationsReconcile() throws Exception {
    HttpResponse<String> columns = upload("referenceId,amount\r\nR,1\r\n", AUDITOR, AUDITOR_PASSWORD);
    assertThat(columns.statusCode()).isEqualTo(400);
    assertThat(columns.headers().firstValue("Content-Type")).hasValueSatisfying(
        t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(columns.body()).contains("no column sessionId");

    HttpResponse<String> numbers = upload("referenceId,sessionId,amount,status,settledAt\r\nR,S,1e9x,SETTLED,"
        + "2026-12-07\r\n", OPS, OPS_PASSWORD);
    assertThat(numbers.statusCode()).isEqualTo(400);
    assertThat(numbers.body()).contains("line 2");

    String huge = "referenceId,sessionId,amount,status,settledAt\r\n" + "R,S,1.00,SETTLED,2026-12-07\r\n"
        .repeat(50 * 1024 * 1024 / 30);
    assertThat(upload(huge, AUDITOR, AUDITOR_PASSWORD).statusCode()).isEqualTo(413);

    assertThat(upload("referenceId\r\n", LENDER, LENDER_PASSWORD).statusCode()).isEqualTo(403);
    assertThat(LibertyServer.get("/api/audit/reconciliations/" + UUID.randomUUID(), AUDITOR, AUDITOR_PASSWORD)
        .statusCode()).isEqualTo(404);
  }

  @Test
  void anAuditorReconcilesAFileOnTheAuditPageAndReadsItsFindings() throws Exception {
    String stranger = "BB-RECON-PAGE-" + UUID.randomUUID();
    Path file = Files.createTempFile("settlement", ".csv");
    Files.writeString(file, "referenceId,sessionId,amount,status,settledAt\r\n" + stranger + ",s-page,7.00,SETTLED,"
        + LocalDate.now(ZoneOffset.UTC) + "\r\n");
    ChromeDriver browser = Browser.start();
    try {
      browser.executeCdpCommand("Network.enable", Map.of());
      browser.executeCdpCommand("Network.setExtraHTTPHeaders",
          Map.of("headers", Map.of("Authorization", LibertyServer.basic(AUDITOR, AUDITOR_PASSWORD))));
      browser.get(LibertyServer.BASE_URL + "/audit/");
      browser.findElement(By.cssSelector("#reconcile input[type=file]")).sendKeys(file.toString());
      browser.findElement(By.cssSelector("#reconcile button")).click();

      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("findings"), stranger));
      assertThat(browser.findElement(By.id("findings")).getText()).contains("UNKNOWN_REFERENCE 2 " + stranger)
          .contains("open task");
      assertThat(browser.findElement(By.id("reconciliations")).getText()).contains(AUDITOR);
      browser.executeScript("document.getElementById('reconciliation').scrollIntoView()");
      Browser.screenshot(browser, "audit-reconciliation");
    } finally {
      browser.quit();
      Files.delete(file);
    }
  }

  private static String scheduled(String reference) throws Exception {
    String paymentId = Lender.startPayment(reference);
    Sandbox.simulate(paymentId, "Happy1");
    Lender.awaitState(paymentId, "SCHEDULED");
    return paymentId;
  }

  private static String line(String paymentId, String amount, LocalDate settled) throws Exception {
    String view = Lender.view(paymentId);
    return Json.field(view, "referenceId") + "," + Json.field(view, "sessionId") + "," + amount + ",SETTLED,"
        + settled + "\r\n";
  }

  static HttpResponse<String> upload(String csv, String user, String password) throws Exception {
    return LibertyServer.send(LibertyServer.request("/api/audit/reconciliations")
        .header("Authorization", LibertyServer.basic(user, password)).header("Content-Type", "text/csv")
        .POST(HttpRequest.BodyPublishers.ofString(csv)).build());
  }
}
