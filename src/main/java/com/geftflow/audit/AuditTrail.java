package com.geftflow.audit;

import com.geftflow.payment.GeftPayment;
import com.geftflow.payment.PaymentState;
import com.geftflow.payment.Payments;
import com.geftflow.payment.TimelineEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;

/** Reads payments with their timelines and engine history; changes nothing. */
@ApplicationScoped
public class AuditTrail {

  @Inject
  Payments payments;

  @Inject
  HistoryService history;

  public List<PaymentAudit> search(String referenceId, PaymentState state, OffsetDateTime from, OffsetDateTime to,
      int offset, int limit) {
    return payments.search(referenceId, state, from, to, offset, limit).stream().map(this::audit).toList();
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  PaymentAudit audit(GeftPayment p) {
    String pid = p.processInstanceId();
    List<PaymentAudit.Activity> activities = pid == null ? List.of() : history.createHistoricActivityInstanceQuery()
        .processInstanceId(pid).orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc()
        .list().stream()
        .map(a -> new PaymentAudit.Activity(a.getActivityId(), a.getActivityName(), a.getActivityType(),
            instant(a.getStartTime()), instant(a.getEndTime()), a.getAssignee()))
        .toList();
    List<PaymentAudit.TaskRecord> tasks = pid == null ? List.of() : history.createHistoricTaskInstanceQuery()
        .processInstanceId(pid).orderByHistoricActivityInstanceStartTime().asc().list().stream()
        .map(t -> new PaymentAudit.TaskRecord(t.getName(), t.getAssignee(), instant(t.getStartTime()), instant(t.getEndTime()),
            t.getDeleteReason()))
        .toList();
    List<PaymentAudit.IncidentRecord> incidents = pid == null ? List.of() : history.createHistoricIncidentQuery()
        .processInstanceId(pid).list().stream()
        .map(i -> new PaymentAudit.IncidentRecord(i.getIncidentType(), i.getActivityId(), i.getIncidentMessage(),
            instant(i.getCreateTime()), instant(i.getEndTime())))
        .toList();
    List<TimelineEvent> timeline = payments.timeline(p.paymentId()).stream()
        .map(TimelineEvent::of).toList();
    return new PaymentAudit(p.paymentId(), p.referenceId(), p.state().name(), p.amount(), p.scheduledAmount(),
        p.currency(), p.sessionId(), p.flinksStatus(), p.flinksStatusDetails(), p.rejectionReason(), p.createdAt(),
        p.updatedAt(), pid, timeline, activities, tasks, incidents);
  }
}
