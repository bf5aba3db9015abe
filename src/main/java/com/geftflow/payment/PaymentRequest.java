package com.geftflow.payment;

import com.geftflow.flinks.CreateSessionRequest.Payee;
import com.geftflow.flinks.CreateSessionRequest.Payor;
import com.geftflow.flinks.CreateSessionRequest;
import com.geftflow.flinks.SessionRequestValidator;
import com.geftflow.web.FieldError;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a lender asks for (the body of {@code POST /api/payments}, or a calling process's input
 * variables): the variable part of a GEFT session, in the guide's words for payor and payee.
 */
public record PaymentRequest(
    String referenceId,
    BigDecimal amount,
    String currency,
    String language,
    Payor payor,
    Payee payee) {

  public String currencyOrDefault() {
    return CreateSessionRequest.orDefault(currency, CreateSessionRequest.DEFAULT_CURRENCY);
  }

  public String languageOrDefault() {
    return CreateSessionRequest.orDefault(language, CreateSessionRequest.DEFAULT_LANGUAGE);
  }

  /** Every invalid field at once, against the guide's limits. */
  public List<FieldError> errors(SessionRequestValidator validator) {
    return validator.validate(referenceId, amount, currency, language, payor, payee);
  }

  /** The Flinks session that carries this payment. */
  public CreateSessionRequest toSessionRequest() {
    return CreateSessionRequest.forGeft(referenceId, amount, currency, language, payor, payee);
  }
}
