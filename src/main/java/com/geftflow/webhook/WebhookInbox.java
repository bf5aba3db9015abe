package com.geftflow.webhook;

import com.geftflow.payment.GeftPayment;
import com.geftflow.payment.Payments;
import com.geftflow.payment.TimelineSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Stores webhook deliveries durably, once each, and tracks the wake-up each one owes its process. */
@ApplicationScoped
public class WebhookInbox {

  /** What a pending delivery needs to wake its process. */
  public record Pending(String deliveryId, String sessionId, OffsetDateTime receivedAt) {
  }

  @PersistenceContext(unitName = "geft")
  EntityManager em;

  @Inject
  Payments payments;

  /** @return false for a duplicate (the same body was stored before): nothing changes */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean store(String bodySha256, WebhookPayload payload, OffsetDateTime sentAt) {
    if (exists(bodySha256)) {
      return false;
    }
    em.persist(new WebhookDelivery(bodySha256, payload.sessionId(), payload.referenceId(), payload.status(),
        payload.statusDetails(), sentAt, OffsetDateTime.now(java.time.ZoneOffset.UTC)));
    Optional<GeftPayment> payment = payments.findBySession(payload.sessionId());
    payment.ifPresent(p -> payments.record(p.paymentId(), TimelineSource.WEBHOOK, "STATUS_CHANGED",
        payload.status() + "/" + payload.statusDetails() + " sent " + payload.when()));
    return true;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean exists(String bodySha256) {
    return !em.createQuery("select d.id from WebhookDelivery d where d.bodySha256 = :h", String.class)
        .setParameter("h", bodySha256).setMaxResults(1).getResultList().isEmpty();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Pending> pending(int max) {
    return em.createQuery("select d from WebhookDelivery d where d.state = :pending order by d.receivedAt",
            WebhookDelivery.class)
        .setParameter("pending", WebhookDelivery.State.PENDING).setMaxResults(max).getResultList().stream()
        .map(d -> new Pending(d.id(), d.sessionId(), d.receivedAt())).toList();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void settle(String deliveryId, WebhookDelivery.State outcome) {
    WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId);
    if (delivery != null && delivery.state() == WebhookDelivery.State.PENDING) {
      delivery.settle(outcome, OffsetDateTime.now(java.time.ZoneOffset.UTC));
    }
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
