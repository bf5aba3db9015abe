package com.geftflow.audit;

import com.geftflow.payment.GeftPayment;
import com.geftflow.payment.PaymentState;
import com.geftflow.security.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * Reconciles a settlement file against the payments here and stores the report with its findings,
 * in one transaction: a file that cannot be read stores nothing. The stored report is fired as a CDI
 * event in the same transaction, so that the operations tasks its findings open (process package)
 * exist exactly when the report does.
 */
@ApplicationScoped
public class Reconciliations {

  private static final int CHUNK = 500;

  @PersistenceContext(unitName = "geft")
  EntityManager em;

  @Inject
  @ConfigProperties
  ReconciliationSettings settings;

  @Inject
  Clock clock;

  @Inject
  Event<ReconciliationReport> stored;

  @Transactional
  public ReconciliationReport reconcile(byte[] file, String receivedBy) {
    List<Reconciler.Row> rows = SettlementFile.read(file, settings.columns);
    Map<String, GeftPayment> payments = new LinkedHashMap<>();
    named(rows.stream().map(Reconciler.Row::sessionId).filter(Objects::nonNull).distinct().toList(), "sessionId")
        .forEach(p -> payments.put(p.paymentId(), p));
    named(rows.stream().map(Reconciler.Row::referenceId).filter(r -> !r.isEmpty()).distinct().toList(), "referenceId")
        .forEach(p -> payments.put(p.paymentId(), p));
    Optional<LocalDate> first = rows.stream().map(Reconciler.Row::settledOn).min(Comparator.naturalOrder());
    Optional<LocalDate> last = rows.stream().map(Reconciler.Row::settledOn).max(Comparator.naturalOrder());
    if (first.isPresent()) {
      em.createQuery("select p from GeftPayment p where p.state = :scheduled and p.createdAt >= :from"
              + " and p.createdAt < :to", GeftPayment.class)
          .setParameter("scheduled", PaymentState.SCHEDULED)
          .setParameter("from", start(Reconciler.businessDaysBefore(first.get(), settings.settleDays)))
          .setParameter("to", start(Reconciler.businessDaysBefore(last.get(), settings.settleDays).plusDays(1)))
          .getResultStream().forEach(p -> payments.put(p.paymentId(), p));
    }
    List<Reconciler.Finding> findings = Reconciler.reconcile(rows, payments.values().stream().map(Reconciliations::ours)
        .toList(), settings.settleDays);
    String id = UUID.randomUUID().toString();
    ReconciliationRecord record = new ReconciliationRecord(id, OffsetDateTime.now(clock).withOffsetSameInstant(
        ZoneOffset.UTC), receivedBy, Sha256.hex(file), rows.size(), findings.size(), first.orElse(null),
        last.orElse(null));
    em.persist(record);
    List<ReconciliationReport.Item> items = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      ReconciliationFinding finding = new ReconciliationFinding(UUID.randomUUID().toString(), id, i + 1,
          findings.get(i));
      em.persist(finding);
      items.add(finding.item());
    }
    ReconciliationReport report = record.report(items);
    stored.fire(report);
    return report;
  }

  /** A finding and the reconciliation it belongs to. */
  public record Found(String reconciliationId, ReconciliationReport.Item item) {
  }

  /** One finding, as its operations task shows it; joins the caller's transaction. */
  public Optional<Found> finding(String findingId) {
    return Optional.ofNullable(em.find(ReconciliationFinding.class, findingId))
        .map(f -> new Found(f.reconciliationId(), f.item()));
  }

  /** What an operator did about a finding, kept on it; a finding is resolved once. Joins the caller's transaction. */
  public void resolve(String findingId, String by, String what) {
    ReconciliationFinding finding = em.find(ReconciliationFinding.class, findingId, LockModeType.PESSIMISTIC_WRITE);
    if (finding != null && !finding.resolved()) {
      finding.resolve(by, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), what);
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<ReconciliationReport> find(String id) {
    return Optional.ofNullable(em.find(ReconciliationRecord.class, id))
        .map(r -> r.report(em.createQuery("select f from ReconciliationFinding f where f.reconciliationId = :id"
            + " order by f.seq", ReconciliationFinding.class).setParameter("id", id).getResultStream()
            .map(ReconciliationFinding::item).toList()));
  }

  /** The latest reports, newest first, without their findings. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<ReconciliationReport> latest(int limit) {
    return em.createQuery("select r from ReconciliationRecord r order by r.receivedAt desc", ReconciliationRecord.class)
        .setMaxResults(limit).getResultStream().map(r -> r.report(null)).toList();
  }

  private List<GeftPayment> named(List<String> values, String field) {
    List<GeftPayment> found = new ArrayList<>();
    for (int i = 0; i < values.size(); i += CHUNK) {
      Collection<String> chunk = values.subList(i, Math.min(values.size(), i + CHUNK));
      found.addAll(em.createQuery("select p from GeftPayment p where p." + field + " in :values", GeftPayment.class)
          .setParameter("values", chunk).getResultList());
    }
    return found;
  }

  private static OffsetDateTime start(LocalDate day) {
    return day.atStartOfDay().atOffset(ZoneOffset.UTC);
  }

  private static Reconciler.Ours ours(GeftPayment p) {
    return new Reconciler.Ours(p.paymentId(), p.referenceId(), p.sessionId(), p.state().name(),
        p.scheduledAmount() != null ? p.scheduledAmount() : p.amount(),
        p.createdAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate());
  }
}
