package com.geftflow.webhook;

import java.math.BigDecimal;

/** The body of Flinks' {@code SessionSetupStatusChanged} webhook, as Flinks and the sandbox send it; unknown fields are ignored. */
public record WebhookPayload(String eventType, String sessionId, String referenceId, BigDecimal amount, String status,
    String statusDetails, String when) {
}
