package com.geftflow.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The borrower's checkout page in headless Chromium, with the sandbox iframe in it. */
class CheckoutIT {

  @Test
  void aBorrowerClicksThroughHappy1AndThePageShowsTheScheduledPayment() throws Exception {
    String paymentId = Lender.startPayment("BB-CHECKOUT-" + UUID.randomUUID());
    String checkoutUrl = Json.field(Lender.view(paymentId), "checkoutUrl");

    ChromeDriver browser = Browser.start();
    try {
      browser.get(checkoutUrl);
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      wait.until(ExpectedConditions.attributeToBe(By.id("status"), "data-state", "AWAITING_BORROWER"));
      Browser.screenshot(browser, "checkout-waiting");

      wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("flinks")));
      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-bank=FlinksCapital]"))).click();
      browser.findElement(By.id("username")).sendKeys("Happy1");
      browser.findElement(By.id("password")).sendKeys("Everyday");
      browser.findElement(By.id("submit")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#outcome[data-step=SUCCESS]")));
      browser.switchTo().defaultContent();

      wait.until(ExpectedConditions.attributeToBe(By.id("status"), "data-state", "SCHEDULED"));
      assertThat(browser.findElement(By.id("message")).getText()).contains("guaranteed and scheduled");
      assertThat(browser.findElement(By.id("flinks")).isDisplayed()).isFalse();
      Browser.screenshot(browser, "checkout-scheduled");
    } finally {
      browser.quit();
    }

    String view = Lender.awaitState(paymentId, "SCHEDULED");
    Matcher steps = Pattern.compile("\"kind\":\"([A-Z_]+)\",(?:\"seq\":\\d+,)?\"source\":\"FRONTEND\"").matcher(view);
    List<String> relayed = steps.results().map(m -> m.group(1)).toList();
    assertThat(relayed).containsExactly("APP_MOUNTED", "INSTITUTION_SELECTED", "ACCOUNT_CONNECTED",
        "GUARANTEE_OFFERED", "SUCCESS");
  }

  @Test
  void aWrongTokenShowsNoPaymentAndNoStatus() throws Exception {
    String paymentId = Lender.startPayment("BB-CHECKOUT-TOKEN-" + UUID.randomUUID());

    HttpResponse<String> page = LibertyServer.get("/checkout/" + paymentId + "?token=guess");
    HttpResponse<String> status = LibertyServer.get("/checkout/" + paymentId + "/status?token=guess");

    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.body()).contains("can't be used").doesNotContain(paymentId);
    assertThat(status.statusCode()).isEqualTo(403);
  }
}
