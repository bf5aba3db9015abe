package com.geftflow.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The server answers over HTTPS (the dev keystore's self-signed certificate), and tells browsers to stay there. */
class TlsIT {

  @Test
  void httpsAnswersWithHstsAndPlainHttpWithout() throws Exception {
    HttpResponse<String> secure = LibertyServer.httpsGet("/api/payments?limit=1", DevCredentials.LENDER,
        DevCredentials.LENDER_PASSWORD);
    HttpResponse<String> plain = LibertyServer.get("/api/payments?limit=1", DevCredentials.LENDER,
        DevCredentials.LENDER_PASSWORD);

    assertThat(secure.statusCode()).isEqualTo(200);
    assertThat(secure.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
    assertThat(plain.statusCode()).isEqualTo(200);
    assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
  }
}
