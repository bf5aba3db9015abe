package com.geftflow.payment;

import com.geftflow.flinks.CreateSessionRequest;
import com.geftflow.flinks.FlinksAuthenticationException;
import com.geftflow.flinks.FlinksRejectedException;
import com.geftflow.flinks.FlinksSessions;
import com.geftflow.flinks.FlinksStatus;
import com.geftflow.flinks.FlinksUnavailableException;
import com.geftflow.flinks.SessionDetails;
import com.geftflow.flinks.SessionRequestValidator;
import com.geftflow.flinks.SessionStatus;
import com.geftflow.web.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * The steps of a payment's life that the process's delegates run: each reads or tells Flinks, then
 * records what it learnt on the payment and its timeline.
 *
 * <p>No {@code @Transactional} here or in {@link Payments}: these run inside the engine's JTA
 * transaction (a job, or a command), and Liberty's transactional interceptor does not see a
 * transaction that Camunda began, so it would run them outside it. Callers outside the engine go
 * through {@link PaymentCommands}, which opens the transaction.
 */
@ApplicationScoped
public class PaymentLifecycle {

  /** Iframe steps after which the outcome is due: check at once, then back off. */
  static final Set<String> FINISHING_STEPS = Set.of("SUCCESS", "GUARANTEE_FAILED", "LOGIN_FAILED",
      "IDENTITY_FAILED", "INSUFFICIENT_FUNDS", "PAD_PENDING", "SESSION_EXPIRED");
  /** Iframe steps that announce a next-best offer: worth reading /details. */
  static final Set<String> OFFER_STEPS = Set.of("GUARANTEE_OFFERED", "NEXT_BEST_OFFER");

  @Inject
  Payments payments;

  @Inject
  FlinksSessions flinks;

  @Inject
  SessionRequestValidator validator;

  @Inject
  LifecycleSettings settings;

  /**
   * A payment started by another process through the call activity brings its input as variables:
   * validate and register it here, as the lender API does before it starts the process.
   */
  public String registerFromProcess(PaymentRequest input, String processInstanceId) {
    List<FieldError> errors = input.errors(validator);
    GeftPayment payment = payments.register(input.payor() == null ? withoutPayor(input) : input, null, null);
    payment.startedAs(processInstanceId);
    payments.record(payment.paymentId(), TimelineSource.SYSTEM, "PAYMENT_REQUESTED", "started by a calling process");
    if (!errors.isEmpty()) {
      String reason = "invalid input: " + errors.stream().map(e -> e.field() + " " + e.message())
          .collect(Collectors.joining("; "));
      payment.rejected(reason, payments.now());
      payments.record(payment.paymentId(), TimelineSource.SYSTEM, "REJECTED", reason);
      throw new PaymentRejectedException(payment.paymentId(), reason);
    }
    return payment.paymentId();
  }

  private static PaymentRequest withoutPayor(PaymentRequest input) {
    return new PaymentRequest(input.referenceId(), input.amount(), input.currency(), input.language(),
        new CreateSessionRequest.Payor("", "", null, null), input.payee());
  }

  /**
   * Creates the payment's Flinks session unless it has one. Flinks' answer is kept at once in a
   * transaction of its own ({@link Payments#sessionCreatedAtFlinks}); the payment takes the session
   * in the step's own transaction. A step retried after it was lost (the server killed after Flinks
   * answered) first looks at the sessions it created before: it uses one Flinks still has open and
   * cancels any other, so no session is ever left open at Flinks. While Flinks is unreachable the
   * step is retried with back-off; past the outage horizon the payment is rejected with the reason.
   *
   * @return WAIT with the first check once the session exists, or RETRY with when to try again
   */
  public StatusDecision createSession(String paymentId) {
    GeftPayment payment = payments.get(paymentId);
    OffsetDateTime now = payments.now();
    if (payment.sessionId() != null) {
      return firstCheck(payment, now);
    }
    try {
      String sessionId = sessionFromALostStep(paymentId).orElseGet(() -> {
        String created = flinks.createSession(payment.request().toSessionRequest()).sessionId();
        payments.sessionCreatedAtFlinks(paymentId, created);
        return created;
      });
      payments.settleSession(sessionId, CreatedSession.Outcome.USED);
      recovered(payment);
      payment.sessionCreated(sessionId, now);
      payments.record(paymentId, TimelineSource.SYSTEM, "SESSION_CREATED", "Flinks session " + sessionId
          + "; the borrower window ends " + payment.checkoutTokenExpiresAt());
      return firstCheck(payment, now);
    } catch (FlinksRejectedException refused) {
      payment.rejected(refused.getMessage(), now);
      payments.record(paymentId, TimelineSource.SYSTEM, "REJECTED", refused.getMessage());
      throw new PaymentRejectedException(paymentId, refused.getMessage());
    } catch (RuntimeException e) {
      if (!isOutage(e)) {
        throw e;
      }
      Instant retryAt = failed(payment, e);
      if (plan().outageTooLong(now.toInstant(), payment.outageSince().toInstant())) {
        String reason = "Flinks unreachable since " + payment.outageSince() + "; the session could not be created";
        payment.rejected(reason, now);
        payments.record(paymentId, TimelineSource.SYSTEM, "REJECTED", reason);
        throw new PaymentRejectedException(paymentId, reason);
      }
      return new StatusDecision(payment.state(), NextStep.RETRY, retryAt, null, false);
    }
  }

