package com.geftflow.blackbox;

import static com.geftflow.blackbox.DevCredentials.ADMIN;
import static com.geftflow.blackbox.DevCredentials.ADMIN_PASSWORD;
import static com.geftflow.blackbox.DevCredentials.OPS;
import static com.geftflow.blackbox.DevCredentials.OPS_PASSWORD;
import static com.geftflow.blackbox.LibertyServer.get;
import static com.geftflow.blackbox.LibertyServer.request;
import static com.geftflow.blackbox.LibertyServer.send;
import static org.assertj.core.api.Assertions.assertThat;

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
    assertThat(document.body()).contains("openapi:").contains("/api/payments/{paymentId}:")
        .doesNotContain("/process-definition").doesNotContain("/webhooks/payments").doesNotContain("/api/v2/sessions");
    assertThat(get("/openapi/ui/").statusCode()).isEqualTo(200);
  }

  @Test
  void webAppsAreServedUnderCamundaToSignedInPeopleOnly() throws Exception {
    for (String app : List.of("tasklist", "cockpit", "admin")) {
      assertThat(get("/camunda/app/" + app + "/default/").statusCode()).as(app + " anonymous").isEqualTo(401);
      HttpResponse<String> index = get("/camunda/app/" + app + "/default/", ADMIN, ADMIN_PASSWORD);
      assertThat(index.statusCode()).as(app).isEqualTo(200);
      assertThat(index.body()).as(app).containsIgnoringCase("Camunda " + app)
          .contains("/camunda/api/" + app + "/plugin/");
    }
    assertThat(get("/camunda/api/tasklist/plugin/tasklistPlugins/static/app/plugin.js", OPS, OPS_PASSWORD)
        .statusCode()).isEqualTo(200);
  }

  /** One identity: the registry signs people in, their roles are their Camunda groups, the engine has no users. */
  @Test
  void theWebAppsSignInTheRegistrysUserWithTheirRolesAsGroups() throws Exception {
    assertThat(signedIn(ADMIN, ADMIN_PASSWORD)).contains("\"userId\":\"demo\"")
        .contains("\"tasklist\"").contains("\"cockpit\"").contains("\"admin\"");
    assertThat(signedIn(OPS, OPS_PASSWORD)).contains("\"userId\":\"ops\"")
        .contains("\"tasklist\"").contains("\"cockpit\"").doesNotContain("\"admin\"");

    HttpResponse<String> users = get("/engine-rest/user/count", ADMIN, ADMIN_PASSWORD);
    assertThat(users.body()).as("no second user store").isEqualTo("{\"count\":0}");
    HttpResponse<String> groups = get("/engine-rest/group?sortBy=id&sortOrder=asc", ADMIN, ADMIN_PASSWORD);
    assertThat(groups.body()).contains("\"id\":\"auditor\"").contains("\"id\":\"camunda-admin\"")
        .contains("\"id\":\"operations\"");
  }

  /** What Tasklist asks first: who is signed in, and which apps they may open. */
  private static String signedIn(String user, String password) throws Exception {
    HttpResponse<String> page = get("/camunda/app/tasklist/default/", user, password);
    String cookies = String.join("; ", page.headers().allValues("Set-Cookie").stream()
        .map(cookie -> cookie.split(";", 2)[0]).toList());
    HttpResponse<String> authentication = send(request("/camunda/api/admin/auth/user/default")
        .header("Accept", "application/json")
        .header("Cookie", cookies)
        .header("Authorization", LibertyServer.basic(user, password))
        .build());
    assertThat(authentication.statusCode()).as(authentication.body()).isEqualTo(200);
    return authentication.body();
  }

  @Test
  void engineRestSignsInTheRegistrysOperatorsOnly() throws Exception {
    assertThat(get("/engine-rest/process-definition").statusCode()).isEqualTo(401);
    assertThat(get("/engine-rest/process-definition", "nobody", "demo").statusCode()).isEqualTo(401);

    HttpResponse<String> definitions = get("/engine-rest/process-definition?key=geft-payment", ADMIN, ADMIN_PASSWORD);
    assertThat(definitions.statusCode()).isEqualTo(200);
    assertThat(definitions.body()).contains("\"key\":\"geft-payment\"");
  }

  @Test
  void theEngineListIsProtectedToo() throws Exception {
    assertThat(get("/engine-rest/engine").statusCode()).as("Camunda leaves it open; the container does not")
        .isEqualTo(401);
    HttpResponse<String> engines = get("/engine-rest/engine", OPS, OPS_PASSWORD);

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
