package com.geftflow.blackbox;

import static com.geftflow.blackbox.DevCredentials.LENDER;
import static com.geftflow.blackbox.DevCredentials.LENDER_PASSWORD;
import static com.geftflow.blackbox.LibertyServer.get;
import static com.geftflow.blackbox.LibertyServer.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/** A lender system driving payments over the lender API, as docs/api.md shows. */
final class Lender {

  /** Long enough for Expire, which only polling notices. */
  static final Duration PATIENCE = Duration.ofSeconds(90);

  private Lender() {
  }

  static String body(String referenceId, String amount) {
    return """
        {"referenceId":"%s","amount":%s,"currency":"CAD","language":"EN",
         "payor":{"firstName":"John","lastName":"Smith","email":"john.smith@example.com",
                  "address":{"addressLine1":"123 Main Street","city":"Toronto","postalCode":"M5V3A8",
                             "province":"ON","country":"CA"}},
         "payee":{"account":{"accountNumber":"12345678","transitNumber":"12345","institutionCode":"999"}}}
        """.formatted(referenceId, amount);
  }

  /** Starts a payment and waits until its Flinks session exists. */
  static String startPayment(String referenceId) throws Exception {
    HttpResponse<String> created = post("/api/payments", LENDER, LENDER_PASSWORD, body(referenceId, "500.00"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String paymentId = Json.field(created.body(), "paymentId");
    assertThat(created.headers().firstValue("Location")).hasValue(LibertyServer.BASE_URL + "/api/payments/" + paymentId);
    awaitState(paymentId, "AWAITING_BORROWER");
    return paymentId;
  }

  /** The borrower's capability: the token of the payment's current checkout link. */
  static String checkoutToken(String paymentId) throws Exception {
    String checkoutUrl = Json.field(view(paymentId), "checkoutUrl");
    return checkoutUrl.substring(checkoutUrl.indexOf("token=") + "token=".length());
  }

  /** Where the checkout page relays the borrower's steps, with the current token. */
  static String frontendEvents(String paymentId) throws Exception {
    return "/api/payments/" + paymentId + "/frontend-events?token=" + checkoutToken(paymentId);
  }

  static String view(String paymentId) throws Exception {
    HttpResponse<String> view = get("/api/payments/" + paymentId, LENDER, LENDER_PASSWORD);
    assertThat(view.statusCode()).isEqualTo(200);
    return view.body();
  }

  /** @return the payment view once it shows the state */
  static String awaitState(String paymentId, String state) {
    AtomicReference<String> last = new AtomicReference<>();
    await("payment " + paymentId + " reaching " + state).atMost(PATIENCE).pollInterval(Duration.ofMillis(250))
        .until(() -> {
          last.set(view(paymentId));
          // the payment's own state, its first "state" (fields in alphabetical order, the timeline
          // after): the timeline's entries carry states too, and may be read a moment after the
          // payment's row, already showing the next one
          return state.equals(Json.field(last.get(), "state"));
        });
    return last.get();
  }
}