  /**
   * The sessions Flinks created for this payment in steps that never committed: the first still
   * Initiated is the payment's; the others are canceled at Flinks (or found ended), each noted on
   * the timeline. Flinks unreachable: the step is retried, as for a create.
   */
  private Optional<String> sessionFromALostStep(String paymentId) {
    String kept = null;
    for (CreatedSession lost : payments.unsettledSessions(paymentId)) {
      String sessionId = lost.sessionId();
      try {
        SessionStatus status = flinks.status(sessionId);
        boolean open = FlinksStatus.INITIATED.equals(status.status());
        if (kept == null && open) {
          kept = sessionId;
          payments.record(paymentId, TimelineSource.SYSTEM, "SESSION_RECOVERED", "Flinks session " + kept
              + " was created by a step that never completed (the server stopped); the payment takes it");
          continue;
        }
        if (open) {
          flinks.cancel(sessionId);
          payments.settleSession(sessionId, CreatedSession.Outcome.CANCELED);
          payments.record(paymentId, TimelineSource.SYSTEM, "ORPHAN_SESSION_CANCELED", "Flinks session "
              + sessionId + ", created by a step that never completed, canceled at Flinks");
          continue;
        }
        orphanEnded(paymentId, sessionId, status.status() + " / " + status.statusDetails());
      } catch (FlinksRejectedException refused) {
        // unknown to Flinks, or it ended between the two calls: nothing is left open
        orphanEnded(paymentId, sessionId, refused.getMessage());
      }
    }
    return Optional.ofNullable(kept);
  }

  private void orphanEnded(String paymentId, String sessionId, String how) {
    payments.settleSession(sessionId, CreatedSession.Outcome.ENDED);
    payments.record(paymentId, TimelineSource.SYSTEM, "ORPHAN_SESSION_ENDED", "Flinks session " + sessionId
        + ", created by a step that never completed, is not open at Flinks: " + how);
  }

  private PollPlan.Borrower borrower(GeftPayment payment) {
    return PollPlan.Borrower.of(payment, payments.activity(payment.paymentId()));
  }

  /** Nobody has opened the link yet: the plan's first check. */
  private StatusDecision firstCheck(GeftPayment payment, OffsetDateTime now) {
    return StatusDecision.waiting(payment.state(),
        plan().nextCheck(payment.paymentId(), now.toInstant(), borrower(payment)));
  }

