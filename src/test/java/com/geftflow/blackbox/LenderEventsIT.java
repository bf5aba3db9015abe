package com.geftflow.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Lender events pushed to a receiver in the test (docs/lender-events.md), by the production package
 * on its own sandbox: the receiver fails the first deliveries, is down for a while, the server is
 * killed and started again in between; every event still arrives, in order per payment, signed, and
 * exactly the state changes on each payment's timeline. Then a 410 unsubscribes it.
 */
class LenderEventsIT {

  private static final String LENDER = "lending-system";
  private static final String LENDER_PASSWORD = UUID.randomUUID().toString();
  private static final String SECRET = "events-secret-" + UUID.randomUUID();
  private static final Pattern SIGNATURE = Pattern.compile("t=(\\d+),sha256=([0-9A-F]{64})");
  private static final Duration PATIENCE = Duration.ofSeconds(90);

  @Test
  void everyEventArrivesInOrderSignedThroughFailuresAnOutageAndARestart() throws Exception {
    Path home = ProductionServer.newHome();
    int httpPort = ProductionServer.freePort();
    int httpsPort = ProductionServer.freePort();
    String base = "http://localhost:" + httpPort;
    try (EventReceiver receiver = new EventReceiver(3)) {
      Map<String, String> settings = new HashMap<>(ProductionServer.onItsOwnSandbox(home, base, "events-node", LENDER,
          LENDER_PASSWORD));
      settings.put("WLP_OUTPUT_DIR", home.resolve("output").toString());
      settings.put("GEFT_DB", "h2");
      settings.put("GEFT_LENDER_EVENTS_URL", receiver.url());
      settings.put("GEFT_LENDER_EVENTS_SECRET", SECRET);
      settings.put("GEFT_LENDER_EVENTS_INTERVAL", "PT0.2S");
      settings.put("GEFT_LENDER_EVENTS_RETRY_FIRST", "PT0.5S");
      settings.put("GEFT_LENDER_EVENTS_RETRY_MAX", "PT2S");
      NodeClient node = new NodeClient(base, LENDER, LENDER_PASSWORD);
      List<String> payments = new ArrayList<>();

      try (ProductionServer first = ProductionServer.start(home, settings, httpPort, httpsPort)) {
        first.awaitReady();
        payments.add(settle(node, "EV-HAPPY", "Happy1", "SCHEDULED"));
        payments.add(settle(node, "EV-DECLINED", "Unhappy1", "GUARANTEE_DECLINED"));
        await("the first events through the 503s").atMost(PATIENCE)
            .until(() -> distinctIds(receiver).size() >= 3);

        receiver.down();
        payments.add(settle(node, "EV-LOGIN", "LoginFailed", "LOGIN_FAILED"));
        payments.add(node.start("EV-WAITING-" + UUID.randomUUID()));
        node.awaitState(payments.get(3), "AWAITING_BORROWER", PATIENCE);
        first.kill();
      }

      try (ProductionServer second = ProductionServer.start(home, settings, httpPort, httpsPort)) {
        second.awaitReady();
        receiver.up();
        for (String paymentId : payments) {
          await("every event of " + paymentId + " delivered").atMost(PATIENCE)
              .until(() -> deliveries(node, paymentId).stream().allMatch(d -> d.equals("DELIVERED")));
        }

        Map<String, JsonObject> firstBodyOfId = new HashMap<>();
        Map<String, List<Integer>> arrivalSequences = new LinkedHashMap<>();
        for (EventReceiver.Delivery delivery : receiver.deliveries()) {
          assertThat(verified(delivery)).as("signature of " + delivery.body()).isTrue();
          JsonObject body = json(delivery.body()).asJsonObject();
          JsonObject earlier = firstBodyOfId.putIfAbsent(body.getString("id"), body);
          assertThat(earlier == null || earlier.equals(body)).as("a duplicate carries the same event").isTrue();
          arrivalSequences.computeIfAbsent(body.getString("paymentId"), p -> new ArrayList<>())
              .add(body.getInt("sequence"));
        }
        assertThat(receiver.deliveries().size()).as("the 503s were delivered again").isGreaterThan(firstBodyOfId.size());
        for (String paymentId : payments) {
          List<JsonObject> events = events(node, paymentId);
          List<String> states = events.stream().map(e -> typeAndState(firstBodyOfId.get(e.getString("id")))).toList();
          assertThat(states).as("every event of " + paymentId + " arrived").doesNotContainNull();
          assertThat(arrivalSequences.get(paymentId)).as("in order").isSorted();
          assertThat(arrivalSequences.get(paymentId).stream().distinct().toList())
              .isEqualTo(java.util.stream.IntStream.rangeClosed(1, events.size()).boxed().toList());
          assertThat(states.stream().map(s -> s.substring(s.indexOf('/') + 1)).toList())
              .as("exactly the state changes on the timeline")
              .containsExactlyInAnyOrderElementsOf(timelineStates(node, paymentId));
        }
        assertThat(states(firstBodyOfId, payments.get(0))).containsExactly("CREATED/CREATING",
            "CHECKOUT_READY/AWAITING_BORROWER", "SCHEDULED/SCHEDULED");
        assertThat(states(firstBodyOfId, payments.get(1))).containsExactly("CREATED/CREATING",
            "CHECKOUT_READY/AWAITING_BORROWER", "GUARANTEE_DECLINED/GUARANTEE_DECLINED");
        assertThat(events(node, payments.get(0)).get(0).getJsonArray("tries").size())
            .as("503, 503, 503, then delivered").isGreaterThanOrEqualTo(2);

        // the pull feed: the same events, each once, in an order that keeps every payment's
        assertThat(feed(node)).extracting(e -> e.getString("id")).containsExactlyInAnyOrderElementsOf(
            firstBodyOfId.keySet());

        // the receiver says 410 Gone: that event and every later one are not sent again
        receiver.answer(410);
        int before = receiver.deliveries().size();
        String gone = settle(node, "EV-GONE", "Happy1", "SCHEDULED");
        await("unsubscribed").atMost(PATIENCE)
            .until(() -> deliveries(node, gone).stream().allMatch(d -> d.equals("UNSUBSCRIBED")));
        assertThat(receiver.deliveries().size() - before).as("one delivery, the one answered 410").isEqualTo(1);
      }
    }
  }

