package com.geftflow.sandbox;

import com.geftflow.flinks.CreateSessionRequest;
import com.geftflow.flinks.CreateSessionResponse;
import com.geftflow.flinks.FlinksStatus;
import com.geftflow.flinks.SessionDetails;
import com.geftflow.flinks.SessionRequestValidator;
import com.geftflow.flinks.SessionStatus;
import com.geftflow.web.FieldError;
import com.geftflow.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/** The sandbox's sessions: what Flinks does with a GEFT session, step by step. */
@ApplicationScoped
@Transactional
public class SandboxSessions {

  /** What a borrower "enters" in the flow when the lender gave no amount. */
  static final BigDecimal ENTERED_AMOUNT = new BigDecimal("500.00");

  @PersistenceContext(unitName = "geft")
  EntityManager em;

  @Inject
  SessionRequestValidator validator;

  @Inject
  @ConfigProperties
  SandboxSettings settings;

  @Inject
  Event<SessionStatusChanged> changes;

  public CreateSessionResponse create(CreateSessionRequest request, String clientId) {
    List<FieldError> errors = validator.validate(request);
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
    String destination = request.payee() != null ? "PAYEE" : settings.hasDefaultAccount() ? "DEFAULT" : null;
    if (destination == null) {
      throw new ProblemException(400, "Bad Request",
          "No payee account given and no default account configured for this client");
    }
    SandboxSession session = new SandboxSession();
    session.sessionId = UUID.randomUUID().toString();
    session.clientId = clientId;
    session.referenceId = request.referenceId();
    session.amount = request.amount();
    session.currency = CreateSessionRequest.orDefault(request.currency(), CreateSessionRequest.DEFAULT_CURRENCY);
    session.language = CreateSessionRequest.orDefault(request.language(), CreateSessionRequest.DEFAULT_LANGUAGE);
    session.payorFirstName = request.payor().firstName();
    session.payorLastName = request.payor().lastName();
    session.destination = destination;
    session.status = FlinksStatus.INITIATED;
    session.statusDetails = FlinksStatus.EFT0101_INITIATED;
    session.createdAt = now();
    session.updatedAt = session.createdAt;
    em.persist(session);
    return new CreateSessionResponse(session.sessionId, session.referenceId);
  }

  public SessionStatus status(String sessionId) {
    return statusOf(find(sessionId));
  }

  public SessionDetails details(String sessionId) {
    SandboxSession s = find(sessionId);
    return new SessionDetails(s.sessionId, s.referenceId, s.amount, s.status, s.statusDetails,
        s.highestDebitAmountToGuarantee, s.guaranteeOffered, s.guaranteeAccepted);
  }

  public SessionStatus cancel(String sessionId) {
    SandboxSession s = findForUpdate(sessionId);
    if (!FlinksStatus.INITIATED.equals(s.status)) {
      throw new ProblemException(400, "Bad Request", "Session is " + s.status + " (" + s.statusDetails
          + ") and can no longer be canceled");
    }
    return change(s, FlinksStatus.CANCELED, FlinksStatus.EFT0501_CANCELED);
  }

  public SessionStatus confirmGuarantee(String sessionId, Boolean accepted) {
    if (accepted == null) {
      throw ProblemException.invalid(List.of(new FieldError("guaranteeAccepted", "is required")));
    }
    SandboxSession s = findForUpdate(sessionId);
    if (!FlinksStatus.INITIATED.equals(s.status) || s.guaranteeOffered == null || s.guaranteeAccepted != null) {
      throw new ProblemException(400, "Bad Request", "Session " + sessionId + " has no guarantee offer to confirm");
    }
    s.confirmOffer(accepted);
    if (accepted) {
      return change(s, FlinksStatus.COMPLETED, FlinksStatus.EFT0301_SCHEDULED);
    }
    return change(s, FlinksStatus.FAILED, FlinksStatus.EFT0402_NO_GUARANTEE);
  }

  /**
   * Plays a scenario on a session that is still waiting for its borrower.
   *
   * @param entered the amount the borrower enters when the lender gave none (null: {@link #ENTERED_AMOUNT})
   * @param padDelay how long this borrower takes to sign the PAD (null: {@code geft.sandbox.pad-delay})
   */
  public SessionStatus simulate(String sessionId, SandboxScenario scenario, BigDecimal entered, Duration padDelay) {
    SandboxSession s = findForUpdate(sessionId);
    if (!FlinksStatus.INITIATED.equals(s.status) || s.scenario != null) {
      throw new ProblemException(409, "Conflict", "Session " + sessionId + " is " + s.status + " ("
          + s.statusDetails + ") after " + s.scenario + "; start a new session");
    }
    if (entered != null && s.amount != null) {
      throw ProblemException.invalid(List.of(new FieldError("amount",
          "the lender set this session's amount (" + s.amount.toPlainString() + "); the borrower cannot change it")));
    }
    if (entered != null && !validator.enteredAmount(entered).isEmpty()) {
      throw ProblemException.invalid(validator.enteredAmount(entered));
    }
    BigDecimal requested = s.amount != null ? s.amount : entered != null ? entered : ENTERED_AMOUNT;
    s.playScenario(scenario.name(), requested, now());
    switch (scenario) {
      case Happy1, PadPending -> s.guarantee(requested, true);
      case Happy2 -> s.guarantee(requested.multiply(settings.offerRatio).setScale(2, RoundingMode.DOWN), null);
      case Unhappy1, InsufficientFunds -> s.guarantee(BigDecimal.ZERO.setScale(2), null);
      default -> {
      }
    }
    if (scenario == SandboxScenario.PadPending) {
      s.padDueAt(now().plus(padDelay != null ? padDelay : settings.padDelay));
    }
    if (scenario == SandboxScenario.Happy2) {
      return statusOf(s); // still Initiated: the offer waits for guarantees/confirm
    }
    return change(s, scenario.status(), scenario.statusDetails());
  }

  /** The PAD signatures that have "arrived" by now: EFT0302 becomes EFT0301. */
  public int completeDuePads() {
    List<SandboxSession> due = em.createQuery(
            "select s from SandboxSession s where s.statusDetails = :pad and s.padCompletesAt <= :now",
            SandboxSession.class)
        .setParameter("pad", FlinksStatus.EFT0302_PAD_PENDING)
        .setParameter("now", now())
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
    due.forEach(s -> change(s, FlinksStatus.COMPLETED, FlinksStatus.EFT0301_SCHEDULED));
    return due.size();
  }

  public SandboxSession find(String sessionId) {
    return find(sessionId, LockModeType.NONE);
  }

  /** Locked, so that a cancel racing a scenario is decided by whichever comes first, as at Flinks. */
  private SandboxSession findForUpdate(String sessionId) {
    return find(sessionId, LockModeType.PESSIMISTIC_WRITE);
  }

  private SandboxSession find(String sessionId, LockModeType lock) {
    SandboxSession s = sessionId == null ? null : em.find(SandboxSession.class, sessionId, lock);
    if (s == null) {
      throw ProblemException.notFound(sessionId);
    }
    return s;
  }

  private SessionStatus change(SandboxSession s, String status, String statusDetails) {
    s.changeStatus(status, statusDetails, now());
    changes.fire(new SessionStatusChanged(s.sessionId, s.referenceId, s.amount, status, statusDetails, s.updatedAt));
    return statusOf(s);
  }

  private static SessionStatus statusOf(SandboxSession s) {
    return new SessionStatus(s.sessionId, s.referenceId, s.amount, s.status, s.statusDetails);
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
