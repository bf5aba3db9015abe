package com.geftflow.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A reconciliation as auditors read it: the file (its SHA-256, rows, the days it settled) and every
 * finding; {@code kind} is SETTLED_NOT_SCHEDULED, NOT_SETTLED, AMOUNT_DIFFERS, UNKNOWN_REFERENCE or
 * DUPLICATE, {@code line} the file's line (none for a payment missing from it). Each finding opens
 * an operations task "Reconciliation mismatch"; its resolution, once an operator recorded it, is here.
 */
public record ReconciliationReport(String id, OffsetDateTime receivedAt, String receivedBy, String fileSha256,
    int rows, LocalDate settledFrom, LocalDate settledTo, int findingCount, List<Item> findings) {

  public record Item(String id, String kind, Integer line, String paymentId, String referenceId, String sessionId,
      String ours, String theirs, String resolvedBy, OffsetDateTime resolvedAt, String resolution) {
  }
}
