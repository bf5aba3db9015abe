package com.geftflow.blackbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A lender's receiver of events, in the test: keeps every delivery it is sent, answers the first
 * {@code failFirst} with 503, and can be taken down (connections refused) and brought back on its port.
 */
final class EventReceiver implements AutoCloseable {

  /** One delivery as it arrived. */
  record Delivery(String signature, String body) {
  }

  final int port;
  private final List<Delivery> deliveries = new ArrayList<>();
  private final AtomicInteger refuseNext;
  private volatile int answer = 200;
  private HttpServer server;

  EventReceiver(int failFirst) throws IOException {
    this.port = ProductionServer.freePort();
    this.refuseNext = new AtomicInteger(failFirst);
    up();
  }

  String url() {
    return "http://localhost:" + port + "/lender/events";
  }

  void up() throws IOException {
    server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
    server.createContext("/lender/events", exchange -> {
      try (InputStream in = exchange.getRequestBody()) {
        String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        int status = refuseNext.getAndDecrement() > 0 ? 503 : answer;
        synchronized (deliveries) {
          deliveries.add(new Delivery(exchange.getRequestHeaders().getFirst("X-GeftFlow-Signature"), body));
        }
        exchange.sendResponseHeaders(status, -1);
      } finally {
        exchange.close();
      }
    });
    server.start();
  }

  void down() {
    server.stop(0);
  }

  /** From now on every delivery is answered so (410: the lender unsubscribes). */
  void answer(int status) {
    this.answer = status;
  }

  List<Delivery> deliveries() {
    synchronized (deliveries) {
      return List.copyOf(deliveries);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
