package com.geftflow.flinks;

import com.geftflow.flinks.CreateSessionRequest.Account;
import com.geftflow.flinks.CreateSessionRequest.Address;
import com.geftflow.flinks.CreateSessionRequest.Payee;
import com.geftflow.flinks.CreateSessionRequest.Payor;
import com.geftflow.web.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a session request against every limit of the Flinks guide before anything is sent, and
 * reports every invalid field at once. The product uses it on the lender's input; the sandbox uses
 * it, as Flinks would, on what it receives.
 */
@ApplicationScoped
public class SessionRequestValidator {

  public static final int REFERENCE_ID_MAX = 100;
  static final int ADDRESS_FIELD_MAX = 255;
  static final Set<String> LANGUAGES = Set.of("EN", "FR");
  static final Set<String> PROVINCES =
      Set.of("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT");
  static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  /** Canada Post: no D, F, I, O, Q or U anywhere, and no W or Z first. */
  static final Pattern POSTAL_CODE =
      Pattern.compile("^[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z] ?\\d[ABCEGHJ-NPRSTV-Z]\\d$", Pattern.CASE_INSENSITIVE);
  static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  static final Pattern ACCOUNT_NUMBER = Pattern.compile("^\\d{7,12}$");
  static final Pattern TRANSIT_NUMBER = Pattern.compile("^\\d{5}$");
  static final Pattern INSTITUTION_CODE = Pattern.compile("^\\d{3}$");

  @Inject
  FlinksLimits limits;

  public SessionRequestValidator() {
  }

  public SessionRequestValidator(FlinksLimits limits) {
    this.limits = limits;
  }

  /** The fields a lender gives, named as the lender API names them: what a product user can get wrong. */
  public List<FieldError> validate(String referenceId, BigDecimal amount, String currency, String language,
      Payor payor, Payee payee) {
    List<FieldError> errors = new ArrayList<>();
    maxLength(errors, "referenceId", referenceId, REFERENCE_ID_MAX);
    amount(errors, amount);
    if (currency != null && !CreateSessionRequest.DEFAULT_CURRENCY.equals(currency)) {
      errors.add(new FieldError("currency", "must be CAD"));
    }
    if (language != null && !LANGUAGES.contains(language)) {
      errors.add(new FieldError("language", "must be EN or FR"));
    }
    payor(errors, payor);
    if (payee != null) {
      account(errors, payee.account());
    }
    return errors;
  }

  /** A whole create request, as Flinks checks it: the lender's input plus the GEFT constants. */
  public List<FieldError> validate(CreateSessionRequest request) {
    List<FieldError> errors = new ArrayList<>();
    if (!CreateSessionRequest.TYPE_EFT.equals(request.type())) {
      errors.add(new FieldError("type", "must be EFT for GEFT"));
    }
    if (!CreateSessionRequest.DIRECTION_DEBIT.equals(request.direction())) {
      errors.add(new FieldError("direction", "must be DEBIT for GEFT"));
    }
    if (!request.guaranteeEnabled()) {
      errors.add(new FieldError("options.guarantee.enable", "must be true for GEFT"));
    }
    validate(request.referenceId(), request.amount(), request.currency(), request.language(), request.payor(),
        request.payee()).stream()
        .map(e -> "language".equals(e.field())
            ? new FieldError("options.notificationPreferences.language", e.message()) : e)
        .forEach(errors::add);
    return errors;
  }

  /** An amount the borrower enters in Flinks' flow when the lender gave none: the same bounds. */
  public List<FieldError> enteredAmount(BigDecimal amount) {
    List<FieldError> errors = new ArrayList<>();
    amount(errors, amount);
    return errors;
  }

  private void amount(List<FieldError> errors, BigDecimal amount) {
    if (amount == null) {
      return; // the borrower enters it in the flow
    }
    if (amount.signum() <= 0) {
      errors.add(new FieldError("amount", "must be greater than 0"));
    } else if (amount.compareTo(limits.amountMax()) > 0) {
      errors.add(new FieldError("amount", "must be at most " + limits.amountMax().toPlainString()));
    } else if (amount.stripTrailingZeros().scale() > 2) {
      errors.add(new FieldError("amount", "must have at most 2 decimals"));
    }
  }

  private void payor(List<FieldError> errors, Payor payor) {
    if (payor == null) {
      errors.add(new FieldError("payor", "is required"));
      return;
    }
    required(errors, "payor.firstName", payor.firstName(), limits.nameMax());
    required(errors, "payor.lastName", payor.lastName(), limits.nameMax());
    if (payor.email() != null) {
      if (!EMAIL.matcher(payor.email()).matches()) {
        errors.add(new FieldError("payor.email", "must be an email address"));
      }
      maxLength(errors, "payor.email", payor.email(), limits.emailMax());
    }
    if (payor.address() != null) {
      address(errors, payor.address());
    }
  }

  private static void address(List<FieldError> errors, Address address) {
    required(errors, "payor.address.addressLine1", address.addressLine1(), ADDRESS_FIELD_MAX);
    required(errors, "payor.address.city", address.city(), ADDRESS_FIELD_MAX);
    if (blank(address.postalCode())) {
      errors.add(new FieldError("payor.address.postalCode", "is required"));
    } else if (!POSTAL_CODE.matcher(address.postalCode()).matches()) {
      errors.add(new FieldError("payor.address.postalCode", "must be a Canadian postal code such as M5V3A8"));
    }
    if (blank(address.province())) {
      errors.add(new FieldError("payor.address.province", "is required"));
    } else if (!PROVINCES.contains(address.province())) {
      errors.add(new FieldError("payor.address.province", "must be a Canadian province or territory code such as ON"));
    }
    if (blank(address.country())) {
      errors.add(new FieldError("payor.address.country", "is required"));
    } else if (!COUNTRIES.contains(address.country())) {
      errors.add(new FieldError("payor.address.country", "must be a 2-letter ISO country code such as CA"));
    }
  }

  private static void account(List<FieldError> errors, Account account) {
    if (account == null) {
      errors.add(new FieldError("payee.account", "is required when payee is given"));
      return;
    }
    digits(errors, "payee.account.accountNumber", account.accountNumber(), ACCOUNT_NUMBER, "must be 7 to 12 digits");
    digits(errors, "payee.account.transitNumber", account.transitNumber(), TRANSIT_NUMBER, "must be 5 digits");
    digits(errors, "payee.account.institutionCode", account.institutionCode(), INSTITUTION_CODE, "must be 3 digits");
  }

  private static void digits(List<FieldError> errors, String field, String value, Pattern pattern, String message) {
    if (blank(value)) {
      errors.add(new FieldError(field, "is required"));
    } else if (!pattern.matcher(value).matches()) {
      errors.add(new FieldError(field, message));
    }
  }

  private static void required(List<FieldError> errors, String field, String value, int max) {
    if (blank(value)) {
      errors.add(new FieldError(field, "is required"));
    } else {
      maxLength(errors, field, value, max);
    }
  }

  private static void maxLength(List<FieldError> errors, String field, String value, int max) {
    if (value != null && value.length() > max) {
      errors.add(new FieldError(field, "must be at most " + max + " characters"));
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
