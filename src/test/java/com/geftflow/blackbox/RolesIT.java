package com.geftflow.blackbox;

import static com.geftflow.blackbox.LibertyServer.get;
import static com.geftflow.blackbox.LibertyServer.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Each role against the endpoints it must not use. (Starting payments, the audit and the audit
 * page, the webhook, task completion and the checkout token are refused in their own tests.)
 */
class RolesIT {

  @Test
  void onlyLendersAndOperationsCancelAndOnlyLendersDecideOffers() throws Exception {
    String paymentId = LifecycleIT.startPayment("BB-ROLES-" + UUID.randomUUID());

    assertThat(post("/api/payments/" + paymentId + "/cancel", null, null, null).statusCode()).isEqualTo(401);
    assertThat(post("/api/payments/" + paymentId + "/cancel", "auditor", "auditor", null).statusCode()).isEqualTo(403);
    String decision = "{\"accept\":true}";
    assertThat(post("/api/payments/" + paymentId + "/guarantee-decision", "ops", "ops", decision).statusCode())
        .isEqualTo(403);
    assertThat(post("/api/payments/" + paymentId + "/guarantee-decision", "auditor", "auditor", decision).statusCode())
        .isEqualTo(403);
    assertThat(post("/api/payments/" + paymentId + "/guarantee-decision", "lender", "lender", decision).statusCode())
        .as("no offer awaits a decision").isEqualTo(409);
    assertThat(get("/api/payments/" + paymentId, null, null).statusCode()).isEqualTo(401);

    assertThat(LifecycleIT.view(paymentId)).contains("\"state\":\"AWAITING_BORROWER\"");
  }

  @Test
  void lenderSystemsHaveNoWayIntoTheEngine() throws Exception {
    assertThat(get("/engine-rest/task", "lender", "lender").statusCode()).isEqualTo(401);
    assertThat(get("/engine-rest/task", null, null).statusCode()).isEqualTo(401);
  }
}
