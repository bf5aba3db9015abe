package com.geftflow.blackbox;

import static com.geftflow.blackbox.LibertyServer.request;
import static com.geftflow.blackbox.LibertyServer.send;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
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

/** The built-in sandbox of the Liberty server, used the way docs/sandbox.md shows. */
class SandboxIT {

  static String createSession() throws Exception {
    HttpResponse<String> created = Sandbox.call("POST", Sandbox.SESSIONS, """
        {"referenceId":"BB-%s","type":"EFT","direction":"DEBIT","currency":"CAD","amount":500.00,
         "options":{"guarantee":{"enable":true},"notificationPreferences":{"language":"EN"}},
         "payor":{"firstName":"John","lastName":"Smith","email":"john.smith@example.com",
                  "address":{"addressLine1":"123 Main Street","city":"Toronto","postalCode":"M5V3A8",
                             "province":"ON","country":"CA"}},
         "payee":{"account":{"accountNumber":"12345678","transitNumber":"12345","institutionCode":"999"}}}
        """.formatted(UUID.randomUUID()));
    assertThat(created.statusCode()).isEqualTo(200);
    Matcher id = Pattern.compile("\"sessionId\":\"([0-9a-f-]{36})\"").matcher(created.body());
    assertThat(id.find()).as(created.body()).isTrue();
    return id.group(1);
  }

  @Test
  void aSessionCreatedOverHttpIsDrivenToScheduled() throws Exception {
    String sessionId = createSession();
    assertThat(Sandbox.call("GET", Sandbox.SESSIONS + "/" + sessionId + "/status", null).body())
        .contains("\"status\":\"Initiated\"").contains("\"statusDetails\":\"EFT0101\"");

    HttpResponse<String> simulated = Sandbox.call("POST", Sandbox.SESSIONS + "/" + sessionId + "/simulate", "{\"scenario\":\"Happy1\"}");

    assertThat(simulated.statusCode()).isEqualTo(200);
    assertThat(Sandbox.call("GET", Sandbox.SESSIONS + "/" + sessionId + "/status", null).body())
        .contains("\"status\":\"Completed\"").contains("\"statusDetails\":\"EFT0301\"");
  }

  @Test
  void faultSettingsOutOfRangeOrOfTheWrongTypeAreRefusedAndChangeNothing() throws Exception {
    String before = Sandbox.call("GET", "/sandbox/flinks/admin/faults", null).body();
    for (String change : List.of("{\"answerDelayMillis\":-1}", "{\"answerDelayMillis\":60001}",
        "{\"answerDelayMillis\":\"soon\"}", "{\"answerDelayMillis\":true}", "{\"apiLatencyMillis\":60001}",
        "{\"answerDelayMillis\":")) {
      HttpResponse<String> refused = Sandbox.call("PUT", "/sandbox/flinks/admin/faults", change);
      assertThat(refused.statusCode()).as(change + ": " + refused.body()).isEqualTo(400);
      assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("application/problem+json"));
    }
    assertThat(Sandbox.call("GET", "/sandbox/flinks/admin/faults", null).body()).isEqualTo(before);
  }

  @Test
  void missingCredentialsAndInvalidFieldsAnswerProblemDetails() throws Exception {
    HttpResponse<String> anonymous = send(request(Sandbox.SESSIONS + "/x/status").GET().build());
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));

    HttpResponse<String> invalid = Sandbox.call("POST", Sandbox.SESSIONS, """
        {"type":"EFT","direction":"DEBIT","options":{"guarantee":{"enable":true}},"payor":{"firstName":"J"}}""");
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(invalid.body()).contains("\"field\":\"payor.lastName\"");
  }

  @Test
  void theIframeEmitsTheGuidesStepsInOrderWhenABorrowerClicksThroughHappy1() throws Exception {
    String sessionId = createSession();
    ChromeDriver browser = Browser.start();
    try {
      browser.get(LibertyServer.BASE_URL + "/sandbox/flinks/embed?sessionId=" + sessionId);
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#events li[data-step=APP_MOUNTED]")));

      browser.switchTo().frame("flinks");
      browser.findElement(By.cssSelector("[data-bank=FlinksCapital]")).click();
      browser.findElement(By.id("username")).sendKeys("Happy1");
      browser.findElement(By.id("password")).sendKeys("Everyday");
      browser.findElement(By.id("submit")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#outcome[data-step=SUCCESS]")));
      browser.switchTo().defaultContent();

      wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#events li"), 5));
      List<String> steps = browser.findElements(By.cssSelector("#events li")).stream()
          .map(item -> item.getAttribute("data-step")).toList();
      assertThat(steps).containsExactly(
          "APP_MOUNTED", "INSTITUTION_SELECTED", "ACCOUNT_CONNECTED", "GUARANTEE_OFFERED", "SUCCESS");
      Browser.screenshot(browser, "sandbox-iframe-happy1");
    } finally {
      browser.quit();
    }
    assertThat(Sandbox.call("GET", Sandbox.SESSIONS + "/" + sessionId + "/status", null).body()).contains("EFT0301");
  }

  @Test
  void aWrongPasswordChangesNothing() throws Exception {
    String sessionId = createSession();
    HttpResponse<String> refused = send(request("/sandbox/flinks/app/api/sessions/" + sessionId + "/login")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"Happy1\",\"password\":\"nope\"}")).build());

    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(Sandbox.call("GET", Sandbox.SESSIONS + "/" + sessionId + "/status", null).body()).contains("EFT0101");
  }
}
