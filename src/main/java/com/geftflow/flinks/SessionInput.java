package com.geftflow.flinks;

import com.geftflow.flinks.CreateSessionRequest.Payee;
import com.geftflow.flinks.CreateSessionRequest.Payor;
import java.math.BigDecimal;

/** A payment's facts as a lender gives them: everything of a session request but the GEFT constants. */
public record SessionInput(
    String referenceId,
    BigDecimal amount,
    String currency,
    String language,
    Payor payor,
    Payee payee) {

  public static final String DEFAULT_CURRENCY = "CAD";
  public static final String DEFAULT_LANGUAGE = "EN";

  public String currencyOrDefault() {
    return currency == null ? DEFAULT_CURRENCY : currency;
  }

  public String languageOrDefault() {
    return language == null ? DEFAULT_LANGUAGE : language;
  }
}
