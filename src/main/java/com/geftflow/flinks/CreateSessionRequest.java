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

  public static final String DEFAULT_CURRENCY = "CAD";
  public static final String DEFAULT_LANGUAGE = "EN";

  /** A GEFT session for these facts; currency and language default to CAD and EN. */
  public static CreateSessionRequest forGeft(String referenceId, BigDecimal amount, String currency, String language,
      Payor payor, Payee payee) {
    return new CreateSessionRequest(referenceId, TYPE_EFT, DIRECTION_DEBIT, orDefault(currency, DEFAULT_CURRENCY),
        amount, new Options(new Guarantee(true), new NotificationPreferences(orDefault(language, DEFAULT_LANGUAGE))),
        payor, payee);
  }

  /** The language as sent, or null. */
  public String language() {
    return options == null || options.notificationPreferences() == null
        ? null : options.notificationPreferences().language();
  }

  public static String orDefault(String value, String fallback) {
    return value == null ? fallback : value;
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
