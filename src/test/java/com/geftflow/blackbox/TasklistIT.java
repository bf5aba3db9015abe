package com.geftflow.blackbox;

import static com.geftflow.blackbox.DevCredentials.OPS;
import static com.geftflow.blackbox.DevCredentials.OPS_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An operator logs into Tasklist with the server's dev user and opens a payment's task form. */
class TasklistIT {

  @Test
  void opsLogsInAndSeesThePaymentsFactsInTheTaskForm() throws Exception {
    String reference = "BB-TASKLIST-" + UUID.randomUUID();
    String paymentId = Lender.startPayment(reference);
    Sandbox.simulate(paymentId, "Unhappy1");
    String processInstanceId = Json.field(Lender.awaitState(paymentId, "GUARANTEE_DECLINED"), "processInstanceId");
    String taskId = Json.field(LibertyServer.get("/engine-rest/task?processInstanceId=" + processInstanceId,
        OPS, OPS_PASSWORD).body(), "id");

    ChromeDriver browser = Browser.start();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(40));
      browser.get(LibertyServer.BASE_URL + "/camunda/app/tasklist/default/");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model=username]")))
          .sendKeys("ops");
      browser.findElement(By.cssSelector("input[ng-model=password]")).sendKeys("ops");
      browser.findElement(By.cssSelector("button.btn-primary[type=submit]")).click();

      wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
          "//*[contains(text(),'Arrange alternative payment')]")));
      browser.get(LibertyServer.BASE_URL + "/camunda/app/tasklist/default/#/?task=" + taskId);
      wait.until(ExpectedConditions.attributeToBe(By.cssSelector("input[cam-variable-name=paymentReference]"),
          "value", reference));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("select[cam-variable-name=decision]")));
      Browser.screenshot(browser, "tasklist-form");

      assertThat(browser.findElement(By.cssSelector("input[cam-variable-name=payorName]")).getAttribute("value"))
          .isEqualTo("John Smith");
      assertThat(browser.findElement(By.cssSelector("select[cam-variable-name=decision]")).isDisplayed()).isTrue();
    } finally {
      browser.quit();
    }
  }
}
