package com.geftflow.payment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The borrower's capability: the payment's own unguessable token, compared in constant time, until it expires. */
public final class CheckoutTokens {

  private CheckoutTokens() {
  }

  public static boolean valid(GeftPayment payment, String token) {
    return token != null
        && MessageDigest.isEqual(payment.checkoutToken().getBytes(StandardCharsets.UTF_8),
            token.getBytes(StandardCharsets.UTF_8))
        && payment.checkoutTokenExpiresAt().isAfter(OffsetDateTime.now(ZoneOffset.UTC));
  }
}
