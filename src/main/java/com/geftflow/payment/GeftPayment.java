package com.geftflow.payment;

import com.geftflow.events.LenderEventType;
import com.geftflow.flinks.CreateSessionRequest.Account;
import com.geftflow.flinks.CreateSessionRequest.Address;
import com.geftflow.flinks.CreateSessionRequest.Payee;
import com.geftflow.flinks.CreateSessionRequest.Payor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * One GEFT payment: one process instance, at most one Flinks session shown to the borrower. State
 * changes go through this class's methods (EclipseLink tracks changes made inside the entity).
 */
@Entity
@Table(name = "GEFT_PAYMENT")
public class GeftPayment {

  @Id
  @Column(length = 36)
  private String paymentId;

  @Column(length = 100)
  private String referenceId;

  @Column(length = 64)
  private String processInstanceId;

  @Column(length = 64)
  private String sessionId;

  /** Unguessable capability of the borrower's checkout page; useless for any other payment. */
  @Column(nullable = false, length = 64)
  private String checkoutToken;

  @Column(nullable = false)
  private OffsetDateTime checkoutTokenExpiresAt;

  @Column(precision = 12, scale = 2)
  private BigDecimal amount;

  @Column(precision = 12, scale = 2)
  private BigDecimal scheduledAmount;

  @Column(precision = 12, scale = 2)
  private BigDecimal offeredAmount;

  @Column(nullable = false, length = 3)
  private String currency;

  @Column(nullable = false, length = 2)
  private String language;

  @Column(nullable = false, length = 255)
  private String payorFirstName;

  @Column(nullable = false, length = 255)
  private String payorLastName;

  @Column(length = 256)
  private String payorEmail;

  @Column(length = 255)
  private String addressLine1;

  @Column(length = 255)
  private String city;

  @Column(length = 10)
  private String postalCode;

  @Column(length = 2)
  private String province;

  @Column(length = 2)
  private String country;

  @Column(length = 12)
  private String payeeAccountNumber;

  @Column(length = 5)
  private String payeeTransitNumber;

  @Column(length = 3)
  private String payeeInstitutionCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private PaymentState state;

  @Column(length = 20)
  private String flinksStatus;

  @Column(length = 10)
  private String flinksStatusDetails;

  @Column(length = 1000)
  private String rejectionReason;

  @Column(length = 200)
  private String idempotencyKey;

  /** SHA-256 of the request that carried the idempotency key: a replay must be the same request. */
  @Column(length = 64)
  private String requestFingerprint;

  /** The borrower's finishing step that {@link #checksSinceFinish} counts from. */
  private OffsetDateTime countedFinishAt;

  /** Checks that found the session still Initiated since the borrower finished. */
  private int checksSinceFinish;

  private OffsetDateTime detailsReadAt;

  /** The next-best offer was accepted or refused at Flinks; until then it stays decidable. */
  private OffsetDateTime offerDecidedAt;

  /** When Flinks first said EFT0302 (PAD signature awaited). */
  private OffsetDateTime padSince;

  /** The first failed call of the current Flinks outage, null while Flinks answers. */
  private OffsetDateTime outageSince;

  /** Failed calls in a row during the current outage. */
  private int failedChecks;

  @Column(nullable = false)
  private OffsetDateTime createdAt;

  @Column(nullable = false)
  private OffsetDateTime updatedAt;

  /** The lender API client that started it; null when a calling process did. Its events go to that client. */
  @Column(length = 100)
  private String clientId;

  /** The state and session the last lender event announced; a change to either is the next event. */
  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private PaymentState announcedState;

  @Column(length = 64)
  private String announcedSessionId;

  /** Lender events announced so far: the next one's sequence number is one more. */
  private int eventCount;

  @Version
  private long version;

  protected GeftPayment() {
  }

