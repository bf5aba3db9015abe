package com.geftflow.events;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The JSON a lender receives, written once when the event is recorded: every delivery of the event
 * carries these same bytes. {@code sequence} counts the payment's events from 1, so that a receiver
 * can put them in order; absent values are {@code null}, never left out.
 *
 * <p>Written by hand rather than by JSON-B: events are recorded on the engine's job threads, where
 * Liberty's JSON-B provider is not found through the service loader.
 */
public record LenderEventBody(String id, String type, String paymentId, int sequence, String referenceId,
    String state, String flinksStatus, String flinksStatusDetails, BigDecimal amount, BigDecimal scheduledAmount,
    OffsetDateTime occurredAt) {

  public String json() {
    return "{\"id\":" + text(id) + ",\"type\":" + text(type) + ",\"paymentId\":" + text(paymentId)
        + ",\"sequence\":" + sequence + ",\"referenceId\":" + text(referenceId) + ",\"state\":" + text(state)
        + ",\"flinksStatus\":" + text(flinksStatus) + ",\"flinksStatusDetails\":" + text(flinksStatusDetails)
        + ",\"amount\":" + number(amount) + ",\"scheduledAmount\":" + number(scheduledAmount)
        + ",\"occurredAt\":" + text(occurredAt == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(occurredAt))
        + "}";
  }

  private static String number(BigDecimal value) {
    return value == null ? "null" : value.toPlainString();
  }

  /** A JSON string: quotes, backslashes and control characters escaped. */
  static String text(String value) {
    if (value == null) {
      return "null";
    }
    StringBuilder json = new StringBuilder(value.length() + 2).append('"');
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"').toString();
  }
}