  /**
   * Reads the authoritative status (and the guarantee when an offer may be on the table) and
   * decides what follows. A poll while the borrower is visibly in the iframe, and a borrower's
   * first step, ask Flinks nothing: they only plan the next check.
   */
  public StatusDecision checkStatus(String paymentId, CheckReason reason) {
    GeftPayment payment = payments.get(paymentId);
    OffsetDateTime now = payments.now();
    PollPlan plan = plan();
    BorrowerActivity activity = payments.activity(paymentId);
    PollPlan.Borrower borrower = PollPlan.Borrower.of(payment, activity);
    boolean waitingForBorrower = payment.state() == PaymentState.AWAITING_BORROWER;
    if (waitingForBorrower && (reason == CheckReason.ACTIVITY
        || reason == CheckReason.POLL && plan.quiet(now.toInstant(), borrower))) {
      return StatusDecision.waiting(payment.state(), plan.nextCheck(payment.paymentId(), now.toInstant(), borrower));
    }
    SessionStatus status;
    try {
      status = flinks.status(payment.sessionId());
    } catch (RuntimeException e) {
      if (!isOutage(e)) {
        throw e;
      }
      Instant retryAt = failed(payment, e);
      if (plan.outageTooLong(now.toInstant(), payment.outageSince().toInstant())) {
        payments.record(paymentId, TimelineSource.POLL, "FLINKS_UNREACHABLE_TOO_LONG",
            "no answer since " + payment.outageSince() + " (" + payment.failedChecks() + " failed checks)");
        return new StatusDecision(payment.state(), NextStep.UNREACHABLE, null, null, false);
      }
      return StatusDecision.waiting(payment.state(), retryAt);
    }
    recovered(payment);
    boolean initiated = FlinksStatus.EFT0101_INITIATED.equals(status.statusDetails());
    if (initiated && payment.offeredAmount() != null && payment.offerDecidedAt() == null) {
      // an offer seen before and not yet decided stays on the table, whatever woke the process
      return new StatusDecision(PaymentState.OFFER_PENDING, NextStep.OFFER, null, payment.offeredAmount(),
          StatusDecision.acceptsAutomatically(payment.offeredAmount(), payment.amount(), settings.autoAcceptRatio));
    }
    boolean offerHandled = payment.offerDecidedAt() != null;
    SessionDetails details = initiated && !offerHandled && offerPossible(payment, activity)
        ? readDetails(payment, now) : null;
    if (initiated) {
      payment.checkedWhileInitiated(activity.finishedAt());
      borrower = PollPlan.Borrower.of(payment, activity);
    }
    boolean pad = FlinksStatus.EFT0302_PAD_PENDING.equals(status.statusDetails());
    Instant nextCheckAt = pad ? plan.nextPadCheck(now.toInstant(), payment.padSince() == null ? null
        : payment.padSince().toInstant()) : plan.nextCheck(payment.paymentId(), now.toInstant(), borrower);
    StatusDecision decision = StatusDecision.of(status, details, payment.amount(), offerHandled, settings.autoAcceptRatio,
        plan.verdict(now.toInstant(), borrower), nextCheckAt);
    if (decision.next() == NextStep.PAD) {
      decision = new StatusDecision(decision.state(), NextStep.PAD, nextCheckAt, null, false);
    }
    record(payment, status, decision, now);
    return decision.next() == NextStep.EXPIRE ? expire(paymentId) : decision;
  }

  private void record(GeftPayment payment, SessionStatus status, StatusDecision decision, OffsetDateTime now) {
    String paymentId = payment.paymentId();
    boolean changed = !status.statusDetails().equals(payment.flinksStatusDetails()) || decision.state() != payment.state();
    observed(payment, status, decision.state(), now);
    switch (decision.next()) {
      case OFFER -> {
        payment.offered(decision.offeredAmount(), now);
        payments.record(paymentId, TimelineSource.POLL, "GUARANTEE_OFFERED",
            "next-best offer " + decision.offeredAmount().toPlainString()
                + (payment.amount() == null ? "" : " for " + payment.amount().toPlainString())
                + (decision.autoAcceptOffer() ? ", accepted automatically" : ""));
      }
      case UNKNOWN -> payments.record(paymentId, TimelineSource.POLL, "POLL_LIMIT_REACHED",
          "still " + status.status() + "/" + status.statusDetails() + " after " + payment.checksSinceFinish()
              + " checks since the borrower's last step");
      default -> {
        if (changed) {
          payments.record(paymentId, TimelineSource.POLL, "STATUS", status.status() + "/" + status.statusDetails());
        }
      }
    }
  }

  /** What Flinks said, on the record; a scheduled payment keeps the amount Flinks scheduled. */
  private static void observed(GeftPayment payment, SessionStatus status, PaymentState state, OffsetDateTime now) {
    payment.observed(status.status(), status.statusDetails(), state, now);
    if (state == PaymentState.SCHEDULED) {
      payment.scheduled(status.amount() != null ? status.amount() : payment.amount());
    }
  }

