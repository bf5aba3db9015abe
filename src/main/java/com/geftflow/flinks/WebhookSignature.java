package com.geftflow.flinks;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Flinks' webhook signature: {@code X-Webhook-Signature: sha256=<HEX>}, HEX being the HMAC-SHA256 of
 * the raw body bytes keyed with the webhook secret. Flinks sends upper-case hex; any case is accepted.
 */
public final class WebhookSignature {

  public static final String HEADER = "X-Webhook-Signature";
  private static final String PREFIX = "sha256=";
  private static final String ALGORITHM = "HmacSHA256";

  private WebhookSignature() {
  }

  public static String sign(String secret, byte[] body) {
    return PREFIX + HexFormat.of().withUpperCase().formatHex(hmac(secret, body));
  }

  /** Constant-time: the comparison takes as long for a near miss as for a wild guess. */
  public static boolean matches(String secret, byte[] body, String header) {
    if (header == null || secret == null || secret.isEmpty()
        || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      return false;
    }
    byte[] given;
    try {
      given = HexFormat.of().parseHex(header.substring(PREFIX.length()).trim());
    } catch (IllegalArgumentException notHex) {
      return false;
    }
    return MessageDigest.isEqual(hmac(secret, body), given);
  }

  private static byte[] hmac(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
      return mac.doFinal(body);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 unavailable", e);
    }
  }
}
