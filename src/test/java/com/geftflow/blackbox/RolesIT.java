package com.geftflow.blackbox;

import static com.geftflow.blackbox.DevCredentials.AUDITOR;
import static com.geftflow.blackbox.DevCredentials.AUDITOR_PASSWORD;
import static com.geftflow.blackbox.DevCredentials.LENDER;
import static com.geftflow.blackbox.DevCredentials.LENDER_PASSWORD;
import static com.geftflow.blackbox.DevCredentials.OPS;
import static com.geftflow.blackbox.DevCredentials.OPS_PASSWORD;
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
    String paymentId = Lender.startPayment("BB-ROLES-" + UUID.randomUUID());

    assertThat(post("/api/payments/" + paymentId + "/cancel", null, null, null).statusCode()).isEqualTo(401);
    assertThat(post("/api/payments/" + paymentId + "/cancel", AUDITOR, AUDITOR_PASSWORD, null).statusCode()).isEqualTo(403);
    String decision = "{\"accept\":true}";
    assertThat(post("/api/payments/" + paymentId + "/guarantee-decision", OPS, OPS_PASSWORD, decision).statusCode())
        .isEqualTo(403);
    assertThat(post("/api/payments/" + paymentId + "/guarantee-decision", AUDITOR, AUDITOR_PASSWORD, decision).statusCode())
        .isEqualTo(403);
    assertThat(post("/api/payments/" + paymentId + "/guarantee-decision", LENDER, LENDER_PASSWORD, decision).statusCode())
        .as("no offer awaits a decision").isEqualTo(409);
    assertThat(get("/api/payments/" + paymentId, null, null).statusCode()).isEqualTo(401);

    assertThat(Lender.view(paymentId)).contains("\"state\":\"AWAITING_BORROWER\"");
  }

  @Test
  void lenderSystemsHaveNoWayIntoTheEngine() throws Exception {
    assertThat(get("/engine-rest/task", LENDER, LENDER_PASSWORD).statusCode()).isEqualTo(403);
    assertThat(get("/camunda/app/tasklist/default/", LENDER, LENDER_PASSWORD).statusCode()).isEqualTo(403);
    assertThat(get("/engine-rest/task", null, null).statusCode()).isEqualTo(401);
  }
}
