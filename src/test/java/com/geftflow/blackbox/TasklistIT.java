package com.geftflow.blackbox;

import static com.geftflow.blackbox.DevCredentials.LENDER;
import static com.geftflow.blackbox.DevCredentials.LENDER_PASSWORD;
import static com.geftflow.blackbox.DevCredentials.OPS;
import static com.geftflow.blackbox.DevCredentials.OPS_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An operator signed in by the server's registry opens a payment's task form in Tasklist. */
class TasklistIT {

  @Test
  void opsLogsInAndSeesThePaymentsFactsInTheTaskForm() throws Exception {
    String reference = "BB-TASKLIST-" + UUID.randomUUID();
    String paymentId = Lender.startPayment(reference);

    ChromeDriver browser = Browser.start();
    try {
      openTaskForm(browser, paymentId, reference);
      Browser.screenshot(browser, "tasklist-form");

      assertThat(browser.findElement(By.cssSelector("input[cam-variable-name=payorName]")).getAttribute("value"))
          .isEqualTo("John Smith");
      assertThat(browser.findElement(By.cssSelector("select[cam-variable-name=decision]")).isDisplayed()).isTrue();
    } finally {
      browser.quit();
    }
  }

  @Test
  void markupInAPayorsNameIsShownAsTextInTheForm() throws Exception {
    String reference = "BB-TASKLIST-XSS-" + UUID.randomUUID();
    HttpResponse<String> created = LibertyServer.post("/api/payments", LENDER, LENDER_PASSWORD,
        Lender.body(reference, "500.00").replace("\"Smith\"", "\"Smith<img src=x id=injected onerror=alert(1)>\""));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String paymentId = Json.field(created.body(), "paymentId");
    Lender.awaitState(paymentId, "AWAITING_BORROWER");

    ChromeDriver browser = Browser.start();
    try {
      openTaskForm(browser, paymentId, reference);

      assertThat(browser.findElement(By.cssSelector("input[cam-variable-name=payorName]")).getAttribute("value"))
          .isEqualTo("John Smith<img src=x id=injected onerror=alert(1)>");
      assertThat(browser.findElements(By.id("injected"))).as("no element made from the name").isEmpty();
    } finally {
      browser.quit();
    }
  }

  @Test
  void aReconciliationMismatchShowsBothSidesInItsForm() throws Exception {
    String stranger = "BB-TASKLIST-RECON-" + UUID.randomUUID();
    HttpResponse<String> created = ReconciliationIT.upload("referenceId,sessionId,amount,status,settledAt\r\n"
        + stranger + ",s-tasklist,7.00,SETTLED," + LocalDate.now(ZoneOffset.UTC) + "\r\n", OPS, OPS_PASSWORD);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    Matcher finding = Pattern.compile("\\{[^{}]*\"referenceId\":\"" + stranger + "\"[^{}]*}").matcher(created.body());
    assertThat(finding.find()).isTrue();
    String findingId = finding.group().replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
    String taskId = Json.field(LibertyServer.get("/engine-rest/task?processInstanceBusinessKey=" + findingId,
        OPS, OPS_PASSWORD).body(), "id");

    ChromeDriver browser = Browser.start();
    try {
      browser.get(LibertyServer.BASE_URL.replace("://", "://" + OPS + ":" + OPS_PASSWORD + "@")
          + "/camunda/app/tasklist/default/#/?task=" + taskId);
      new WebDriverWait(browser, Duration.ofSeconds(40)).until(ExpectedConditions.attributeToBe(
          By.cssSelector("input[cam-variable-name=paymentReference]"), "value", stranger));
      Browser.screenshot(browser, "tasklist-reconciliation-mismatch");

      assertThat(browser.findElement(By.cssSelector("input[cam-variable-name=mismatchKind]")).getAttribute("value"))
          .isEqualTo("UNKNOWN_REFERENCE");
      assertThat(browser.findElement(By.cssSelector("input[cam-variable-name=fileSays]")).getAttribute("value"))
          .isEqualTo("SETTLED 7.00");
      assertThat(browser.findElement(By.cssSelector("input[cam-variable-name=fileLine]")).getAttribute("value"))
          .isEqualTo("2");
      assertThat(browser.findElement(By.cssSelector("textarea[cam-variable-name=decisionReason]")).isDisplayed())
          .isTrue();
    } finally {
      browser.quit();
    }
  }

  /** A declined payment's task "Arrange alternative payment", opened by ops in Tasklist. */
  private static void openTaskForm(ChromeDriver browser, String paymentId, String reference) throws Exception {
    Sandbox.simulate(paymentId, "Unhappy1");
    String processInstanceId = Json.field(Lender.awaitState(paymentId, "GUARANTEE_DECLINED"), "processInstanceId");
    String taskId = Json.field(LibertyServer.get("/engine-rest/task?processInstanceId=" + processInstanceId,
        OPS, OPS_PASSWORD).body(), "id");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(40));
    // the server's registry signs ops in (HTTP Basic here): Tasklist shows no login form of its own
    browser.get(LibertyServer.BASE_URL.replace("://", "://" + OPS + ":" + OPS_PASSWORD + "@")
        + "/camunda/app/tasklist/default/#/?task=" + taskId);
    wait.until(ExpectedConditions.attributeToBe(By.cssSelector("input[cam-variable-name=paymentReference]"),
        "value", reference));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("select[cam-variable-name=decision]")));
  }
}
