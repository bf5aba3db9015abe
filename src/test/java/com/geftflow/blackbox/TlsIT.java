package com.geftflow.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;

/** The server answers over HTTPS (the dev keystore's self-signed certificate), and tells browsers to stay there. */
class TlsIT {

  private static final String HTTPS_URL = System.getProperty("it.https.url", "https://localhost:9443");

  @Test
  void httpsAnswersWithHstsAndPlainHttpWithout() throws Exception {
    HttpResponse<String> secure = trustingTheDevCertificate().send(HttpRequest.newBuilder(
        URI.create(HTTPS_URL + "/api/payments?limit=1")).timeout(Duration.ofSeconds(30))
        .header("Authorization", LibertyServer.basic(DevCredentials.LENDER, DevCredentials.LENDER_PASSWORD)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> plain = LibertyServer.get("/api/payments?limit=1", DevCredentials.LENDER,
        DevCredentials.LENDER_PASSWORD);

    assertThat(secure.statusCode()).isEqualTo(200);
    assertThat(secure.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
    assertThat(plain.statusCode()).isEqualTo(200);
    assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
  }

  /** The dev certificate is self-signed: this client trusts any, which only a test may do. */
  private static HttpClient trustingTheDevCertificate() throws Exception {
    X509TrustManager any = new X509TrustManager() {
      @Override
      public void checkClientTrusted(X509Certificate[] chain, String authType) {
      }

      @Override
      public void checkServerTrusted(X509Certificate[] chain, String authType) {
      }

      @Override
      public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
      }
    };
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(null, new TrustManager[] {any}, new SecureRandom());
    return HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(10)).build();
  }
}