  /**
   * /details costs a call: only after the iframe announced an offer, or once after the borrower's
   * latest step (the page may not have relayed the offer); never for a borrower who did nothing.
   */
  private static boolean offerPossible(GeftPayment p, BorrowerActivity a) {
    OffsetDateTime read = p.detailsReadAt();
    return newer(a.offerHintAt(), read) || newer(a.finishedAt(), read) || newer(a.activeAt(), read);
  }

  private static boolean newer(OffsetDateTime event, OffsetDateTime read) {
    return event != null && (read == null || read.isBefore(event));
  }

  private SessionDetails readDetails(GeftPayment payment, OffsetDateTime now) {
    SessionDetails details = flinks.details(payment.sessionId());
    payment.detailsRead(now);
    return details;
  }

  /** The borrower window is over: cancel the session; if Flinks finished it meanwhile, that outcome wins. */
  public StatusDecision expire(String paymentId) {
    GeftPayment payment = payments.get(paymentId);
    try {
      SessionStatus answer = flinks.cancel(payment.sessionId());
      payment.expired(answer.status(), answer.statusDetails(), payments.now());
      payments.record(paymentId, TimelineSource.SYSTEM, "BORROWER_WINDOW_ENDED",
          "session canceled at Flinks: " + answer.status() + "/" + answer.statusDetails());
      return new StatusDecision(PaymentState.EXPIRED, NextStep.DONE, null, null, false);
    } catch (FlinksRejectedException refused) {
      payments.record(paymentId, TimelineSource.SYSTEM, "CANCEL_REFUSED",
          "at the end of the borrower window; " + refused.getMessage());
      return checkStatus(paymentId, CheckReason.WAKE);
    } catch (RuntimeException e) {
      if (!isOutage(e)) {
        throw e;
      }
      // the next check finds the window still over and cancels again
      return StatusDecision.waiting(payment.state(), failed(payment, e));
    }
  }

  /**
   * Brings the record up to date with Flinks while the process cannot act on the status itself:
   * an operator holds one of its tasks, or it has ended. A status the record already holds, and
   * Initiated, change nothing.
   *
   * @param circumstance what the process was doing, for the timeline
   */
  public StatusFollowed follow(String paymentId, String circumstance) {
    return follow(paymentId, circumstance, false);
  }

  private StatusFollowed follow(String paymentId, String circumstance, boolean afterEnd) {
    // after the end, nothing in the engine orders this with a cancel at Flinks in flight: the row lock does
    GeftPayment payment = afterEnd ? payments.lock(paymentId) : payments.get(paymentId);
    PaymentState before = payment.state();
    if (payment.sessionId() == null) {
      return new StatusFollowed(before, before, true);
    }
    SessionStatus status;
    try {
      status = flinks.status(payment.sessionId());
    } catch (RuntimeException e) {
      if (!isOutage(e)) {
        throw e;
      }
      return StatusFollowed.unanswered(before);
    }
    PaymentState seen = PaymentState.forStatusDetails(status.statusDetails());
    if (seen == null || seen == PaymentState.AWAITING_BORROWER
        || status.statusDetails().equals(payment.flinksStatusDetails())) {
      return new StatusFollowed(before, before, true);
    }
    observed(payment, status, seen, payments.now());
    if (afterEnd) {
      payments.record(paymentId, TimelineSource.SYSTEM, Payments.LATE_OUTCOME, "the process had ended as " + before
          + "; Flinks now says " + status.status() + "/" + status.statusDetails() + " (" + seen
          + "); operations task 'Late outcome' opened");
    } else {
      payments.record(paymentId, TimelineSource.POLL, "STATUS",
          status.status() + "/" + status.statusDetails() + " " + circumstance);
    }
    return new StatusFollowed(before, seen, true);
  }

  /** Flinks settled the payment while operators held these tasks: the tasks close, the timeline says why. */
  public void tasksClosedByFlinks(String paymentId, String tasks, PaymentState outcome) {
    payments.record(paymentId, TimelineSource.SYSTEM, "TASK_CLOSED",
        tasks + " closed: Flinks settled the payment as " + outcome);
  }

  /**
   * A status after the process ended: the record follows it, and a different outcome is a late
   * outcome that operations must reconcile with the lender.
   */
  public StatusFollowed followAfterEnd(String paymentId) {
    return follow(paymentId, "after the process ended", true);
  }

