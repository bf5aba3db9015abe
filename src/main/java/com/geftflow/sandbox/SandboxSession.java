package com.geftflow.sandbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A session as the sandbox's "Flinks" keeps it: stored, so a restart loses none. */
@Entity
@Table(name = "GEFT_SANDBOX_SESSION")
public class SandboxSession {

  @Id
  @Column(length = 36)
  String sessionId;

  @Column(nullable = false, length = 100)
  String clientId;

  @Column(length = 100)
  String referenceId;

  @Column(precision = 12, scale = 2)
  BigDecimal amount;

  @Column(length = 3)
  String currency;

  @Column(length = 2)
  String language;

  @Column(length = 255)
  String payorFirstName;

  @Column(length = 255)
  String payorLastName;

  /** PAYEE (the request's account) or DEFAULT (the client's default account). */
  @Column(length = 10)
  String destination;

  @Column(nullable = false, length = 20)
  String status;

  @Column(nullable = false, length = 10)
  String statusDetails;

  @Column(length = 30)
  String scenario;

  @Column(precision = 12, scale = 2)
  BigDecimal guaranteeOffered;

  @Column(precision = 12, scale = 2)
  BigDecimal highestDebitAmountToGuarantee;

  Boolean guaranteeAccepted;

  /** For PadPending: when the borrower's PAD signature "arrives" and EFT0302 becomes EFT0301. */
  OffsetDateTime padCompletesAt;

  @Column(nullable = false)
  OffsetDateTime createdAt;

  @Column(nullable = false)
  OffsetDateTime updatedAt;

  @Version
  long version;

  // Changes go through methods of the entity itself: field writes from other classes escape
  // EclipseLink's woven change tracking and would never reach the database.

  void changeStatus(String newStatus, String newStatusDetails, OffsetDateTime at) {
    status = newStatus;
    statusDetails = newStatusDetails;
    updatedAt = at;
  }

  void playScenario(String name, BigDecimal requested, OffsetDateTime at) {
    scenario = name;
    amount = requested;
    updatedAt = at;
  }

  void guarantee(BigDecimal offered, Boolean accepted) {
    guaranteeOffered = offered;
    highestDebitAmountToGuarantee = offered;
    guaranteeAccepted = accepted;
  }

  void confirmOffer(boolean accepted) {
    guaranteeAccepted = accepted;
    if (accepted) {
      amount = guaranteeOffered; // the lower amount is what gets scheduled
    }
  }

  void padDueAt(OffsetDateTime due) {
    padCompletesAt = due;
  }

  public String sessionId() {
    return sessionId;
  }

  public String referenceId() {
    return referenceId;
  }

  public BigDecimal amount() {
    return amount;
  }

  public String currency() {
    return currency;
  }

  public String status() {
    return status;
  }

  public String statusDetails() {
    return statusDetails;
  }

  public String scenario() {
    return scenario;
  }

  public BigDecimal guaranteeOffered() {
    return guaranteeOffered;
  }

  public Boolean guaranteeAccepted() {
    return guaranteeAccepted;
  }
}
