package com.geftflow.audit;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;

import com.geftflow.payment.GeftPayment;
import com.geftflow.payment.PaymentState;
import com.geftflow.payment.Payments;
import com.geftflow.payment.TimelineEntry;
import com.geftflow.payment.TimelineEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.query.NativeQuery;

/**
 * Reads payments with their timelines and engine history; changes nothing. A page costs the same
 * five queries whatever its size (payments, timelines, activities, tasks, incidents), never one per
 * payment: Camunda's history queries take one process instance each, so activities and tasks are
 * read with its native queries over the page's process instances.
 */
@ApplicationScoped
public class AuditTrail {

  @Inject
  Payments payments;

  @Inject
  HistoryService history;

  @Inject
  ManagementService management;

  public List<PaymentAudit> search(String referenceId, PaymentState state, OffsetDateTime from, OffsetDateTime to,
      int offset, int limit) {
    List<GeftPayment> page = payments.search(referenceId, state, from, to, offset, limit);
    if (page.isEmpty()) {
      return List.of();
    }
    Map<String, List<TimelineEvent>> timelines = payments.timelines(page.stream().map(GeftPayment::paymentId).toList())
        .stream().collect(groupingBy(TimelineEntry::paymentId, mapping(TimelineEvent::of, toList())));
    List<String> processes = page.stream().map(GeftPayment::processInstanceId).filter(Objects::nonNull).toList();
    Map<String, List<PaymentAudit.Activity>> activities = activities(processes);
    Map<String, List<PaymentAudit.TaskRecord>> tasks = tasks(processes);
    Map<String, List<PaymentAudit.IncidentRecord>> incidents = incidents(page, Set.copyOf(processes));
    return page.stream().map(p -> new PaymentAudit(p.paymentId(), p.referenceId(), p.state().name(), p.amount(),
        p.scheduledAmount(), p.currency(), p.sessionId(), p.flinksStatus(), p.flinksStatusDetails(),
        p.rejectionReason(), p.createdAt(), p.updatedAt(), p.processInstanceId(),
        timelines.getOrDefault(p.paymentId(), List.of()),
        byProcess(activities, p), byProcess(tasks, p), byProcess(incidents, p))).toList();
  }

  /** The timeline entries of the payments {@link #search} would return, by payment and place in its chain. */
  public List<TimelineEntry> timelines(String referenceId, PaymentState state, OffsetDateTime from, OffsetDateTime to,
      int offset, int limit) {
    List<String> page = payments.search(referenceId, state, from, to, offset, limit).stream()
        .map(GeftPayment::paymentId).toList();
    return page.isEmpty() ? List.of() : payments.timelines(page).stream()
        .sorted(Comparator.comparing(TimelineEntry::paymentId)
            .thenComparing(TimelineEntry::seq, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TimelineEntry::at))
        .toList();
  }

  private Map<String, List<PaymentAudit.Activity>> activities(List<String> processes) {
    if (processes.isEmpty()) {
      return Map.of();
    }
    return inProcesses(history.createNativeHistoricActivityInstanceQuery(), HistoricActivityInstance.class,
        processes, "START_TIME_, SEQUENCE_COUNTER_").list().stream()
        .collect(groupingBy(HistoricActivityInstance::getProcessInstanceId, mapping(a -> new PaymentAudit.Activity(
            a.getActivityId(), a.getActivityName(), a.getActivityType(), instant(a.getStartTime()),
            instant(a.getEndTime()), a.getAssignee()), toList())));
  }

  private Map<String, List<PaymentAudit.TaskRecord>> tasks(List<String> processes) {
    if (processes.isEmpty()) {
      return Map.of();
    }
    return inProcesses(history.createNativeHistoricTaskInstanceQuery(), HistoricTaskInstance.class, processes,
        "START_TIME_").list().stream()
        .collect(groupingBy(HistoricTaskInstance::getProcessInstanceId, mapping(t -> new PaymentAudit.TaskRecord(
            t.getName(), t.getAssignee(), instant(t.getStartTime()), instant(t.getEndTime()), t.getDeleteReason()),
            toList())));
  }

  /** {@code SELECT * FROM <history table> WHERE PROC_INST_ID_ IN (the page's processes) ORDER BY ...}. */
  private <Q extends NativeQuery<Q, ?>> Q inProcesses(Q query, Class<?> entity, List<String> processes, String order) {
    String parameters = IntStream.range(0, processes.size()).mapToObj(i -> "#{p" + i + "}")
        .collect(Collectors.joining(", "));
    query.sql("SELECT * FROM " + management.getTableName(entity) + " WHERE PROC_INST_ID_ IN (" + parameters
        + ") ORDER BY " + order);
    for (int i = 0; i < processes.size(); i++) {
      query.parameter("p" + i, processes.get(i));
    }
    return query;
  }

  /**
   * Incidents have no native query: the payments' own definition's incidents since the page's first
   * payment, kept for the page's processes. There are few: Flinks outages never become incidents.
   */
  private Map<String, List<PaymentAudit.IncidentRecord>> incidents(List<GeftPayment> page, Set<String> processes) {
    if (processes.isEmpty()) {
      return Map.of();
    }
    OffsetDateTime earliest = page.stream().map(GeftPayment::createdAt).min(Comparator.naturalOrder()).orElseThrow();
    return history.createHistoricIncidentQuery().createTimeAfter(Date.from(earliest.toInstant().minusSeconds(1)))
        .orderByCreateTime().asc().list().stream()
        .filter(i -> processes.contains(i.getProcessInstanceId()))
        .collect(groupingBy(i -> i.getProcessInstanceId(), mapping(i -> new PaymentAudit.IncidentRecord(
            i.getIncidentType(), i.getActivityId(), i.getIncidentMessage(), instant(i.getCreateTime()),
            instant(i.getEndTime())), toList())));
  }

  private static <T> List<T> byProcess(Map<String, List<T>> records, GeftPayment payment) {
    return payment.processInstanceId() == null ? List.of()
        : records.getOrDefault(payment.processInstanceId(), List.of());
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
