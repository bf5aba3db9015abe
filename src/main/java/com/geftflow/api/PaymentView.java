package com.geftflow.api;

import com.geftflow.payment.GeftPayment;
import com.geftflow.payment.TimelineEntry;
import com.geftflow.payment.TimelineEvent;
import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

/** The payment as the lender API shows it (docs/api.md). */
public record PaymentView(String paymentId, String referenceId, String processInstanceId, String sessionId,
    URI checkoutUrl, BigDecimal amount, BigDecimal scheduledAmount, String currency, String state,
    String flinksStatus, String flinksStatusDetails, String rejectionReason, OffsetDateTime createdAt,
    OffsetDateTime updatedAt, List<TimelineEvent> timeline) {

  static PaymentView of(GeftPayment p, URI checkoutUrl, List<TimelineEntry> timeline) {
    return new PaymentView(p.paymentId(), p.referenceId(), p.processInstanceId(), p.sessionId(),
        p.sessionId() == null ? null : checkoutUrl, p.amount(), p.scheduledAmount(), p.currency(), p.state().name(),
        p.flinksStatus(), p.flinksStatusDetails(), p.rejectionReason(), p.createdAt(), p.updatedAt(),
        timeline == null ? null : timeline.stream().map(TimelineEvent::of).toList());
  }
}
