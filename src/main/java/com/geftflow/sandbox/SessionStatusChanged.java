package com.geftflow.sandbox;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** Fired inside the transaction that changed a session; webhooks go out once it has committed. */
public record SessionStatusChanged(String sessionId, String referenceId, BigDecimal amount, String status,
    String statusDetails, OffsetDateTime when) {
}
