package com.geftflow.payment;

import com.geftflow.events.EventDispatcher;
import com.geftflow.events.LenderEvent;
import com.geftflow.events.LenderEventBody;
import com.geftflow.events.LenderEventSettings;
import com.geftflow.events.LenderEventType;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/**
 * The payment records: payments and their append-only timelines. Joins the caller's transaction:
 * the engine's in a delegate, or the one {@link PaymentCommands} or {@code process.PaymentStarter} opens.
 */
@ApplicationScoped
public class Payments {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "geft")
  EntityManager em;

  @Inject
  LifecycleSettings settings;

  /** The engine's clock, so that the records and the process's timers keep one time. */
  @Inject
  Clock clock;

  @Inject
  SessionLedger ledger;

  @Inject
  LenderEventSettings eventSettings;

  @Inject
  EventDispatcher dispatcher;

  @Inject
  OutcomeMetrics outcomes;

  @Resource
  ManagedExecutorService executor;

  /** A new payment; its checkout link lives as long as the borrower window. */
  public GeftPayment register(PaymentRequest input, String idempotencyKey, String requestFingerprint) {
    OffsetDateTime now = now();
    GeftPayment payment = new GeftPayment(UUID.randomUUID().toString(), input, newToken(),
        now.plus(settings.borrowerWindow), idempotencyKey, requestFingerprint, now);
    em.persist(payment);
    em.persist(new BorrowerActivity(payment.paymentId()));
    return payment;
  }

  /** What the borrower did; a payment registered before activity was recorded gets its row now. */
  public BorrowerActivity activity(String paymentId) {
    BorrowerActivity activity = em.find(BorrowerActivity.class, paymentId);
    if (activity == null) {
      activity = new BorrowerActivity(paymentId);
      em.persist(activity);
    }
    return activity;
  }

  /** A new session for the payment: a fresh checkout link, and a new borrower window. */
  public void renew(GeftPayment payment) {
    OffsetDateTime now = now();
    payment.newSession(newToken(), now.plus(settings.borrowerWindow), now);
    activity(payment.paymentId()).reset();
  }

  /** A new checkout link for the same session and window; the old one stops working at once. */
  public void rotateToken(GeftPayment payment) {
    payment.rotateToken(newToken(), now());
  }

  private static String newToken() {
    byte[] token = new byte[24];
    RANDOM.nextBytes(token);
    return HexFormat.of().formatHex(token);
  }

  /** The timeline kind of a status Flinks reported after the payment's process ended. */
  static final String LATE_OUTCOME = "LATE_OUTCOME";

  /** The lender API client that started the payment: its lender events go where that client subscribed. */
  public void startedBy(GeftPayment payment, String apiClient) {
    payment.startedBy(apiClient);
  }

  public void startedAs(GeftPayment payment, String processInstanceId) {
    payment.startedAs(processInstanceId);
  }

  public Optional<GeftPayment> find(String paymentId) {
    return Optional.ofNullable(paymentId == null ? null : em.find(GeftPayment.class, paymentId));
  }

  public GeftPayment get(String paymentId) {
    return find(paymentId).orElseThrow(() -> new IllegalStateException("No payment " + paymentId));
  }

  /**
   * The payment read again under its row lock, held to the end of the transaction: for a step
   * outside the engine that must not overlap another's on the same payment.
   */
  public GeftPayment lock(String paymentId) {
    GeftPayment payment = get(paymentId);
    em.refresh(payment, LockModeType.PESSIMISTIC_WRITE);
    return payment;
  }

  public Optional<GeftPayment> findBySession(String sessionId) {
    return em.createQuery("select p from GeftPayment p where p.sessionId = :s", GeftPayment.class)
        .setParameter("s", sessionId).getResultStream().findFirst();
  }

  public Optional<GeftPayment> findByProcessInstance(String processInstanceId) {
    return em.createQuery("select p from GeftPayment p where p.processInstanceId = :p", GeftPayment.class)
        .setParameter("p", processInstanceId).getResultStream().findFirst();
  }

  public Optional<GeftPayment> findByIdempotencyKey(String key) {
    return em.createQuery("select p from GeftPayment p where p.idempotencyKey = :k", GeftPayment.class)
        .setParameter("k", key).getResultStream().findFirst();
  }

  /** How many payments are in each state now (a state without any is absent). */
  public Map<PaymentState, Long> countByState() {
    Map<PaymentState, Long> counts = new EnumMap<>(PaymentState.class);
    em.createQuery("select p.state, count(p) from GeftPayment p group by p.state", Object[].class).getResultList()
        .forEach(row -> counts.put((PaymentState) row[0], (Long) row[1]));
    return counts;
  }

  /** Newest first; every filter optional. */
  public List<GeftPayment> search(String referenceId, PaymentState state, OffsetDateTime from, OffsetDateTime to,
      int offset, int limit) {
    StringBuilder jpql = new StringBuilder("select p from GeftPayment p where 1 = 1");
    if (referenceId != null) {
      jpql.append(" and p.referenceId = :referenceId");
    }
    if (state != null) {
      jpql.append(" and p.state = :state");
    }
    if (from != null) {
      jpql.append(" and p.createdAt >= :from");
    }
    if (to != null) {
      jpql.append(" and p.createdAt < :to");
    }
    jpql.append(" order by p.createdAt desc, p.paymentId");
    TypedQuery<GeftPayment> query = em.createQuery(jpql.toString(), GeftPayment.class);
    if (referenceId != null) {
      query.setParameter("referenceId", referenceId);
    }
    if (state != null) {
      query.setParameter("state", state);
    }
    if (from != null) {
      query.setParameter("from", from);
    }
    if (to != null) {
      query.setParameter("to", to);
    }
    return query.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  public List<TimelineEntry> timeline(String paymentId) {
    return em.createQuery("select t from TimelineEntry t where t.paymentId = :p order by t.at, t.id",
        TimelineEntry.class).setParameter("p", paymentId).getResultList();
  }

  /**
   * Keeps a session Flinks just created, committed at once in a transaction of its own: it outlives
   * the step that asked for it should that step never commit. Written from a container thread of its
   * own, which has no transaction: on Liberty a REQUIRES_NEW transaction begun inside a job's (which
   * the engine began) is not one the persistence context takes part in.
   */
  public void sessionCreatedAtFlinks(String paymentId, String sessionId) {
    OffsetDateTime at = now();
    try {
      executor.submit(() -> ledger.record(paymentId, sessionId, at)).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while recording Flinks session " + sessionId, e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Could not record Flinks session " + sessionId, e.getCause());
    }
  }

  /** Sessions created for the payment whose step never committed, oldest first. */
  public List<CreatedSession> unsettledSessions(String paymentId) {
    return em.createQuery("select s from CreatedSession s where s.paymentId = :p and s.outcome is null"
        + " order by s.createdAt, s.sessionId", CreatedSession.class).setParameter("p", paymentId).getResultList();
  }

  public void settleSession(String sessionId, CreatedSession.Outcome outcome) {
    CreatedSession session = em.find(CreatedSession.class, sessionId);
    if (session != null) {
      session.settle(outcome);
    }
  }

  /** The timelines of several payments in one query, each in its order. */
  public List<TimelineEntry> timelines(Collection<String> paymentIds) {
    return em.createQuery("select t from TimelineEntry t where t.paymentId in :ids order by t.paymentId, t.at, t.id",
        TimelineEntry.class).setParameter("ids", paymentIds).getResultList();
  }

  /** The borrower's steps recorded since {@code since}, newest first: what the checkout page relayed lately. */
  public List<TimelineEntry> stepsSince(String paymentId, OffsetDateTime since) {
    return em.createQuery("select t from TimelineEntry t where t.paymentId = :p and t.source = :frontend"
            + " and t.at >= :since order by t.at desc, t.id desc", TimelineEntry.class)
        .setParameter("p", paymentId).setParameter("frontend", TimelineSource.FRONTEND).setParameter("since", since)
        .getResultList();
  }

  /**
   * A timeline entry. When the payment's state or session changed since its last lender event, the
   * entry carries the new state and the change's lender event joins the outbox, in this same
   * transaction: a change and its event exist together or not at all.
   */
  public void record(String paymentId, TimelineSource source, String kind, String detail) {
    record(paymentId, source, kind, detail, now());
  }

  /** A timeline entry for something that happened at {@code at}, before it is recorded (a webhook's arrival). */
  public void record(String paymentId, TimelineSource source, String kind, String detail, OffsetDateTime at) {
    GeftPayment payment = em.find(GeftPayment.class, paymentId);
    Optional<LenderEventType> change = changeOf(payment, kind);
    em.persist(new TimelineEntry(paymentId, at, source, kind, detail, change.map(c -> payment.state()).orElse(null)));
    change.ifPresent(type -> {
      em.persist(new LenderEvent(lenderEvent(payment, type, at), payment.clientId(), eventSettings.retryFor));
      dispatcher.afterCommit();
      if (payment.state().isTerminal()) {
        outcomes.afterCommit(payment.state(), Duration.between(payment.createdAt(), at));
      }
    });
  }

  static Optional<LenderEventType> changeOf(GeftPayment payment, String timelineKind) {
    return payment == null ? Optional.empty() : payment.announce(LATE_OUTCOME.equals(timelineKind));
  }

  static LenderEventBody lenderEvent(GeftPayment p, LenderEventType type, OffsetDateTime at) {
    return new LenderEventBody(UUID.randomUUID().toString(), type.name(), p.paymentId(), p.eventCount(),
        p.referenceId(), p.state().name(), p.flinksStatus(), p.flinksStatusDetails(), p.amount(), p.scheduledAmount(),
        at);
  }

  public OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }
}
