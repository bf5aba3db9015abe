package com.geftflow.webhook;

import com.geftflow.payment.CheckReason;
import com.geftflow.payment.GeftPayment;
import com.geftflow.payment.Payments;
import com.geftflow.payment.TimelineSource;
import com.geftflow.process.ProcessWakeUp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The inbox of webhook deliveries: each stored durably, once, before Flinks gets its 2xx; then
 * applied to its payment's process, the wake-up and the delivery's settlement in one transaction.
 */
@ApplicationScoped
public class WebhookInbox {

  /** A session unknown this long after its webhook arrived belongs to no payment of ours. */
  static final Duration UNKNOWN_SESSION_GRACE = Duration.ofMinutes(10);

  @PersistenceContext(unitName = "geft")
  EntityManager em;

  @Inject
  Payments payments;

  @Inject
  ProcessWakeUp wakeUp;

  /**
   * One insert and its commit, all that Flinks waits for: a duplicate (the same body stored before)
   * fails on the unique body hash, and the caller asks {@link #exists} once it has rolled back.
   *
   * @return the new delivery's id
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public String store(String bodySha256, WebhookPayload payload, OffsetDateTime sentAt) {
    WebhookDelivery delivery = new WebhookDelivery(bodySha256, payload.sessionId(), payload.referenceId(),
        payload.status(), payload.statusDetails(), sentAt, payments.now());
    em.persist(delivery);
    return delivery.id();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean exists(String bodySha256) {
    return !em.createQuery("select d.id from WebhookDelivery d where d.bodySha256 = :h", String.class)
        .setParameter("h", bodySha256).setMaxResults(1).getResultList().isEmpty();
  }

  /**
   * Wakes the delivery's process and settles the delivery, in one transaction: both happen, or
   * neither and the delivery stays pending.
   *
   * @return true when the delivery is settled (now or before), false when it must be tried again
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean apply(String deliveryId) {
    WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId);
    if (delivery == null || delivery.state() != WebhookDelivery.State.PENDING) {
      return true;
    }
    Optional<GeftPayment> payment = payments.findBySession(delivery.sessionId());
    if (payment.isEmpty()) {
      // the create step may not have committed yet; after the grace period, not one of ours
      boolean stranger = delivery.receivedAt().plus(UNKNOWN_SESSION_GRACE).isBefore(payments.now());
      if (stranger) {
        delivery.settle(WebhookDelivery.State.IGNORED, payments.now());
      }
      return stranger;
    }
    return switch (wakeUp.wake(payment.get(), CheckReason.WAKE)) {
      case WOKEN -> applied(delivery, payment.get());
      // the record follows Flinks after the process ended too; while Flinks is down, try again
      case ENDED -> wakeUp.followEnded(payment.get()) && applied(delivery, payment.get());
      case NOT_WAITING -> false;
    };
  }

  /** Settled, and on the payment's timeline once, at the time it arrived. */
  private boolean applied(WebhookDelivery delivery, GeftPayment payment) {
    payments.record(payment.paymentId(), TimelineSource.WEBHOOK, "STATUS_CHANGED", delivery.status() + "/"
        + delivery.statusDetails() + " sent " + delivery.sentAt(), delivery.receivedAt());
    delivery.settle(WebhookDelivery.State.APPLIED, payments.now());
    return true;
  }

  /**
   * The least tried first, then the oldest: deliveries that keep failing (their process waits on a
   * person) never crowd out newer ones.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<String> pending(int max) {
    return em.createQuery("select d.id from WebhookDelivery d where d.state = :pending"
            + " order by d.attempts, d.receivedAt", String.class)
        .setParameter("pending", WebhookDelivery.State.PENDING).setMaxResults(max).getResultList();
  }

  /** Deliveries stored and not applied yet: the backlog. */
  public long pendingCount() {
    return em.createQuery("select count(d) from WebhookDelivery d where d.state = :pending", Long.class)
        .setParameter("pending", WebhookDelivery.State.PENDING).getSingleResult();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void attempted(String deliveryId) {
    WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId);
    if (delivery != null) {
      delivery.attempted();
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<WebhookDelivery> forSession(String sessionId) {
    return em.createQuery("select d from WebhookDelivery d where d.sessionId = :s order by d.receivedAt",
        WebhookDelivery.class).setParameter("s", sessionId).getResultList();
  }
}
