package com.geftflow.flinks;

import java.math.BigDecimal;

/** {@code GET /api/v2/sessions/{id}/status}, also the answer to cancel and guarantee confirmation. */
public record SessionStatus(String sessionId, String referenceId, BigDecimal amount, String status,
    String statusDetails) {
}