  GeftPayment(String paymentId, PaymentRequest input, String checkoutToken, OffsetDateTime tokenExpiresAt,
      String idempotencyKey, String requestFingerprint, OffsetDateTime now) {
    this.paymentId = paymentId;
    this.referenceId = input.referenceId();
    this.amount = input.amount();
    this.currency = input.currencyOrDefault();
    this.language = input.languageOrDefault();
    Payor payor = input.payor();
    this.payorFirstName = payor.firstName();
    this.payorLastName = payor.lastName();
    this.payorEmail = payor.email();
    if (payor.address() != null) {
      this.addressLine1 = payor.address().addressLine1();
      this.city = payor.address().city();
      this.postalCode = payor.address().postalCode();
      this.province = payor.address().province();
      this.country = payor.address().country();
    }
    if (input.payee() != null && input.payee().account() != null) {
      this.payeeAccountNumber = input.payee().account().accountNumber();
      this.payeeTransitNumber = input.payee().account().transitNumber();
      this.payeeInstitutionCode = input.payee().account().institutionCode();
    }
    this.checkoutToken = checkoutToken;
    this.checkoutTokenExpiresAt = tokenExpiresAt;
    this.idempotencyKey = idempotencyKey;
    this.requestFingerprint = requestFingerprint;
    this.state = PaymentState.CREATING;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** The lender's input again, for the Flinks create call. */
  public PaymentRequest request() {
    Address address = addressLine1 == null && city == null && postalCode == null ? null
        : new Address(addressLine1, city, postalCode, province, country);
    Payee payee = payeeAccountNumber == null ? null
        : new Payee(new Account(payeeAccountNumber, payeeTransitNumber, payeeInstitutionCode));
    return new PaymentRequest(referenceId, amount, currency, language,
        new Payor(payorFirstName, payorLastName, payorEmail, address), payee);
  }

  void startedBy(String apiClient) {
    this.clientId = apiClient;
  }

  /**
   * The lender event the payment's latest change is, if the state or the session changed since the
   * last one was announced; announces it.
   *
   * @param late Flinks reported the change after the payment's process had ended
   */
  Optional<LenderEventType> announce(boolean late) {
    boolean newSession = sessionId != null && !sessionId.equals(announcedSessionId);
    if (state == announcedState && !newSession) {
      return Optional.empty();
    }
    LenderEventType type;
    if (eventCount == 0) {
      type = LenderEventType.CREATED;
    } else if (late) {
      type = LenderEventType.LATE_OUTCOME;
    } else if (newSession && state == PaymentState.AWAITING_BORROWER) {
      type = LenderEventType.CHECKOUT_READY;
    } else if (state == PaymentState.CREATING) {
      type = LenderEventType.NEW_SESSION_REQUESTED;
    } else {
      type = LenderEventType.valueOf(state.name());
    }
    announcedState = state;
    announcedSessionId = sessionId;
    eventCount++;
    return Optional.of(type);
  }

  void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void sessionCreated(String newSessionId, OffsetDateTime now) {
    this.sessionId = newSessionId;
    this.state = PaymentState.AWAITING_BORROWER;
    this.flinksStatus = "Initiated";
    this.flinksStatusDetails = "EFT0101";
    this.updatedAt = now;
  }

  /** A new session replaces the failed one, e.g. after an operator corrected the payor's names. */
  void retryWithNames(String firstName, String lastName, OffsetDateTime now) {
    this.payorFirstName = firstName;
    this.payorLastName = lastName;
    this.sessionId = null;
    this.offeredAmount = null;
    this.state = PaymentState.CREATING;
    this.flinksStatus = null;
    this.flinksStatusDetails = null;
    this.updatedAt = now;
  }

  /** A new Flinks session for this payment: a fresh checkout link, nothing of the previous session kept. */
  void newSession(String token, OffsetDateTime tokenExpiresAt, OffsetDateTime now) {
    this.sessionId = null;
    this.offeredAmount = null;
    this.scheduledAmount = null;
    this.rejectionReason = null;
    this.flinksStatus = null;
    this.flinksStatusDetails = null;
    this.state = PaymentState.CREATING;
    this.checkoutToken = token;
    this.checkoutTokenExpiresAt = tokenExpiresAt;
    this.countedFinishAt = null;
    this.checksSinceFinish = 0;
    this.offerDecidedAt = null;
    this.detailsReadAt = null;
    this.updatedAt = now;
  }

  /** The lender replaced the checkout link (the old one leaked, or was sent to the wrong person). */
  void rotateToken(String token, OffsetDateTime now) {
    this.checkoutToken = token;
    this.updatedAt = now;
  }

  /** An operator asked to check again: a fresh budget of checks and a fresh outage horizon. */
  void restartBudget() {
    this.checksSinceFinish = 0;
    this.outageSince = null;
    this.failedChecks = 0;
  }

  /** A check found the session still Initiated; counted from the borrower's latest finishing step. */
  void checkedWhileInitiated(OffsetDateTime finishedAt) {
    if (finishedAt == null) {
      return;
    }
    if (!sameInstant(finishedAt, countedFinishAt)) {
      countedFinishAt = finishedAt;
      checksSinceFinish = 0;
    }
    checksSinceFinish++;
  }

  void offerDecided(OffsetDateTime now) {
    this.offerDecidedAt = now;
  }

  void detailsRead(OffsetDateTime now) {
    this.detailsReadAt = now;
  }

  /** @return true for the first failure of an outage */
  boolean unreachable(OffsetDateTime now) {
    failedChecks++;
    if (outageSince == null) {
      outageSince = now;
      return true;
    }
    return false;
  }

  void reachable() {
    outageSince = null;
    failedChecks = 0;
  }

  /** The borrower window ended and Flinks canceled the session at our request. */
  void expired(String status, String statusDetails, OffsetDateTime now) {
    this.flinksStatus = status;
    this.flinksStatusDetails = statusDetails;
    this.state = PaymentState.EXPIRED;
    this.updatedAt = now;
  }

  void observed(String status, String statusDetails, PaymentState newState, OffsetDateTime now) {
    if (newState == PaymentState.PAD_PENDING && padSince == null) {
      padSince = now;
    }
    this.flinksStatus = status;
    this.flinksStatusDetails = statusDetails;
    this.state = newState;
    this.updatedAt = now;
  }

  void scheduled(BigDecimal amountScheduled) {
    this.scheduledAmount = amountScheduled;
  }

  void offered(BigDecimal offered, OffsetDateTime now) {
    this.offeredAmount = offered;
    this.state = PaymentState.OFFER_PENDING;
    this.updatedAt = now;
  }

  void rejected(String reason, OffsetDateTime now) {
    this.rejectionReason = reason;
    this.state = PaymentState.REJECTED;
    this.updatedAt = now;
  }

  public String paymentId() {
    return paymentId;
  }

  public String referenceId() {
    return referenceId;
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  public String sessionId() {
    return sessionId;
  }

  public String checkoutToken() {
    return checkoutToken;
  }

  public OffsetDateTime checkoutTokenExpiresAt() {
    return checkoutTokenExpiresAt;
  }

  public BigDecimal amount() {
    return amount;
  }

  public BigDecimal scheduledAmount() {
    return scheduledAmount;
  }

  public BigDecimal offeredAmount() {
    return offeredAmount;
  }

  public String currency() {
    return currency;
  }

  public String language() {
    return language;
  }

  public String payorFirstName() {
    return payorFirstName;
  }

  public String payorLastName() {
    return payorLastName;
  }

  public PaymentState state() {
    return state;
  }

  /** A session exists and the payment has not ended: Flinks can still be asked to cancel it. */
  public boolean cancelable() {
    return !state.isTerminal() && sessionId != null;
  }

  public String flinksStatus() {
    return flinksStatus;
  }

  public String flinksStatusDetails() {
    return flinksStatusDetails;
  }

  public String rejectionReason() {
    return rejectionReason;
  }

  public String clientId() {
    return clientId;
  }

  public int eventCount() {
    return eventCount;
  }

  public String requestFingerprint() {
    return requestFingerprint;
  }

  static boolean sameInstant(OffsetDateTime a, OffsetDateTime b) {
    return a != null && b != null && a.toInstant().toEpochMilli() == b.toInstant().toEpochMilli();
  }

  public OffsetDateTime countedFinishAt() {
    return countedFinishAt;
  }

  public int checksSinceFinish() {
    return checksSinceFinish;
  }

  public OffsetDateTime offerDecidedAt() {
    return offerDecidedAt;
  }

  public OffsetDateTime detailsReadAt() {
    return detailsReadAt;
  }

  public OffsetDateTime padSince() {
    return padSince;
  }

  public OffsetDateTime outageSince() {
    return outageSince;
  }

  public int failedChecks() {
    return failedChecks;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }
}
