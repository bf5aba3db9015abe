package com.geftflow.payment;

import com.geftflow.engine.EngineClock;
import com.geftflow.events.LenderEventBody;
import com.geftflow.events.LenderEventType;
import com.geftflow.flinks.FlinksLimits;
import com.geftflow.flinks.FlinksSessions;
import com.geftflow.flinks.SessionRequestValidator;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Engine tests: the payment records in memory, on the engine's clock, and a {@link PaymentLifecycle}
 * wired to them and to a Flinks stub: everything real but the database and Flinks.
 */
public class InMemoryPayments extends Payments {

  private final Map<String, GeftPayment> byId = new ConcurrentHashMap<>();
  private final Map<String, BorrowerActivity> activities = new ConcurrentHashMap<>();
  private final List<TimelineEntry> entries = new ArrayList<>();
  private final List<LenderEventBody> events = new ArrayList<>();
  private final Map<String, CreatedSession> sessions = new java.util.LinkedHashMap<>();

  public InMemoryPayments(LifecycleSettings settings) {
    this.settings = settings;
    this.clock = new EngineClock();
  }

  /** The product's defaults, as microprofile-config.properties sets them. */
  public static LifecycleSettings defaults() {
    LifecycleSettings s = new LifecycleSettings();
    s.borrowerWindow = Duration.ofDays(7);
    s.pollInterval = Duration.ofSeconds(30);
    s.maxPollAttempts = 20;
    s.livenessInterval = Duration.ofHours(1);
    s.afterFinish = "PT5S,PT15S,PT30S,PT60S";
    s.outageHorizon = Duration.ofHours(24);
    s.outageBackoffMax = Duration.ofMinutes(15);
    s.padHorizon = Duration.ofDays(2);
    s.padCheckMax = Duration.ofHours(1);
    s.autoAcceptRatio = new BigDecimal("0.9");
    s.maxStepsPerMinute = 30;
    s.stepsAfterEnd = Duration.ofMinutes(5);
    return s;
  }

  public PaymentLifecycle lifecycle(FlinksSessions flinks) {
    PaymentLifecycle lifecycle = new PaymentLifecycle();
    lifecycle.payments = this;
    lifecycle.flinks = flinks;
    lifecycle.settings = settings;
    lifecycle.validator = new SessionRequestValidator(new FlinksLimits(100, 100, new BigDecimal("100000")));
    return lifecycle;
  }

  /** A registered payment, as the lender API leaves it before its process starts. */
  public GeftPayment registered(PaymentRequest request) {
    return register(request, null, null);
  }

  @Override
  public GeftPayment register(PaymentRequest input, String idempotencyKey, String requestFingerprint) {
    GeftPayment payment = new GeftPayment(UUID.randomUUID().toString(), input, UUID.randomUUID().toString(),
        now().plus(settings.borrowerWindow), idempotencyKey, requestFingerprint, now());
    byId.put(payment.paymentId(), payment);
    return payment;
  }

  @Override
  public BorrowerActivity activity(String paymentId) {
    return activities.computeIfAbsent(paymentId, BorrowerActivity::new);
  }

  @Override
  public Optional<GeftPayment> find(String paymentId) {
    return Optional.ofNullable(paymentId == null ? null : byId.get(paymentId));
  }

  /** One thread per test: nothing to lock. */
  @Override
  public GeftPayment lock(String paymentId) {
    return get(paymentId);
  }

  @Override
  public Optional<GeftPayment> findBySession(String sessionId) {
    return byId.values().stream().filter(p -> sessionId.equals(p.sessionId())).findFirst();
  }

  @Override
  public Optional<GeftPayment> findByProcessInstance(String processInstanceId) {
    return byId.values().stream().filter(p -> processInstanceId.equals(p.processInstanceId())).findFirst();
  }

  @Override
  public synchronized List<TimelineEntry> timeline(String paymentId) {
    return entries.stream().filter(e -> e.paymentId().equals(paymentId)).toList();
  }

  @Override
  public synchronized List<TimelineEntry> stepsSince(String paymentId, java.time.OffsetDateTime since) {
    return timeline(paymentId).stream()
        .filter(e -> e.source() == TimelineSource.FRONTEND && !e.at().isBefore(since))
        .sorted(java.util.Comparator.comparing(TimelineEntry::at).reversed()).toList();
  }

  @Override
  public synchronized void record(String paymentId, TimelineSource source, String kind, String detail) {
    GeftPayment payment = byId.get(paymentId);
    Optional<LenderEventType> change = changeOf(payment, kind);
    entries.add(new TimelineEntry(paymentId, now(), source, kind, detail, change.map(c -> payment.state()).orElse(null)));
    change.ifPresent(type -> events.add(lenderEvent(payment, type, now())));
  }

  /** The lender events the payment announced, in order. */
  public synchronized List<LenderEventType> events(String paymentId) {
    return events.stream().filter(e -> e.paymentId().equals(paymentId)).map(e -> LenderEventType.valueOf(e.type()))
        .toList();
  }

  @Override
  public synchronized void sessionCreatedAtFlinks(String paymentId, String sessionId) {
    sessions.put(sessionId, new CreatedSession(sessionId, paymentId, now()));
  }

  @Override
  public synchronized List<CreatedSession> unsettledSessions(String paymentId) {
    return sessions.values().stream().filter(s -> s.paymentId().equals(paymentId) && s.outcome() == null).toList();
  }

  @Override
  public synchronized void settleSession(String sessionId, CreatedSession.Outcome outcome) {
    CreatedSession session = sessions.get(sessionId);
    if (session != null) {
      session.settle(outcome);
    }
  }

  /** What became of each session Flinks created for the payment, in order. */
  public synchronized List<CreatedSession.Outcome> sessionOutcomes(String paymentId) {
    return sessions.values().stream().filter(s -> s.paymentId().equals(paymentId)).map(CreatedSession::outcome)
        .toList();
  }

  public List<GeftPayment> withReference(String referenceId) {
    return byId.values().stream().filter(p -> referenceId.equals(p.referenceId())).toList();
  }

  public List<String> kinds(String paymentId) {
    return timeline(paymentId).stream().map(TimelineEntry::kind).toList();
  }
}
