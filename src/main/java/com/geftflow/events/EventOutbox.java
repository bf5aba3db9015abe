package com.geftflow.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outbox of lender events: what is due, what each attempt gave, the pages readers pull. Each
 * method is its own transaction; the events themselves are written by the payment records, in the
 * transaction of the change they announce.
 */
@ApplicationScoped
public class EventOutbox {

  @PersistenceContext(unitName = "geft")
  EntityManager em;

  @Inject
  LenderEventSettings settings;

  @Inject
  Subscriptions subscriptions;

  @Inject
  Clock clock;

  /**
   * Gives the committed events without a position the next ones, under the sequence row's lock: a
   * reader that saw position n never later finds an event below n. A payment's events keep their
   * order among the positions they take, whatever the nodes' clocks said. An event whose client has
   * no subscription is settled NOT_SUBSCRIBED here too, in the same update: it is only pulled.
   *
   * @return how many got a position and wait to be sent
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int sequence(int max) {
    EventSequence row = em.find(EventSequence.class, EventSequence.ROW, LockModeType.PESSIMISTIC_WRITE);
    List<LenderEvent> unplaced = em.createQuery("select e from LenderEvent e where e.position is null"
        + " order by e.occurredAt, e.paymentId, e.sequence", LenderEvent.class).setMaxResults(max).getResultList();
    Map<String, Deque<LenderEvent>> byPayment = new LinkedHashMap<>();
    unplaced.stream().sorted(Comparator.comparingInt(LenderEvent::sequence))
        .forEach(e -> byPayment.computeIfAbsent(e.paymentId(), p -> new ArrayDeque<>()).add(e));
    int toSend = 0;
    for (LenderEvent slot : unplaced) {
      LenderEvent event = byPayment.get(slot.paymentId()).poll();
      event.positioned(row.next());
      if (subscriptions.of(event.clientId()).isEmpty()) {
        event.notSubscribed();
      } else if (event.delivery() == LenderEvent.Delivery.PENDING) {
        toSend++;
      }
    }
    return toSend;
  }

  /**
   * Claims up to {@code max} events due now, each the oldest undelivered one of its payment, for
   * {@code lease}: another node takes none of them meanwhile. One whose client has no subscription
   * (claimed before its position, or after a restart without it) is settled by the dispatcher.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<LenderEvent> claimDue(int max, Duration lease) {
    OffsetDateTime now = now();
    List<LenderEvent> due = em.createQuery("select e from LenderEvent e where e.delivery = :pending"
            + " and e.nextAttemptAt <= :now and (e.claimedUntil is null or e.claimedUntil < :now)"
            + " and not exists (select b.id from LenderEvent b where b.paymentId = e.paymentId"
            + " and b.sequence < e.sequence and b.delivery = :pending)"
            + " order by e.nextAttemptAt", LenderEvent.class)
        .setParameter("pending", LenderEvent.Delivery.PENDING).setParameter("now", now)
        .setMaxResults(max).getResultList();
    List<LenderEvent> claimed = new ArrayList<>();
    for (LenderEvent event : due) {
      int taken = em.createQuery("update LenderEvent e set e.claimedUntil = :until where e.id = :id"
              + " and e.delivery = :pending and (e.claimedUntil is null or e.claimedUntil < :now)")
          .setParameter("until", now.plus(lease)).setParameter("id", event.id())
          .setParameter("pending", LenderEvent.Delivery.PENDING).setParameter("now", now).executeUpdate();
      if (taken == 1) {
        claimed.add(event);
      }
    }
    return claimed;
  }

  public boolean isUnsubscribed(String url) {
    return em.find(Unsubscribed.class, Unsubscribed.key(url)) != null;
  }

  /** Records the attempt and what follows from the answer. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public LenderEvent.Delivery attempted(String eventId, String url, LenderEndpoint.Answer answer, String node) {
    OffsetDateTime now = now();
    LenderEvent event = em.find(LenderEvent.class, eventId);
    em.persist(new DeliveryAttempt(eventId, now, url, answer.status(), answer.error(), node));
    if (answer.delivered()) {
      event.delivered(now);
    } else if (answer.gone()) {
      if (!isUnsubscribed(url)) {
        em.persist(new Unsubscribed(url, now));
      }
      event.unsubscribed(true);
    } else {
      event.failed(now.plus(settings.waitAfter(event.attempts() + 1)));
    }
    return event.delivery();
  }

  /** Nobody is to receive it: no URL for its client, or the URL unsubscribed. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void undeliverable(String eventId, boolean unsubscribed) {
    LenderEvent event = em.find(LenderEvent.class, eventId);
    if (unsubscribed) {
      event.unsubscribed(false);
    } else {
      event.notSubscribed();
    }
  }

  /**
   * An operator sends a failed event again, at once and with a fresh retry window.
   *
   * @return false when the event is not FAILED
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean redeliver(String paymentId, String eventId) {
    LenderEvent event = em.find(LenderEvent.class, eventId);
    if (event == null || !event.paymentId().equals(paymentId) || event.delivery() != LenderEvent.Delivery.FAILED) {
      return false;
    }
    event.redeliver(now(), settings.retryFor);
    return true;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<LenderEvent> find(String eventId) {
    return Optional.ofNullable(eventId == null ? null : em.find(LenderEvent.class, eventId));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<LenderEvent> ofPayment(String paymentId) {
    return em.createQuery("select e from LenderEvent e where e.paymentId = :p order by e.sequence", LenderEvent.class)
        .setParameter("p", paymentId).getResultList();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<DeliveryAttempt> attemptsOf(String paymentId) {
    return em.createQuery("select a from DeliveryAttempt a where a.eventId in"
            + " (select e.id from LenderEvent e where e.paymentId = :p) order by a.at, a.id", DeliveryAttempt.class)
        .setParameter("p", paymentId).getResultList();
  }

  /**
   * The events placed after {@code afterPosition}, in order; only the client's own when
   * {@code clientId} is given.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<LenderEvent> after(long afterPosition, String clientId, int limit) {
    TypedQuery<LenderEvent> query = em.createQuery("select e from LenderEvent e where e.position > :after"
        + (clientId == null ? "" : " and e.clientId = :client") + " order by e.position", LenderEvent.class)
        .setParameter("after", afterPosition);
    if (clientId != null) {
      query.setParameter("client", clientId);
    }
    return query.setMaxResults(limit).getResultList();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }
}
