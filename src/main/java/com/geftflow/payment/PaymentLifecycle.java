package com.geftflow.payment;

import com.geftflow.flinks.CreateSessionRequest;
import com.geftflow.flinks.FlinksRejectedException;
import com.geftflow.flinks.FlinksSessions;
import com.geftflow.flinks.FlinksStatus;
import com.geftflow.flinks.SessionDetails;
import com.geftflow.flinks.SessionRequestValidator;
import com.geftflow.flinks.SessionStatus;
import com.geftflow.web.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;

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
      payment.rejected(reason, Payments.now());
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
   * Creates the payment's Flinks session unless it has one. The session id is stored in the same
   * transaction as the step's completion, so it is the only session ever shown to the borrower.
   */
  public GeftPayment createSession(String paymentId) {
    GeftPayment payment = payments.get(paymentId);
    if (payment.sessionId() != null) {
      return payment;
    }
    try {
      String sessionId = flinks.createSession(payment.request().toSessionRequest()).sessionId();
      payment.sessionCreated(sessionId, Payments.now());
      payments.record(paymentId, TimelineSource.SYSTEM, "SESSION_CREATED", "Flinks session " + sessionId);
      return payment;
    } catch (FlinksRejectedException refused) {
      payment.rejected(refused.getMessage(), Payments.now());
      payments.record(paymentId, TimelineSource.SYSTEM, "REJECTED", refused.getMessage());
      throw new PaymentRejectedException(paymentId, refused.getMessage());
    }
  }

  /** Reads the authoritative status (and the guarantee while Initiated) and decides what follows. */
  public StatusDecision checkStatus(String paymentId, int pollAttempts) {
    GeftPayment payment = payments.get(paymentId);
    SessionStatus status = flinks.status(payment.sessionId());
    boolean offerHandled = payment.offeredAmount() != null;
    SessionDetails details = FlinksStatus.EFT0101_INITIATED.equals(status.statusDetails()) && !offerHandled
        ? flinks.details(payment.sessionId()) : null;
    StatusDecision decision = StatusDecision.of(status, details, pollAttempts, settings.maxPollAttempts(),
        offerHandled, settings.autoAcceptRatio());
    boolean changed = !status.statusDetails().equals(payment.flinksStatusDetails())
        || decision.state() != payment.state();
    payment.observed(status.status(), status.statusDetails(), decision.state(), Payments.now());
    if (decision.state() == PaymentState.SCHEDULED) {
      payment.scheduled(status.amount() != null ? status.amount() : payment.amount());
    }
    if (decision.next() == NextStep.OFFER) {
      payment.offered(decision.offeredAmount(), Payments.now());
      payments.record(paymentId, TimelineSource.POLL, "GUARANTEE_OFFERED",
          "next-best offer " + decision.offeredAmount().toPlainString() + " for "
              + payment.amount().toPlainString() + (decision.autoAcceptOffer() ? ", accepted automatically" : ""));
    } else if (decision.next() == NextStep.UNKNOWN) {
      payments.record(paymentId, TimelineSource.POLL, "POLL_LIMIT_REACHED",
          "still " + status.status() + "/" + status.statusDetails() + " after " + decision.pollAttempts() + " polls");
    } else if (changed) {
      payments.record(paymentId, TimelineSource.POLL, "STATUS", status.status() + "/" + status.statusDetails());
    }
    return decision;
  }

  /** Accepts or refuses the next-best offer at Flinks; a refusal by Flinks is recorded, the status check decides. */
  public void confirmGuarantee(String paymentId, boolean accept, TimelineSource source) {
    GeftPayment payment = payments.get(paymentId);
    try {
      SessionStatus answer = flinks.confirmGuarantee(payment.sessionId(), accept);
      payments.record(paymentId, source, accept ? "OFFER_ACCEPTED" : "OFFER_REFUSED",
          "Flinks: " + answer.status() + "/" + answer.statusDetails());
    } catch (FlinksRejectedException refused) {
      payments.record(paymentId, source, "OFFER_DECISION_REFUSED", refused.getMessage());
    }
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

  /** An operator corrected the payor's names after an identity mismatch: a new session follows. */
  public void retryWithNames(String paymentId, String firstName, String lastName) {
    payments.get(paymentId).retryWithNames(firstName, lastName, Payments.now());
  }

  public PaymentFacts facts(String paymentId) {
    return PaymentFacts.of(payments.get(paymentId));
  }

  public void recordDecision(String paymentId, String task, String decision, String reason, String user) {
    payments.record(paymentId, TimelineSource.OPERATOR, "DECISION",
        task + ": " + decision + " by " + (user == null ? "unknown" : user)
            + (reason == null || reason.isBlank() ? "" : " (" + reason + ")"));
  }
}
