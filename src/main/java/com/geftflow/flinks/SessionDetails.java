package com.geftflow.flinks;

import java.math.BigDecimal;

/**
 * {@code GET /api/v2/sessions/{id}/details}: the guarantee as Flinks sees it. A next-best offer shows
 * as {@code guaranteeOffered} below the requested {@code amount} with {@code guaranteeAccepted} unset.
 */
public record SessionDetails(String sessionId, String referenceId, BigDecimal amount, String status,
    String statusDetails, BigDecimal highestDebitAmountToGuarantee, BigDecimal guaranteeOffered,
    Boolean guaranteeAccepted) {

  public boolean offersLessThanRequested() {
    return guaranteeOffered != null && amount != null && guaranteeAccepted == null
        && guaranteeOffered.compareTo(amount) < 0;
  }
}
