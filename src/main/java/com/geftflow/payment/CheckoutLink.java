package com.geftflow.payment;

import java.net.URI;
import java.time.OffsetDateTime;

/** The borrower's checkout link of a payment, and when it stops working. */
public record CheckoutLink(URI url, OffsetDateTime expiresAt) {

  /** @param base where the server is reached from outside, e.g. {@code https://pay.example.com} */
  public static CheckoutLink of(URI base, GeftPayment payment) {
    String root = base.toString().endsWith("/") ? base.toString() : base + "/";
    return new CheckoutLink(URI.create(root + "checkout/" + payment.paymentId() + "?token=" + payment.checkoutToken()),
        payment.checkoutTokenExpiresAt());
  }
}
