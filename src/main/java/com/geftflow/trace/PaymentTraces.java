package com.geftflow.trace;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * One trace per payment (MicroProfile Telemetry, off unless {@code otel.sdk.disabled=false}): the
 * payment's first step runs in the trace of the request that started it, or starts one, and keeps
 * its context as the W3C {@code traceparent} in the process variable {@link #VARIABLE}. Every later
 * step (the engine's jobs, a webhook's wake-up) is a span under that context, wherever and whenever
 * it runs, and the REST client's calls to Flinks inside it are its children.
 */
@ApplicationScoped
public class PaymentTraces {

  /** The process variable that holds the payment's trace context. */
  public static final String VARIABLE = "geftTraceParent";
  /** The attribute every payment span carries. */
  public static final String PAYMENT_ID = "geft.payment.id";

  private static final Pattern TRACE_PARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");

  /** MicroProfile Telemetry's tracer; a runtime without it (none here) traces nothing. */
  @Inject
  Instance<Tracer> tracers;

  private volatile Tracer tracer;
  private volatile Boolean on;

  public PaymentTraces() {
  }

  public PaymentTraces(Tracer tracer) {
    this.tracer = tracer;
  }

  private Tracer tracer() {
    Tracer known = tracer;
    if (known == null) {
      known = tracers.isResolvable() ? tracers.get() : OpenTelemetry.noop().getTracer("geft-flow");
      tracer = known;
    }
    return known;
  }

  /** Whether spans are recorded at all: with the SDK disabled (the default) every step costs nothing more. */
  public boolean on() {
    Boolean known = on;
    if (known == null) {
      // an SDK's span has a valid context, sampled or not; the no-op tracer's has none. Never
      // ended, the probe is never exported
      known = tracer().spanBuilder("probe").setNoParent().startSpan().getSpanContext().isValid();
      on = known;
    }
    return known;
  }

  /**
   * Runs a step of a payment in a span of the payment's trace: under {@code traceParent}, or, for
   * the first step (null), under the current context.
   *
   * @param started told the traceparent of a first step's span, to keep for the later steps
   */
  public <T> T step(String name, String paymentId, String traceParent, Consumer<String> started,
      Callable<T> work) throws Exception {
    if (!on()) {
      return work.call();
    }
    Context parent = traceParent == null ? Context.current() : parse(traceParent);
    Span span = tracer().spanBuilder(name).setParent(parent).setSpanKind(SpanKind.INTERNAL)
        .setAttribute(PAYMENT_ID, paymentId == null ? "" : paymentId).startSpan();
    if (traceParent == null) {
      started.accept(traceParent(span.getSpanContext()));
    }
    try (Scope ignored = span.makeCurrent()) {
      return work.call();
    } catch (Exception | Error e) {
      span.recordException(e);
      span.setStatus(StatusCode.ERROR);
      throw e;
    } finally {
      span.end();
    }
  }

  /** A step that throws nothing checked; its traceparent is read only when tracing is on. */
  public void run(String name, String paymentId, Supplier<String> traceParent, Runnable work) {
    if (!on()) {
      work.run();
      return;
    }
    try {
      step(name, paymentId, traceParent.get(), started -> { }, () -> {
        work.run();
        return null;
      });
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e); // a Runnable throws nothing checked
    }
  }

  /** The trace the current thread works in, for the timeline; null when none is recorded. */
  public static String currentTraceId() {
    SpanContext context = Span.current().getSpanContext();
    return context.isValid() && context.isSampled() ? context.getTraceId() : null;
  }

  /** For a log line about a payment, written inside one of its steps: " (trace <id>)", or nothing. */
  public static String named() {
    String traceId = currentTraceId();
    return traceId == null ? "" : " (trace " + traceId + ")";
  }

  /** The current span as a W3C traceparent, to keep or to send on; null when none is recorded. */
  public static String currentTraceParent() {
    SpanContext context = Span.current().getSpanContext();
    return context.isValid() && context.isSampled() ? traceParent(context) : null;
  }

  static String traceParent(SpanContext context) {
    return "00-" + context.getTraceId() + "-" + context.getSpanId() + "-" + context.getTraceFlags().asHex();
  }

  /** A kept traceparent as a parent context; one that is not a traceparent starts a new trace. */
  static Context parse(String traceParent) {
    var matcher = TRACE_PARENT.matcher(traceParent);
    if (!matcher.matches()) {
      return Context.root();
    }
    return Context.root().with(Span.wrap(SpanContext.createFromRemoteParent(matcher.group(1), matcher.group(2),
        TraceFlags.fromHex(matcher.group(3), 0), TraceState.getDefault())));
  }
}
