package com.geftflow.blackbox;

import static com.geftflow.blackbox.DevCredentials.AUDITOR;
import static com.geftflow.blackbox.DevCredentials.AUDITOR_PASSWORD;
import static com.geftflow.blackbox.DevCredentials.OPS;
import static com.geftflow.blackbox.DevCredentials.OPS_PASSWORD;
import static com.geftflow.blackbox.LibertyServer.get;
import static com.geftflow.blackbox.LibertyServer.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Operators work the process's tasks; auditors can look but not decide. */
class OperationsIT {

  @Test
  void opsSeesTheTaskInItsFilterAndDecidesAuditorCannot() throws Exception {
    String paymentId = Lender.startPayment("BB-OPS-" + UUID.randomUUID());
    Sandbox.simulate(paymentId, "Unhappy1");
    String processInstanceId = Json.field(Lender.awaitState(paymentId, "GUARANTEE_DECLINED"), "processInstanceId");
    String taskId = Json.field(get("/engine-rest/task?processInstanceId=" + processInstanceId, OPS, OPS_PASSWORD).body(), "id");

    String filterId = Json.field(get("/engine-rest/filter?resourceType=Task&name=Operations", OPS, OPS_PASSWORD).body(), "id");
    assertThat(post("/engine-rest/filter/" + filterId + "/list?maxResults=500", OPS, OPS_PASSWORD, "{}").body())
        .contains(taskId);
    assertThat(get("/engine-rest/task/" + taskId, AUDITOR, AUDITOR_PASSWORD).statusCode()).isEqualTo(200);

    String decision = """
        {"variables":{"decision":{"value":"ARRANGED","type":"String"},
                      "decisionReason":{"value":"borrower pays by wire","type":"String"}}}""";
    HttpResponse<String> refused = post("/engine-rest/task/" + taskId + "/submit-form", AUDITOR, AUDITOR_PASSWORD, decision);
    assertThat(refused.statusCode()).isEqualTo(403);

    HttpResponse<String> done = post("/engine-rest/task/" + taskId + "/submit-form", OPS, OPS_PASSWORD, decision);
    assertThat(done.statusCode()).as(done.body()).isIn(200, 204);
    assertThat(Lender.view(paymentId)).contains("\"source\":\"OPERATOR\"")
        .contains("Arrange alternative payment: ARRANGED by ops (borrower pays by wire)");
  }
}
