package com.geftflow.events;

import com.geftflow.security.HmacSha256;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * {@code X-GeftFlow-Signature: t=<unix seconds>,sha256=<HEX>}: the upper-case hex HMAC-SHA256,
 * keyed with the subscription's secret, of the bytes {@code <t>.<raw body>}. The time is signed, so
 * a receiver can refuse a replayed delivery.
 */
public final class EventSignature {

  public static final String HEADER = "X-GeftFlow-Signature";

  private EventSignature() {
  }

  public static String header(String secret, long unixSeconds, String body) {
    byte[] signed = (unixSeconds + "." + body).getBytes(StandardCharsets.UTF_8);
    return "t=" + unixSeconds + ",sha256=" + HexFormat.of().withUpperCase().formatHex(HmacSha256.of(secret, signed));
  }
}
