package com.geftflow.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;

/** Writes {@link CreatedSession}s, each in a transaction of its own ({@link Payments#sessionCreatedAtFlinks}). */
@ApplicationScoped
public class SessionLedger {

  @PersistenceContext(unitName = "geft")
  EntityManager em;

  @Transactional
  public void record(String paymentId, String sessionId, OffsetDateTime at) {
    em.persist(new CreatedSession(sessionId, paymentId, at));
  }
}
