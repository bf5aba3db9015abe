package com.geftflow.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One trace per payment: the test server writes each span to messages.log (otel.traces.exporter=
 * logging, set by the pom), and a Happy1 payment's spans, from the lender's request through the
 * jobs, the Flinks calls and the webhook's wake-up, share the trace the timeline names. (This
 * server's lenders have no event subscription: no delivery, so no delivery span, happens here.)
 */
class TracingIT {

  /** The logging exporter's line: 'name' : traceId spanId KIND [tracer: …] attributes. */
  private static final Pattern SPAN = Pattern.compile("'([^']+)' : ([0-9a-f]{32}) ([0-9a-f]{16}) ([A-Z]+) ");

  private record LoggedSpan(String name, String traceId, String kind, String line) {
  }

  @Test
  void aHappyPaymentsSpansShareTheTraceOnItsTimeline() throws Exception {
    String paymentId = Lender.startPayment("BB-TRACE-" + UUID.randomUUID());
    String token = Lender.checkoutToken(paymentId);
    assertThat(LibertyServer.post(Lender.frontendEvents(paymentId), null, null,
        "{\"Step\":\"APP_MOUNTED\"}").statusCode()).isEqualTo(204);
    Sandbox.simulate(paymentId, "Happy1");
    String scheduled = Lender.awaitState(paymentId, "SCHEDULED");

    Matcher onTimeline = Pattern.compile("\"traceId\":\"([0-9a-f]{32})\"").matcher(scheduled);
    assertThat(onTimeline.find()).as("the timeline names the payment's trace: " + scheduled).isTrue();
    String trace = onTimeline.group(1);

    List<LoggedSpan> payments = await("the payment's spans, status checks and wake-up included")
        .atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
        .until(() -> spans().filter(s -> s.line().contains("geft.payment.id=" + paymentId)).toList(),
            found -> found.stream().map(LoggedSpan::name).toList().containsAll(List.of("Status changed: WAKE",
                "Check status at Flinks")));
    assertThat(payments).extracting(LoggedSpan::traceId).as("every span of the payment").containsOnly(trace);
    assertThat(payments).extracting(LoggedSpan::name)
        .contains("Register payment", "Create Flinks session", "Check status at Flinks", "Status changed: WAKE");

    List<LoggedSpan> inTrace = spans().filter(s -> s.traceId().equals(trace)).toList();
    assertThat(inTrace).extracting(LoggedSpan::kind).as("the lender's request and the calls to Flinks")
        .contains("SERVER", "CLIENT");
    assertThat(inTrace.stream().filter(s -> s.kind().equals("CLIENT")).count())
        .as("session creation, authorization, status reads").isGreaterThanOrEqualTo(2);

    // the borrower's capability never reaches the spans (trace.TokenRedaction)
    assertThat(spans().filter(s -> s.line().contains("/frontend-events?token=REDACTED")).count()).isPositive();
    assertThat(spans().filter(s -> s.line().contains(token)).map(LoggedSpan::name).toList()).isEmpty();
  }

  private static Stream<LoggedSpan> spans() throws IOException {
    Path log = Path.of(System.getProperty("it.server.logs"), "messages.log");
    return Files.readAllLines(log, StandardCharsets.UTF_8).stream().map(line -> {
      Matcher span = SPAN.matcher(line);
      return span.find() ? new LoggedSpan(span.group(1), span.group(2), span.group(4), line) : null;
    }).filter(s -> s != null);
  }
}