  /**
   * The process is being canceled from outside (its calling process ended it, or an operator in
   * Cockpit) while the session may still complete. Flinks is asked once that cancel has committed
   * ({@link #cancelAfterProcess}): asked within it, a cancel that then rolled back (it met a status
   * check writing the same process) would leave the process running on a session Flinks had
   * canceled, to end on its own as if the borrower had walked away.
   *
   * @return whether Flinks must be asked to cancel the session
   */
  public boolean processCanceled(String paymentId) {
    GeftPayment payment = payments.get(paymentId);
    if (!payment.cancelable()) {
      return false;
    }
    payments.record(paymentId, TimelineSource.SYSTEM, "CANCEL_REQUESTED",
        "the process was canceled; Flinks is asked to cancel the session");
    return true;
  }

  /**
   * After the payment's process was canceled: cancel the session at Flinks. Flinks' refusal means
   * the session finished, and that outcome is recorded. Under the payment's row lock, so that the
   * webhook this cancel causes waits for its outcome rather than taking it for a late one. Throws
   * while Flinks cannot be reached or refuses our credentials: the step is tried again.
   */
  public void cancelAfterProcess(String paymentId) {
    GeftPayment payment = payments.lock(paymentId);
    if (!payment.cancelable()) {
      return;
    }
    try {
      SessionStatus answer = flinks.cancel(payment.sessionId());
      payment.observed(answer.status(), answer.statusDetails(), PaymentState.CANCELED, payments.now());
      payments.record(paymentId, TimelineSource.SYSTEM, "CANCELED_WITH_PROCESS",
          "the process was canceled; Flinks: " + answer.status() + "/" + answer.statusDetails());
    } catch (FlinksRejectedException refused) {
      payments.record(paymentId, TimelineSource.SYSTEM, "CANCEL_REFUSED",
          "when the process was canceled; " + refused.getMessage());
      follow(paymentId, "when the process was canceled");
    }
  }

  /**
   * The borrower's step in the iframe, relayed by the checkout page.
   *
   * @return why the process should look now, or null when it need not be disturbed
   */
  public CheckReason borrowerStep(String paymentId, String step) {
    GeftPayment payment = payments.get(paymentId);
    OffsetDateTime now = payments.now();
    List<TimelineEntry> lately = payments.stepsSince(paymentId, now.minusMinutes(1));
    if (lately.size() >= settings.maxStepsPerMinute) {
      throw new TooManyStepsException(paymentId);
    }
    // the page relayed the same step again: it still counts as activity, once on the timeline is enough
    boolean repeat = !lately.isEmpty() && lately.get(0).kind().equals(step);
    BorrowerActivity activity = payments.activity(paymentId);
    boolean wasActive = plan().active(now.toInstant(), PollPlan.Borrower.of(payment, activity));
    boolean finishing = FINISHING_STEPS.contains(step);
    boolean offer = OFFER_STEPS.contains(step);
    // the activity row only: a status check may be updating the payment right now
    activity.step(finishing, offer, now);
    if (!repeat) {
      payments.record(paymentId, TimelineSource.FRONTEND, step, null);
    }
    if (finishing || offer) {
      return CheckReason.WAKE;
    }
    // only a waiting payment plans its checks by the borrower's pace
    return wasActive || payment.state() != PaymentState.AWAITING_BORROWER ? null : CheckReason.ACTIVITY;
  }

  /**
   * A new Flinks session for a payment that ended without money moving: the same payment and
   * referenceId, a fresh checkout link; the timeline keeps every session.
   *
   * @throws IllegalStateException when the payment's state does not allow it
   */
  public void newSession(String paymentId, TimelineSource source, String who) {
    GeftPayment payment = payments.get(paymentId);
    if (!payment.state().allowsNewSession()) {
      throw new IllegalStateException("A payment in state " + payment.state() + " cannot get a new session");
    }
    String previous = payment.sessionId();
    PaymentState ended = payment.state();
    payments.renew(payment);
    payments.record(paymentId, source, "NEW_SESSION_REQUESTED",
        "by " + who + "; the previous session " + previous + " ended " + ended);
  }

  /** An operator asked to check again: a fresh budget of checks. */
  public void restartBudget(String paymentId) {
    payments.get(paymentId).restartBudget();
  }

