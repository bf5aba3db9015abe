package com.geftflow.audit;

import com.geftflow.payment.TimelineEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything an auditor needs to reconstruct one payment without database access: the record, its
 * timeline (every Flinks status seen, every operator decision) and the engine's history.
 */
public record PaymentAudit(String paymentId, String referenceId, String state, BigDecimal amount,
    BigDecimal scheduledAmount, String currency, String sessionId, String flinksStatus, String flinksStatusDetails,
    String rejectionReason, OffsetDateTime createdAt, OffsetDateTime updatedAt, String processInstanceId,
    List<TimelineEvent> timeline, List<Activity> activities, List<TaskRecord> tasks, List<IncidentRecord> incidents) {

  public record Activity(String activityId, String name, String type, Instant startTime, Instant endTime,
      String assignee) {
  }

  public record TaskRecord(String name, String assignee, Instant created, Instant ended, String outcome) {
  }

  public record IncidentRecord(String type, String activityId, String message, Instant created, Instant ended) {
  }
}
