package com.geftflow.audit;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toMap;

import com.geftflow.audit.ChainReport.Broken;
import com.geftflow.payment.TimelineChain;
import com.geftflow.payment.TimelineEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Recomputes the chains and anchors from what the database holds now, and names the first link that
 * does not hold: an entry changed, inserted or deleted, a payment deleted, an anchor changed or
 * deleted. Changes nothing. What it cannot see: the newest anchor deleted or rewritten together with
 * everything it covers — hence the anchors' hashes to keep outside the database (docs/audit.md).
 */
@ApplicationScoped
public class TimelineVerifier {

  private static final int CHUNK = 200;

  @PersistenceContext(unitName = "geft")
  EntityManager em;

  /** One payment's chain, its head and every anchor entry of it. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<ChainReport> payment(String paymentId) {
    List<TimelineEntry> entries = entries(List.of(paymentId));
    List<AnchorEntry> anchored = em.createQuery("select e from AnchorEntry e where e.paymentId = :p order by e.day",
        AnchorEntry.class).setParameter("p", paymentId).getResultList();
    Optional<TimelineHead> head = Optional.ofNullable(em.find(TimelineHead.class, paymentId));
    if (entries.isEmpty() && anchored.isEmpty() && head.isEmpty()) {
      return Optional.empty();
    }
    Broken broken = chain(paymentId, entries, head, anchored);
    for (AnchorEntry line : anchored) {
      if (broken == null) {
        broken = anchor(line.day());
      }
    }
    LocalDate through = anchored.isEmpty() ? null : anchored.get(anchored.size() - 1).day();
    return Optional.of(new ChainReport(broken == null, paymentId, null, null, anchored.size(), 1, entries.size(),
        pending(entries), through, broken));
  }

  /**
   * The anchors of the days in [from, to) and their chain, and every payment they cover or sealed in
   * those days and not anchored yet.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public ChainReport days(LocalDate from, LocalDate to) {
    List<TimelineAnchor> anchors = em.createQuery("select a from TimelineAnchor a where a.day >= :from and a.day < :to"
        + " order by a.day", TimelineAnchor.class).setParameter("from", from).setParameter("to", to).getResultList();
    Broken broken = null;
    String previous = em.createQuery("select a from TimelineAnchor a where a.day < :from order by a.day desc",
            TimelineAnchor.class).setParameter("from", from).setMaxResults(1).getResultStream().findFirst()
        .map(TimelineAnchor::hash).orElse(TimelineChain.GENESIS);
    for (TimelineAnchor anchor : anchors) {
      if (broken == null && !anchor.previousHash().equals(previous)) {
        broken = new Broken(null, null, null, anchor.day(), "the anchor does not follow the anchor before it"
            + " (an anchor was deleted or changed)", previous, anchor.previousHash());
      }
      if (broken == null) {
        broken = anchor(anchor.day());
      }
      previous = anchor.hash();
    }
    Set<String> paymentIds = new LinkedHashSet<>(em.createQuery("select distinct e.paymentId from AnchorEntry e"
            + " where e.day >= :from and e.day < :to", String.class)
        .setParameter("from", from).setParameter("to", to).getResultList());
    paymentIds.addAll(em.createQuery("select h.paymentId from TimelineHead h where h.sealedOn >= :from"
        + " and h.sealedOn < :to", String.class).setParameter("from", from).setParameter("to", to).getResultList());
    int entries = 0;
    int pending = 0;
    List<String> ids = new ArrayList<>(paymentIds);
    for (int i = 0; i < ids.size(); i += CHUNK) {
      List<String> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
      Map<String, List<TimelineEntry>> byPayment = entries(chunk).stream()
          .collect(groupingBy(TimelineEntry::paymentId));
      Map<String, List<AnchorEntry>> anchoredBy = em.createQuery("select e from AnchorEntry e where e.paymentId in :ids"
          + " order by e.day", AnchorEntry.class).setParameter("ids", chunk).getResultStream()
          .collect(groupingBy(AnchorEntry::paymentId));
      Map<String, TimelineHead> heads = em.createQuery("select h from TimelineHead h where h.paymentId in :ids",
          TimelineHead.class).setParameter("ids", chunk).getResultStream()
          .collect(toMap(TimelineHead::paymentId, h -> h));
      for (String id : chunk) {
        List<TimelineEntry> own = byPayment.getOrDefault(id, List.of());
        entries += own.size();
        pending += pending(own);
        if (broken == null) {
          broken = chain(id, own, Optional.ofNullable(heads.get(id)), anchoredBy.getOrDefault(id, List.of()));
        }
      }
    }
    LocalDate through = anchors.isEmpty() ? null : anchors.get(anchors.size() - 1).day();
    return new ChainReport(broken == null, null, from, to, anchors.size(), paymentIds.size(), entries, pending,
        through, broken);
  }

  private List<TimelineEntry> entries(List<String> paymentIds) {
    return em.createQuery("select t from TimelineEntry t where t.paymentId in :ids order by t.paymentId, t.seq, t.at",
        TimelineEntry.class).setParameter("ids", paymentIds).getResultList();
  }

  private static int pending(List<TimelineEntry> entries) {
    return (int) entries.stream().filter(e -> e.seq() == null).count();
  }

  /** The first broken link of one payment's chain, or null. */
  static Broken chain(String paymentId, List<TimelineEntry> entries, Optional<TimelineHead> head,
      List<AnchorEntry> anchored) {
    for (TimelineEntry entry : entries) {
      if (entry.seq() != null && entry.seq() == 0) {
        return new Broken(paymentId, null, entry.id(), null, "an entry GEFT Flow did not write (refused by the sealer)",
            TimelineChain.rowHash(entry.content()), entry.rowHash());
      }
    }
    List<TimelineEntry> sealed = entries.stream().filter(e -> e.seq() != null)
        .sorted(Comparator.comparing(TimelineEntry::seq)).toList();
    String previous = TimelineChain.GENESIS;
    int expectedSeq = 1;
    for (TimelineEntry entry : sealed) {
      if (entry.seq() < expectedSeq) {
        return new Broken(paymentId, entry.seq(), entry.id(), null, "a second entry at this place (an entry was"
            + " inserted)", previous, entry.hash());
      }
      if (entry.seq() > expectedSeq) {
        return new Broken(paymentId, expectedSeq, null, null, "no entry at this place (an entry was deleted)",
            "entry " + expectedSeq, "entry " + entry.seq());
      }
      String expected = TimelineChain.link(previous, entry.seq(), entry.content());
      if (!expected.equals(entry.hash())) {
        return new Broken(paymentId, entry.seq(), entry.id(), null, "the entry does not match its hash (the entry or"
            + " the one before it was changed)", expected, entry.hash());
      }
      previous = entry.hash();
      expectedSeq++;
    }
    int last = expectedSeq - 1;
    if (head.isPresent() && head.get().seq() != last) {
      return new Broken(paymentId, head.get().seq(), null, null, "the chain ends before its last sealed entry"
          + " (entries were deleted)", head.get().hash(), last == 0 ? null : previous);
    }
    if (head.isPresent() && !head.get().hash().equals(previous)) {
      return new Broken(paymentId, last, null, null, "the last entry differs from the chain's head",
          head.get().hash(), previous);
    }
    for (AnchorEntry anchor : anchored) {
      Optional<TimelineEntry> at = sealed.stream().filter(e -> e.seq() == anchor.seq()).findFirst();
      if (at.isEmpty() || !anchor.hash().equals(at.get().hash())) {
        return new Broken(paymentId, anchor.seq(), at.map(TimelineEntry::id).orElse(null), anchor.day(),
            at.isEmpty() ? "an anchored entry is missing (entries or the payment were deleted)"
                : "the entry differs from the day's anchor", anchor.hash(), at.map(TimelineEntry::hash).orElse(null));
      }
    }
    return null;
  }

  /** The day's anchor against its entries, or null. */
  private Broken anchor(LocalDate day) {
    TimelineAnchor anchor = em.find(TimelineAnchor.class, day);
    if (anchor == null) {
      return new Broken(null, null, null, day, "the day's anchor is missing", "an anchor", null);
    }
    // in Java's order, as the sealer wrote them: the database's collation may order ids otherwise
    List<AnchorEntry> entries = em.createQuery("select e from AnchorEntry e where e.day = :day", AnchorEntry.class)
        .setParameter("day", day).getResultStream().sorted(Comparator.comparing(AnchorEntry::paymentId)).toList();
    String expected = TimelineChain.anchor(anchor.previousHash(), day, entries.stream().map(AnchorEntry::line).toList());
    if (!expected.equals(anchor.hash()) || entries.size() != anchor.payments()) {
      return new Broken(null, null, null, day, "the anchor does not match the heads it covers (an anchor entry was"
          + " changed, deleted or inserted)", anchor.hash(), expected);
    }
    return null;
  }
}
