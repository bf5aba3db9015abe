package com.geftflow.arquillian;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** Stands where Flinks' webhooks arrive, and records each delivery as received. */
@ApplicationPath("/probe")
public class WebhookProbe extends Application {

  record Delivery(String body, String signature, Instant receivedAt) {
    boolean isFor(String sessionId) {
      return body.contains("\"sessionId\":\"" + sessionId + "\"");
    }
  }

  @ApplicationScoped
  public static class Deliveries {
    private final List<Delivery> received = new CopyOnWriteArrayList<>();

    void add(Delivery delivery) {
      received.add(delivery);
    }

    List<Delivery> forSession(String sessionId) {
      return received.stream().filter(d -> d.isFor(sessionId)).toList();
    }
  }

  /** Records each delivery, then hands it unchanged to the product's receiver, as a network tap would. */
  @Path("/webhooks")
  public static class Receiver {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Inject
    Deliveries deliveries;

    @POST
    public Response receive(byte[] body, @HeaderParam("X-Webhook-Signature") String signature) throws Exception {
      deliveries.add(new Delivery(new String(body, StandardCharsets.UTF_8), signature, Instant.now()));
      HttpRequest.Builder forward = HttpRequest.newBuilder(URI.create(
              "http://localhost:" + System.getProperty("payara.http.port", "8080") + "/webhooks/flinks/geft"))
          .header("Content-Type", "application/json; charset=utf-8");
      if (signature != null) {
        forward.header("X-Webhook-Signature", signature);
      }
      HttpResponse<String> answer = HTTP.send(forward.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
          HttpResponse.BodyHandlers.ofString());
      return Response.status(answer.statusCode()).entity(answer.body()).build();
    }
  }

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(Receiver.class);
  }
}
