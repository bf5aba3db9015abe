package com.geftflow.blackbox;

import static com.geftflow.blackbox.LibertyServer.request;
import static com.geftflow.blackbox.LibertyServer.send;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The server's built-in Flinks sandbox, called with its dev credentials as docs/sandbox.md shows. */
final class Sandbox {

  static final String SESSIONS = "/sandbox/flinks/api/v2/sessions";

  private Sandbox() {
  }

  static HttpResponse<String> call(String method, String path, String json) throws Exception {
    HttpRequest.Builder builder = request(path)
        .header("Content-Type", "application/json")
        .header("x-api-key", DevCredentials.SANDBOX_API_KEY)
        .header("x-client-id", DevCredentials.SANDBOX_CLIENT_ID);
    return send(builder.method(method, json == null
        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build());
  }

  /** Changes the sandbox's fault settings (only the fields given), as docs/sandbox.md shows. */
  static void faults(String json) throws Exception {
    HttpResponse<String> changed = call("PUT", "/sandbox/flinks/admin/faults", json);
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
  }

  /** Drives the payment's session as a borrower of this scenario would. */
  static void simulate(String paymentId, String scenario) throws Exception {
    String sessionId = Json.field(Lender.view(paymentId), "sessionId");
    HttpResponse<String> simulated = call("POST", SESSIONS + "/" + sessionId + "/simulate",
        "{\"scenario\":\"" + scenario + "\"}");
    assertThat(simulated.statusCode()).as(simulated.body()).isEqualTo(200);
  }
}
