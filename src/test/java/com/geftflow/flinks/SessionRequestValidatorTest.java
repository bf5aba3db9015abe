package com.geftflow.flinks;

import static org.assertj.core.api.Assertions.assertThat;

import com.geftflow.flinks.CreateSessionRequest.Account;
import com.geftflow.flinks.CreateSessionRequest.Address;
import com.geftflow.flinks.CreateSessionRequest.Payee;
import com.geftflow.flinks.CreateSessionRequest.Payor;
import com.geftflow.payment.PaymentRequest;
import com.geftflow.web.FieldError;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionRequestValidatorTest {

  private final SessionRequestValidator validator =
      new SessionRequestValidator(new FlinksLimits(100, 100, new BigDecimal("100000")));

  static final Address ADDRESS = new Address("123 Main Street", "Toronto", "M5V3A8", "ON", "CA");
  static final Payor PAYOR = new Payor("John", "Smith", "john.smith@example.com", ADDRESS);
  static final Payee PAYEE = new Payee(new Account("12345678", "12345", "999"));
  static final PaymentRequest GUIDE_EXAMPLE =
      new PaymentRequest("USER12345", new BigDecimal("500.00"), "CAD", "EN", PAYOR, PAYEE);

  @Test
  void theGuidesExampleIsValid() {
    assertThat(GUIDE_EXAMPLE.errors(validator)).isEmpty();
    assertThat(validator.validate(GUIDE_EXAMPLE.toSessionRequest())).isEmpty();
  }

  @Test
  void onlyTheNamesAreRequired() {
    PaymentRequest minimal = new PaymentRequest(null, null, null, null, new Payor("A", "B", null, null), null);
    assertThat(minimal.errors(validator)).isEmpty();
  }

  @Test
  void reportsEveryInvalidFieldAtOnce() {
    PaymentRequest bad = new PaymentRequest("r".repeat(101), new BigDecimal("-1"), "USD", "DE",
        new Payor("", null, "not-an-email", new Address(null, "", "12345", "XX", "CAN")),
        new Payee(new Account("123", "1234", "99a")));

    assertThat(bad.errors(validator)).extracting(FieldError::field).containsExactly(
        "referenceId", "amount", "currency", "language", "payor.firstName", "payor.lastName", "payor.email",
        "payor.address.addressLine1", "payor.address.city", "payor.address.postalCode", "payor.address.province",
        "payor.address.country", "payee.account.accountNumber", "payee.account.transitNumber",
        "payee.account.institutionCode");
  }

  @Test
  void aMissingPayorIsOneError() {
    assertThat(new PaymentRequest(null, null, null, null, null, null).errors(validator))
        .containsExactly(new FieldError("payor", "is required"));
  }

  @ParameterizedTest(name = "{0} = {1} -> valid: {2}")
  @CsvSource({
      "referenceId, 100, true", "referenceId, 101, false",
      "firstName, 100, true", "firstName, 101, false",
      "lastName, 100, true", "lastName, 101, false",
      "email, 100, true", "email, 101, false",
  })
  void lengthLimits(String field, int length, boolean valid) {
    String value = "x".repeat(length);
    Payor payor = switch (field) {
      case "firstName" -> new Payor(value, "Smith", null, null);
      case "lastName" -> new Payor("John", value, null, null);
      case "email" -> new Payor("John", "Smith", "x".repeat(length - "@example.com".length()) + "@example.com", null);
      default -> PAYOR;
    };
    PaymentRequest input = new PaymentRequest("referenceId".equals(field) ? value : "REF", null, null, null, payor, null);
    assertThat(input.errors(validator).isEmpty()).isEqualTo(valid);
  }

  @Test
  void nameLimitIsConfigurableToTheGuides255() {
    SessionRequestValidator lenient = new SessionRequestValidator(new FlinksLimits(255, 256, new BigDecimal("100000")));
    PaymentRequest longNames = new PaymentRequest(null, null, null, null, new Payor("x".repeat(255), "y", null, null), null);

    assertThat(longNames.errors(lenient)).isEmpty();
    assertThat(longNames.errors(validator)).extracting(FieldError::field).containsExactly("payor.firstName");
  }

  @ParameterizedTest(name = "amount {0} -> valid: {1}")
  @CsvSource({"0.01, true", "0, false", "-0.01, false", "100000, true", "100000.00, true", "100000.01, false",
      "12.345, false", "12.30, true"})
  void amountLimits(String amount, boolean valid) {
    PaymentRequest input = new PaymentRequest(null, new BigDecimal(amount), null, null, PAYOR, null);
    assertThat(input.errors(validator).isEmpty()).isEqualTo(valid);
  }

  @Test
  void amountMaximumIsConfigurablePerClient() {
    SessionRequestValidator capped = new SessionRequestValidator(new FlinksLimits(100, 100, new BigDecimal("2500")));
    PaymentRequest input = new PaymentRequest(null, new BigDecimal("2500.01"), null, null, PAYOR, null);

    assertThat(input.errors(capped)).containsExactly(new FieldError("amount", "must be at most 2500"));
  }

  @ParameterizedTest(name = "{0} {1} -> valid: {2}")
  @CsvSource({
      "accountNumber, 1234567, true", "accountNumber, 123456, false", "accountNumber, 123456789012, true",
      "accountNumber, 1234567890123, false", "accountNumber, 12345a7, false",
      "transitNumber, 12345, true", "transitNumber, 1234, false", "transitNumber, 123456, false",
      "institutionCode, 001, true", "institutionCode, 01, false", "institutionCode, 0001, false",
  })
  void accountDigits(String field, String value, boolean valid) {
    Account account = switch (field) {
      case "accountNumber" -> new Account(value, "12345", "999");
      case "transitNumber" -> new Account("12345678", value, "999");
      default -> new Account("12345678", "12345", value);
    };
    PaymentRequest input = new PaymentRequest(null, null, null, null, PAYOR, new Payee(account));
    assertThat(input.errors(validator).isEmpty()).isEqualTo(valid);
  }

  @ParameterizedTest(name = "postal code {0} -> valid: {1}")
  @CsvSource({"M5V3A8, true", "M5V 3A8, true", "m5v3a8, true", "K1A0B1, true", "W5V3A8, false", "Z5V3A8, false",
      "D5V3A8, false", "M5V3A, false", "12345, false", "M5V-3A8, false", "M5O3A8, false"})
  void canadianPostalCodes(String postalCode, boolean valid) {
    Payor payor = new Payor("John", "Smith", null, new Address("1 Main", "Toronto", postalCode, "ON", "CA"));
    assertThat(new PaymentRequest(null, null, null, null, payor, null).errors(validator).isEmpty()).isEqualTo(valid);
  }

  @ParameterizedTest(name = "province {0}, country {1} -> valid: {2}")
  @CsvSource({"QC, CA, true", "YT, CA, true", "XX, CA, false", "on, CA, false", "ON, US, true", "ON, ZZ, false",
      "ON, CAN, false"})
  void provincesAndCountries(String province, String country, boolean valid) {
    Payor payor = new Payor("John", "Smith", null, new Address("1 Main", "Toronto", "M5V3A8", province, country));
    assertThat(new PaymentRequest(null, null, null, null, payor, null).errors(validator).isEmpty()).isEqualTo(valid);
  }

  @Test
  void aPayeeWithoutAccountIsRefused() {
    PaymentRequest input = new PaymentRequest(null, null, null, null, PAYOR, new Payee(null));
    assertThat(input.errors(validator)).containsExactly(new FieldError("payee.account", "is required when payee is given"));
  }

  @Test
  void theClientSetsTheGeftConstantsAndDefaults() {
    CreateSessionRequest request = 
        new PaymentRequest("R1", null, null, null, PAYOR, null).toSessionRequest();

    assertThat(request.type()).isEqualTo("EFT");
    assertThat(request.direction()).isEqualTo("DEBIT");
    assertThat(request.guaranteeEnabled()).isTrue();
    assertThat(request.currency()).isEqualTo("CAD");
    assertThat(request.options().notificationPreferences().language()).isEqualTo("EN");
  }

  @Test
  void aRequestWithoutTheGeftConstantsIsRefusedAsFlinksWould() {
    CreateSessionRequest notGeft = new CreateSessionRequest("R1", "PAD", "CREDIT", "CAD", null,
        new CreateSessionRequest.Options(new CreateSessionRequest.Guarantee(false),
            new CreateSessionRequest.NotificationPreferences("ES")), PAYOR, null);

    assertThat(validator.validate(notGeft)).extracting(FieldError::field).containsExactly(
        "type", "direction", "options.guarantee.enable", "options.notificationPreferences.language");
  }

  @Test
  void errorMessagesNeverEchoTheValue() {
    String secretish = "555-55-5555-john@example";
    PaymentRequest input = new PaymentRequest(null, null, null, null, new Payor("J", "S", secretish, null), null);
    List<FieldError> errors = input.errors(validator);

    assertThat(errors).isNotEmpty().allSatisfy(e -> assertThat(e.message()).doesNotContain(secretish));
  }
}
