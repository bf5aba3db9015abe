package com.geftflow.events;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * The JSON a lender receives, written once when the event is recorded: every delivery of the event
 * carries these same bytes. {@code sequence} counts the payment's events from 1, so that a receiver
 * can put them in order; absent values are {@code null}, never left out.
 */
@JsonbPropertyOrder({"id", "type", "paymentId", "sequence", "referenceId", "state", "flinksStatus",
    "flinksStatusDetails", "amount", "scheduledAmount", "occurredAt"})
public record LenderEventBody(String id, String type, String paymentId, int sequence, String referenceId,
    String state, String flinksStatus, String flinksStatusDetails, BigDecimal amount, BigDecimal scheduledAmount,
    OffsetDateTime occurredAt) {

  private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

  public String json() {
    return JSON.toJson(this);
  }
}
