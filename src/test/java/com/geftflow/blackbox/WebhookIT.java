package com.geftflow.blackbox;

import static com.geftflow.blackbox.LibertyServer.request;
import static com.geftflow.blackbox.LibertyServer.send;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The webhook receiver as Flinks (or an attacker) meets it. */
class WebhookIT {

  static final String SECRET = DevCredentials.WEBHOOK_SECRET;

  /** Written apart from the product's signer, so that this test checks it against the scheme Flinks publishes. */
  static String sign(String secret, byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return "sha256=" + HexFormat.of().withUpperCase().formatHex(mac.doFinal(body));
  }

  static HttpResponse<String> deliver(String json, String signature) throws Exception {
    HttpRequest.Builder builder = request("/webhooks/flinks/geft")
        .header("Content-Type", "application/json; charset=utf-8");
    if (signature != null) {
      builder.header("X-Webhook-Signature", signature);
    }
    return send(builder.POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  static String payload(String sessionId, Instant when) {
    return "{\"eventType\":\"SessionSetupStatusChanged\",\"sessionId\":\"" + sessionId
        + "\",\"referenceId\":\"R\",\"status\":\"Completed\",\"statusDetails\":\"EFT0301\",\"when\":\"" + when + "\"}";
  }

  @Test
  void aSignedFreshDeliveryIsAcceptedOnceAndItsDuplicatesChangeNothing() throws Exception {
    String json = payload(UUID.randomUUID().toString(), Instant.now());
    String signature = sign(SECRET, json.getBytes(StandardCharsets.UTF_8));

    HttpResponse<String> first = deliver(json, signature);
    HttpResponse<String> duplicate = deliver(json, signature.toLowerCase().replace("sha256=", "sha256="));

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.body()).contains("\"duplicate\":false");
    assertThat(duplicate.statusCode()).isEqualTo(200);
    assertThat(duplicate.body()).contains("\"duplicate\":true");
  }

  @Test
  void aMissingOrWrongSignatureIsRefused() throws Exception {
    String json = payload(UUID.randomUUID().toString(), Instant.now());

    assertThat(deliver(json, null).statusCode()).isEqualTo(401);
    assertThat(deliver(json, sign("another-secret", json.getBytes(StandardCharsets.UTF_8))).statusCode()).isEqualTo(401);
    String tampered = json.replace("EFT0301", "EFT0302");
    assertThat(deliver(tampered, sign(SECRET, json.getBytes(StandardCharsets.UTF_8))).statusCode()).isEqualTo(401);
  }

  @Test
  void aDeliveryOlderThanTheToleranceIsRefused() throws Exception {
    String stale = payload(UUID.randomUUID().toString(), Instant.now().minusSeconds(6 * 60));

    HttpResponse<String> refused = deliver(stale, sign(SECRET, stale.getBytes(StandardCharsets.UTF_8)));

    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.body()).contains("window");
  }

  @Test
  void aSignedBodyWithoutTheRequiredFieldsIsABadRequest() throws Exception {
    String incomplete = "{\"sessionId\":\"x\",\"when\":\"" + Instant.now() + "\"}";

    assertThat(deliver(incomplete, sign(SECRET, incomplete.getBytes(StandardCharsets.UTF_8))).statusCode())
        .isEqualTo(400);
  }
}
