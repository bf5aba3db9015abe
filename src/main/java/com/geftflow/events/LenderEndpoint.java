package com.geftflow.events;

import com.geftflow.trace.PaymentTraces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;

/** Posts one event to a lender's receiver, signed; the receiver's answer is not read beyond its status. */
@ApplicationScoped
public class LenderEndpoint {

  /** What the receiver said: its status, or why it could not be reached (status null). */
  public record Answer(Integer status, String error) {

    boolean delivered() {
      return status != null && status >= 200 && status < 300;
    }

    boolean gone() {
      return status != null && status == 410;
    }
  }

  @Inject
  LenderEventSettings settings;

  @Inject
  Clock clock;

  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  public Answer post(Subscriptions.Subscription to, LenderEvent event) {
    try {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(to.url()))
          .timeout(settings.timeout)
          .header("Content-Type", "application/json")
          .header("X-GeftFlow-Event-Id", event.id())
          .header(EventSignature.HEADER, EventSignature.header(to.secret(), clock.instant().getEpochSecond(), event.body()))
          .POST(HttpRequest.BodyPublishers.ofString(event.body()));
      // W3C trace context: a lender that traces joins the payment's trace
      String traceParent = PaymentTraces.currentTraceParent();
      if (traceParent != null) {
        request.header("traceparent", traceParent);
      }
      return new Answer(http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode(), null);
    } catch (IOException | IllegalArgumentException e) {
      return new Answer(null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(null, "interrupted");
    }
  }
}