  private static String settle(NodeClient node, String reference, String scenario, String state) {
    String paymentId = node.start(reference + "-" + UUID.randomUUID());
    node.awaitState(paymentId, "AWAITING_BORROWER", PATIENCE);
    node.simulate(paymentId, scenario);
    node.awaitState(paymentId, state, PATIENCE);
    return paymentId;
  }

  private static boolean verified(EventReceiver.Delivery delivery) throws Exception {
    Matcher signature = SIGNATURE.matcher(delivery.signature());
    if (!signature.matches()) {
      return false;
    }
    long sentAt = Long.parseLong(signature.group(1));
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String expected = HexFormat.of().withUpperCase()
        .formatHex(mac.doFinal((sentAt + "." + delivery.body()).getBytes(StandardCharsets.UTF_8)));
    // a receiver refuses old deliveries: these were all signed when they were sent
    return expected.equals(signature.group(2))
        && Math.abs(Instant.now().getEpochSecond() - sentAt) < Duration.ofMinutes(10).toSeconds();
  }

  private static java.util.Set<String> distinctIds(EventReceiver receiver) {
    return receiver.deliveries().stream().map(d -> json(d.body()).asJsonObject().getString("id"))
        .collect(java.util.stream.Collectors.toSet());
  }

  private static JsonValue json(String text) {
    return Json.createReader(new StringReader(text)).readValue();
  }

  private static List<JsonObject> events(NodeClient node, String paymentId) {
    return json(node.get("/api/payments/" + paymentId + "/events").body()).asJsonArray().getValuesAs(JsonObject.class);
  }

  private static List<String> deliveries(NodeClient node, String paymentId) {
    return events(node, paymentId).stream().map(e -> e.getString("delivery")).toList();
  }

  private static List<String> timelineStates(NodeClient node, String paymentId) {
    JsonArray timeline = json(node.view(paymentId)).asJsonObject().getJsonArray("timeline");
    return timeline.getValuesAs(JsonObject.class).stream().filter(e -> e.containsKey("state") && !e.isNull("state"))
        .map(e -> e.getString("state")).toList();
  }

  private static String typeAndState(JsonObject body) {
    return body == null ? null : body.getString("type") + "/" + body.getString("state");
  }

  private static List<String> states(Map<String, JsonObject> bodies, String paymentId) {
    return bodies.values().stream().filter(b -> b.getString("paymentId").equals(paymentId))
        .sorted(java.util.Comparator.comparingInt(b -> b.getInt("sequence"))).map(LenderEventsIT::typeAndState)
        .toList();
  }

  /** Every page of {@code GET /api/events}, two at a time. */
  private static List<JsonObject> feed(NodeClient node) {
    List<JsonObject> all = new ArrayList<>();
    String after = null;
    while (true) {
      JsonObject page = json(node.get("/api/events?limit=2" + (after == null ? "" : "&after=" + after)).body())
          .asJsonObject();
      List<JsonObject> events = page.getJsonArray("events").getValuesAs(JsonObject.class);
      if (events.isEmpty()) {
        return all;
      }
      all.addAll(events);
      after = page.getString("last");
    }
  }
}
