package com.geftflow.webhook;

import com.geftflow.security.HmacSha256;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Flinks' webhook signature: {@code X-Webhook-Signature: sha256=<HEX>}, HEX being the HMAC-SHA256 of
 * the raw body bytes keyed with the webhook secret. Flinks sends upper-case hex; any case is accepted.
 */
public final class WebhookSignature {

  public static final String HEADER = "X-Webhook-Signature";
  private static final String PREFIX = "sha256=";

  private WebhookSignature() {
  }

  public static String sign(String secret, byte[] body) {
    return PREFIX + HexFormat.of().withUpperCase().formatHex(HmacSha256.of(secret, body));
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
    return MessageDigest.isEqual(HmacSha256.of(secret, body), given);
  }

}
