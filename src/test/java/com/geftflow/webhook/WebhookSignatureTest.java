package com.geftflow.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  private static final byte[] BODY =
      "{\"sessionId\":\"s-1\",\"status\":\"Completed\",\"statusDetails\":\"EFT0301\"}".getBytes(StandardCharsets.UTF_8);

  @Test
  void signsLikeFlinksWithUpperCaseHexOfTheRawBody() {
    // reference value: printf hello | openssl dgst -sha256 -hmac secret
    assertThat(WebhookSignature.sign("secret", "hello".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("sha256=88AAB3EDE8D3ADF94D26AB90D3BAFD4A2083070C3BCCE9C014EE04A443847C0B");
  }

  @Test
  void acceptsItsOwnSignatureInAnyCase() {
    String signature = WebhookSignature.sign("secret", BODY);

    assertThat(WebhookSignature.matches("secret", BODY, signature)).isTrue();
    assertThat(WebhookSignature.matches("secret", BODY, signature.toLowerCase())).isTrue();
    assertThat(WebhookSignature.matches("secret", BODY, "SHA256=" + signature.substring(7))).isTrue();
  }

  @Test
  void refusesAnyOtherBodySecretOrHeader() {
    String signature = WebhookSignature.sign("secret", BODY);
    byte[] tampered = new String(BODY, StandardCharsets.UTF_8).replace("EFT0301", "EFT0302").getBytes(StandardCharsets.UTF_8);

    assertThat(WebhookSignature.matches("secret", tampered, signature)).isFalse();
    assertThat(WebhookSignature.matches("other", BODY, signature)).isFalse();
    assertThat(WebhookSignature.matches("secret", BODY, null)).isFalse();
    assertThat(WebhookSignature.matches("secret", BODY, "")).isFalse();
    assertThat(WebhookSignature.matches("secret", BODY, signature.substring(7))).isFalse();
    assertThat(WebhookSignature.matches("secret", BODY, "sha256=zz")).isFalse();
    assertThat(WebhookSignature.matches("secret", BODY, "sha1=" + signature.substring(7))).isFalse();
    assertThat(WebhookSignature.matches("", BODY, signature)).isFalse();
  }
}