  /** Asks Flinks to cancel; Flinks refuses once the session is terminal, and the status check tells which won. */
  public boolean cancel(String paymentId, TimelineSource source, String who) {
    GeftPayment payment = payments.get(paymentId);
    if (payment.sessionId() == null) {
      payments.record(paymentId, source, "CANCEL_REFUSED", "no Flinks session yet");
      return false;
    }
    try {
      SessionStatus answer = flinks.cancel(payment.sessionId());
      payments.record(paymentId, source, "CANCEL_REQUESTED",
          "by " + who + "; Flinks: " + answer.status() + "/" + answer.statusDetails());
      return true;
    } catch (FlinksRejectedException refused) {
      payments.record(paymentId, source, "CANCEL_REFUSED", "by " + who + "; " + refused.getMessage());
      return false;
    }
  }

  /** Accepts or refuses the next-best offer at Flinks; a refusal by Flinks is recorded, the status check decides. */
  public void confirmGuarantee(String paymentId, boolean accept, TimelineSource source) {
    GeftPayment payment = payments.get(paymentId);
    try {
      SessionStatus answer = flinks.confirmGuarantee(payment.sessionId(), accept);
      payment.offerDecided(payments.now());
      payments.record(paymentId, source, accept ? "OFFER_ACCEPTED" : "OFFER_REFUSED",
          "Flinks: " + answer.status() + "/" + answer.statusDetails());
    } catch (FlinksRejectedException refused) {
      payments.record(paymentId, source, "OFFER_DECISION_REFUSED", refused.getMessage());
    }
  }

  /** The payment a process instance runs, as the records say: what an operator's input cannot change. */
  public Optional<String> paymentOf(String processInstanceId) {
    return payments.findByProcessInstance(processInstanceId).map(GeftPayment::paymentId);
  }

  /** The corrected names an operator gives, checked against the guide's limits like the lender's. */
  public List<FieldError> correctedNameErrors(String firstName, String lastName) {
    return validator.validate(null, null, null, null, new CreateSessionRequest.Payor(firstName, lastName, null, null),
        null).stream().map(e -> new FieldError(e.field().replace("payor.firstName", "correctedFirstName")
            .replace("payor.lastName", "correctedLastName"), e.message())).toList();
  }

  /** An operator corrected the payor's names after an identity mismatch: a new session follows. */
  public void retryWithNames(String paymentId, String firstName, String lastName) {
    payments.get(paymentId).retryWithNames(firstName, lastName, payments.now());
  }

  public CheckoutLink checkoutLink(String paymentId, URI base) {
    return CheckoutLink.of(base, payments.get(paymentId));
  }

  public PaymentFacts facts(String paymentId) {
    return PaymentFacts.of(payments.get(paymentId));
  }

  public void recordDecision(String paymentId, String task, String decision, String reason, String user) {
    payments.record(paymentId, TimelineSource.OPERATOR, "DECISION",
        task + ": " + decision + " by " + (user == null ? "unknown" : user)
            + (reason == null || reason.isBlank() ? "" : " (" + reason + ")"));
  }

  private PollPlan plan() {
    return PollPlan.of(settings);
  }

  /** One timeline line when an outage starts, one when it ends: not one per failed call. */
  private Instant failed(GeftPayment payment, RuntimeException e) {
    OffsetDateTime now = payments.now();
    if (payment.unreachable(now)) {
      payments.record(payment.paymentId(), TimelineSource.SYSTEM, "FLINKS_UNREACHABLE",
          e.getClass().getSimpleName() + ": " + e.getMessage() + "; checking again with back-off");
    }
    return plan().afterFailure(now.toInstant(), payment.failedChecks());
  }

  private void recovered(GeftPayment payment) {
    if (payment.outageSince() != null) {
      Duration outage = Duration.between(payment.outageSince(), payments.now());
      payments.record(payment.paymentId(), TimelineSource.SYSTEM, "FLINKS_REACHABLE",
          "after " + outage.truncatedTo(ChronoUnit.SECONDS) + " and "
              + payment.failedChecks() + " failed calls");
      payment.reachable();
    }
  }

  /** Flinks did not answer usefully: 5xx, a timeout, an open circuit. Refusals and our own bugs are not outages. */
  static boolean isOutage(RuntimeException e) {
    return e instanceof FlinksUnavailableException || e instanceof FaultToleranceException
        && !(e.getCause() instanceof FlinksRejectedException || e.getCause() instanceof FlinksAuthenticationException);
  }
}
