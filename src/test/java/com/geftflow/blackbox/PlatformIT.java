package com.geftflow.blackbox;

import static com.geftflow.blackbox.DevCredentials.ADMIN;
import static com.geftflow.blackbox.DevCredentials.ADMIN_PASSWORD;
import static com.geftflow.blackbox.LibertyServer.get;
import static com.geftflow.blackbox.LibertyServer.request;
import static com.geftflow.blackbox.LibertyServer.send;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The platform as a newcomer meets it: health, OpenAPI, the Camunda web apps and the engine REST API. */
class PlatformIT {

  @Test
  void readinessNamesTheEngineAndItsDatabase() throws Exception {
    HttpResponse<String> ready = get("/health/ready");

    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body()).contains("\"name\":\"camunda-engine\"").contains("\"status\":\"UP\"")
        .contains("\"engine\":\"default\"")
        .contains("\"database\":\"" + System.getProperty("it.db", "h2") + "\"")
        .contains("\"jobExecutorActive\":true");
    assertThat(get("/health/live").statusCode()).isEqualTo(200);
  }

  @Test
  void openApiIsServedWithItsUi() throws Exception {
    HttpResponse<String> document = get("/openapi");

    assertThat(document.statusCode()).isEqualTo(200);
    assertThat(document.body()).contains("openapi:").doesNotContain("/process-definition");
    assertThat(get("/openapi/ui/").statusCode()).isEqualTo(200);
  }

  @Test
  void webAppsAreServedUnderCamunda() throws Exception {
    for (String app : List.of("tasklist", "cockpit", "admin")) {
      HttpResponse<String> index = get("/camunda/app/" + app + "/default/");
      assertThat(index.statusCode()).as(app).isEqualTo(200);
      assertThat(index.body()).as(app).containsIgnoringCase("Camunda " + app)
          .contains("/camunda/api/" + app + "/plugin/");
    }
    assertThat(get("/camunda/api/tasklist/plugin/tasklistPlugins/static/app/plugin.js").statusCode())
        .isEqualTo(200);
  }

  @Test
  void demoLogsIntoTasklistWithoutAFirstUserSetUp() throws Exception {
    HttpResponse<String> page = get("/camunda/app/tasklist/default/");
    String xsrf = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
    String cookies = String.join("; ", page.headers().allValues("Set-Cookie").stream()
        .map(cookie -> cookie.split(";", 2)[0]).toList());

    HttpResponse<String> login = send(request("/camunda/api/admin/auth/user/default/login/tasklist")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/json")
        .header("X-XSRF-TOKEN", xsrf)
        .header("Cookie", cookies)
        .POST(HttpRequest.BodyPublishers.ofString("username=demo&password=demo"))
        .build());

    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.body()).contains("\"userId\":\"demo\"").contains("tasklist").contains("cockpit")
        .contains("admin");
  }

  @Test
  void engineRestRefusesAnonymousAndWrongCredentialsAndServesDemo() throws Exception {
    assertThat(get("/engine-rest/process-definition").statusCode()).isEqualTo(401);
    // an unknown user: a wrong password would make Camunda delay demo's next login by seconds
    assertThat(get("/engine-rest/process-definition", "nobody", "demo").statusCode()).isEqualTo(401);

    HttpResponse<String> definitions = get("/engine-rest/process-definition?key=geft-payment", ADMIN, ADMIN_PASSWORD);
    assertThat(definitions.statusCode()).isEqualTo(200);
    assertThat(definitions.body()).contains("\"key\":\"geft-payment\"");
  }

  @Test
  void theEngineListIsOpenByCamundaDesign() throws Exception {
    HttpResponse<String> engines = get("/engine-rest/engine");

    assertThat(engines.statusCode()).isEqualTo(200);
    assertThat(engines.body()).isEqualTo("[{\"name\":\"default\"}]");
  }

  @Test
  void idsAreUuidsSoThatClusterNodesNeverCollide() throws Exception {
    HttpResponse<String> definitions = get("/engine-rest/process-definition?key=geft-payment", ADMIN, ADMIN_PASSWORD);
    Matcher id = Pattern.compile("\"deploymentId\":\"([^\"]+)\"").matcher(definitions.body());

    assertThat(id.find()).isTrue();
    assertThat(id.group(1)).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  }
}
