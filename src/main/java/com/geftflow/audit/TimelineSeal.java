package com.geftflow.audit;

import static java.util.stream.Collectors.toMap;

import com.geftflow.payment.TimelineChain;
import com.geftflow.payment.TimelineEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Gives timeline entries their place in their payment's chain, in the order they are found
 * committed, and closes each finished day (UTC) with its anchor, under one row's lock: one sealer
 * at a time across the nodes, so that a payment's chain never forks. Sealing after the commit keeps
 * the chain out of the transactions that write entries, which never wait for one another for it.
 */
@ApplicationScoped
public class TimelineSeal {

  private static final Logger LOG = Logger.getLogger(TimelineSeal.class.getName());

  @PersistenceContext(unitName = "geft")
  EntityManager em;

  @Inject
  Clock clock;

  /**
   * Seals up to {@code max} entries as a pass on {@code day} (UTC, the caller's clock): the days
   * before it are anchored first.
   *
   * @return how many entries were sealed or refused
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int seal(int max, LocalDate day) {
    SealLock lock = em.find(SealLock.class, SealLock.ROW, LockModeType.PESSIMISTIC_WRITE);
    LocalDate today = notAnchored(day, lock);
    anchorDaysBefore(today, lock);
    List<TimelineEntry> unsealed = em.createQuery("select t from TimelineEntry t where t.seq is null"
        + " order by t.at, t.id", TimelineEntry.class).setMaxResults(max).getResultList();
    if (unsealed.isEmpty()) {
      return 0;
    }
    Map<String, TimelineHead> heads = em.createQuery("select h from TimelineHead h where h.paymentId in :ids",
            TimelineHead.class)
        .setParameter("ids", unsealed.stream().map(TimelineEntry::paymentId).distinct().toList())
        .getResultStream().collect(toMap(TimelineHead::paymentId, Function.identity()));
    for (TimelineEntry entry : unsealed) {
      if (!entry.writtenHere()) {
        // written or changed behind GEFT Flow's back before it was sealed: verification names it
        entry.refuse();
        LOG.warning(() -> "Timeline entry " + entry.id() + " of payment " + entry.paymentId()
            + " does not match its row hash: not sealed");
        continue;
      }
      TimelineHead head = heads.computeIfAbsent(entry.paymentId(), id -> {
        TimelineHead first = new TimelineHead(id);
        em.persist(first);
        return first;
      });
      entry.seal(head.seq() + 1, head.hash());
      head.advance(entry.seq(), entry.hash(), today);
    }
    return unsealed.size();
  }

  /** Never a day already anchored, whatever this node's clock says. */
  private static LocalDate notAnchored(LocalDate day, SealLock lock) {
    LocalDate anchored = lock.anchoredThrough();
    return anchored != null && !day.isAfter(anchored) ? anchored.plusDays(1) : day;
  }

  /** Anchors each day before {@code today} whose sealing is over, oldest first. */
  private void anchorDaysBefore(LocalDate today, SealLock lock) {
    LocalDate after = lock.anchoredThrough() == null ? LocalDate.EPOCH : lock.anchoredThrough();
    List<LocalDate> days = em.createQuery("select distinct h.sealedOn from TimelineHead h"
            + " where h.sealedOn > :after and h.sealedOn < :today order by h.sealedOn", LocalDate.class)
        .setParameter("after", after).setParameter("today", today).getResultList();
    for (LocalDate day : days) {
      List<TimelineHead> heads = em.createQuery("select h from TimelineHead h where h.sealedOn = :day",
          TimelineHead.class).setParameter("day", day).getResultList();
      List<AnchorEntry> entries = heads.stream().map(h -> new AnchorEntry(day, h.paymentId(), h.seq(), h.hash()))
          .sorted(Comparator.comparing(AnchorEntry::paymentId)).toList();
      String previous = em.createQuery("select a from TimelineAnchor a order by a.day desc", TimelineAnchor.class)
          .setMaxResults(1).getResultStream().findFirst().map(TimelineAnchor::hash).orElse(TimelineChain.GENESIS);
      entries.forEach(em::persist);
      em.persist(new TimelineAnchor(day, previous, entries.size(),
          TimelineChain.anchor(previous, day, entries.stream().map(AnchorEntry::line).toList()),
          OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)));
      lock.anchored(day);
    }
  }
}
