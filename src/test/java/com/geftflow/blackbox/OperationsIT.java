package com.geftflow.blackbox;

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
    String paymentId = LifecycleIT.startPayment("BB-OPS-" + UUID.randomUUID());
    LifecycleIT.simulate(paymentId, "Unhappy1");
    String processInstanceId = Json.field(LifecycleIT.awaitState(paymentId, "GUARANTEE_DECLINED"), "processInstanceId");
    String taskId = Json.field(get("/engine-rest/task?processInstanceId=" + processInstanceId, "ops", "ops").body(), "id");

    String filterId = Json.field(get("/engine-rest/filter?resourceType=Task&name=Operations", "ops", "ops").body(), "id");
    assertThat(post("/engine-rest/filter/" + filterId + "/list?maxResults=500", "ops", "ops", "{}").body())
        .contains(taskId);
    assertThat(get("/engine-rest/task/" + taskId, "auditor", "auditor").statusCode()).isEqualTo(200);

    String decision = """
        {"variables":{"decision":{"value":"ARRANGED","type":"String"},
                      "decisionReason":{"value":"borrower pays by wire","type":"String"}}}""";
    HttpResponse<String> refused = post("/engine-rest/task/" + taskId + "/submit-form", "auditor", "auditor", decision);
    assertThat(refused.statusCode()).isEqualTo(403);

    HttpResponse<String> done = post("/engine-rest/task/" + taskId + "/submit-form", "ops", "ops", decision);
    assertThat(done.statusCode()).as(done.body()).isIn(200, 204);
    assertThat(LifecycleIT.view(paymentId)).contains("\"source\":\"OPERATOR\"")
        .contains("Arrange alternative payment: ARRANGED by ops (borrower pays by wire)");
  }
}
