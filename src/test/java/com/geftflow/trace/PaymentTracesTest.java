package com.geftflow.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentTracesTest {

  private final InMemorySpanExporter exported = InMemorySpanExporter.create();
  private final PaymentTraces traces = new PaymentTraces(SdkTracerProvider.builder()
      .addSpanProcessor(SimpleSpanProcessor.create(exported)).build().get("test"));

  @Test
  void theFirstStepStartsTheTraceAndEveryLaterStepJoinsItWhereverItRuns() throws Exception {
    List<String> kept = new ArrayList<>();
    String[] logged = new String[1];
    String seenInFirst = traces.step("Register payment", "p-1", null, kept::add, () -> {
      logged[0] = "Lender event of payment p-1 was not delivered" + PaymentTraces.named();
      return PaymentTraces.currentTraceId();
    });
    // later, on another thread, from the kept traceparent alone
    String[] seenInLater = new String[1];
    Thread later = new Thread(() -> traces.run("Status changed: WAKE", "p-1", () -> kept.get(0),
        () -> seenInLater[0] = PaymentTraces.currentTraceId()));
    later.start();
    later.join();

    List<SpanData> spans = exported.getFinishedSpanItems();
    assertThat(spans).extracting(SpanData::getName).containsExactly("Register payment", "Status changed: WAKE");
    String trace = spans.get(0).getTraceId();
    assertThat(spans).extracting(SpanData::getTraceId).containsOnly(trace);
    assertThat(spans.get(1).getParentSpanId()).isEqualTo(spans.get(0).getSpanId());
    assertThat(kept).containsExactly("00-" + trace + "-" + spans.get(0).getSpanId() + "-01");
    assertThat(seenInFirst).isEqualTo(trace);
    assertThat(logged[0]).endsWith(" (trace " + trace + ")");
    assertThat(PaymentTraces.named()).as("outside a step").isEmpty();
    assertThat(seenInLater[0]).as("what the timeline records inside the step").isEqualTo(trace);
    assertThat(spans.get(0).getAttributes().get(io.opentelemetry.api.common.AttributeKey.stringKey(
        PaymentTraces.PAYMENT_ID))).isEqualTo("p-1");
  }

  @Test
  void aFailedStepIsMarkedAndStillThrowsAndABadKeptContextStartsAFreshTrace() {
    assertThatThrownBy(() -> traces.step("Check status at Flinks", "p-2", "not-a-traceparent", kept -> { }, () -> {
      throw new IllegalStateException("Flinks down");
    })).hasMessage("Flinks down");

    SpanData span = exported.getFinishedSpanItems().get(0);
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(span.getParentSpanContext().isValid()).isFalse();
  }

  @Test
  void aPaymentSampledOutStaysOutInEveryStepAndNamesNoTrace() throws Exception {
    PaymentTraces sampledOut = new PaymentTraces(SdkTracerProvider.builder().setSampler(Sampler.alwaysOff())
        .addSpanProcessor(SimpleSpanProcessor.create(exported)).build().get("test"));
    List<String> kept = new ArrayList<>();

    assertThat(sampledOut.on()).as("tracing is on; this payment is not sampled").isTrue();
    assertThat(sampledOut.step("Register payment", "p-4", null, kept::add, PaymentTraces::currentTraceId)).isNull();
    assertThat(kept).singleElement().asString().endsWith("-00");
    assertThat(exported.getFinishedSpanItems()).isEmpty();
  }

  @Test
  void withTracingOffTheWorkRunsAndNothingIsKept() throws Exception {
    PaymentTraces off = new PaymentTraces(OpenTelemetry.noop().getTracer("test"));
    List<String> kept = new ArrayList<>();

    assertThat(off.step("Register payment", "p-3", null, kept::add, () -> "done")).isEqualTo("done");
    assertThat(off.on()).isFalse();
    assertThat(kept).isEmpty();
    assertThat(PaymentTraces.currentTraceId()).isNull();
  }
}
