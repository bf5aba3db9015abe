package com.geftflow.arquillian;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.Application;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** Stands where Flinks' webhooks arrive, and records each delivery as received. */
@ApplicationPath("/probe")
public class WebhookProbe extends Application {

  record Delivery(String body, String signature) {
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

  @Path("/webhooks")
  public static class Receiver {
    @Inject
    Deliveries deliveries;

    @POST
    public void receive(byte[] body, @HeaderParam("X-Webhook-Signature") String signature) {
      deliveries.add(new Delivery(new String(body, StandardCharsets.UTF_8), signature));
    }
  }

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(Receiver.class);
  }
}
