package com.geftflow.audit;

import java.time.LocalDate;

/**
 * What verifying timelines found: {@code valid}, or the first {@code broken} link. {@code pending}
 * entries are not sealed yet (they are, within {@code geft.audit.seal-interval}); {@code anchoredThrough}
 * is the last day whose anchor covers them.
 */
public record ChainReport(boolean valid, String paymentId, LocalDate from, LocalDate to, int anchors, int payments,
    int entries, int pending, LocalDate anchoredThrough, Broken broken) {

  /**
   * The first broken link: the payment, the entry ({@code seq} in its chain, {@code entryId} the row)
   * or the anchor's {@code day}, what is wrong, and the hash expected there against the one found.
   */
  public record Broken(String paymentId, Integer seq, String entryId, LocalDate day, String problem,
      String expected, String found) {
  }
}
