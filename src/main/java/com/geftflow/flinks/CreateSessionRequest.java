package com.geftflow.flinks;

import java.math.BigDecimal;

/**
 * The body of {@code POST /api/v2/sessions}, in the guide's words. {@link #forGeft} sets the three
 * fields that make a session a GEFT session, so that no caller can get them wrong.
 */
public record CreateSessionRequest(
    String referenceId,
    String type,
    String direction,
    String currency,
    BigDecimal amount,
    Options options,
    Payor payor,
    Payee payee) {

  public static final String TYPE_EFT = "EFT";
  public static final String DIRECTION_DEBIT = "DEBIT";

  public static CreateSessionRequest forGeft(SessionInput input) {
    return new CreateSessionRequest(input.referenceId(), TYPE_EFT, DIRECTION_DEBIT, input.currencyOrDefault(),
        input.amount(), new Options(new Guarantee(true), new NotificationPreferences(input.languageOrDefault())),
        input.payor(), input.payee());
  }

  /** What the lender supplied, for validating a request the sandbox received. */
  public SessionInput input() {
    String language = options == null || options.notificationPreferences() == null
        ? null : options.notificationPreferences().language();
    return new SessionInput(referenceId, amount, currency, language, payor, payee);
  }

  public boolean guaranteeEnabled() {
    return options != null && options.guarantee() != null && Boolean.TRUE.equals(options.guarantee().enable());
  }

  public record Options(Guarantee guarantee, NotificationPreferences notificationPreferences) {
  }

  public record Guarantee(Boolean enable) {
  }

  public record NotificationPreferences(String language) {
  }

  public record Payor(String firstName, String lastName, String email, Address address) {
  }

  public record Address(String addressLine1, String city, String postalCode, String province, String country) {
  }

  public record Payee(Account account) {
  }

  public record Account(String accountNumber, String transitNumber, String institutionCode) {
  }
}
