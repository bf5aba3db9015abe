package com.geftflow.blackbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/** The Liberty server that {@code mvn verify} started, seen from outside over HTTP. */
final class LibertyServer {

  static final String BASE_URL = System.getProperty("it.base.url", "http://localhost:9080");
  static final String HTTPS_URL = System.getProperty("it.https.url", "https://localhost:9443");

  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(10))
      .followRedirects(HttpClient.Redirect.NEVER)
      .build();

  private LibertyServer() {
  }

  static HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(BASE_URL + path)).timeout(Duration.ofSeconds(30));
  }

  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(request(path).GET().build());
  }

  static HttpResponse<String> get(String path, String user, String password) throws IOException, InterruptedException {
    return send(request(path).header("Authorization", basic(user, password)).GET().build());
  }

  static HttpResponse<String> post(String path, String user, String password, String json)
      throws IOException, InterruptedException {
    HttpRequest.Builder builder = request(path).header("Content-Type", "application/json");
    if (user != null) {
      builder.header("Authorization", basic(user, password));
    }
    return send(builder.POST(json == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(json)).build());
  }

  /** A GET over HTTPS, trusting the dev keystore's self-signed certificate, which only a test may do. */
  static HttpResponse<String> httpsGet(String path, String user, String password) throws Exception {
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
    HttpClient client = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(10)).build();
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(HTTPS_URL + path)).timeout(Duration.ofSeconds(30));
    if (user != null) {
      request.header("Authorization", basic(user, password));
    }
    return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
