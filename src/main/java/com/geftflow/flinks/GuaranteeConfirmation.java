package com.geftflow.flinks;

/** {@code POST /api/v2/sessions/{id}/guarantees/confirm}: accept or refuse a next-best offer. */
public record GuaranteeConfirmation(Boolean guaranteeAccepted) {
}
