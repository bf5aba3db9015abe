package com.geftflow.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.geftflow.flinks.CreateSessionRequest.Payor;
import com.geftflow.flinks.FlinksStatus;
import com.geftflow.flinks.FlinksStub;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The create-session step lost after Flinks answered (the server killed before the step committed):
 * the session Flinks created survives in its own record, and the retried step uses it or cancels
 * it. Flinks never keeps an open session no payment knows.
 */
class LostCreateStepTest {

  private final InMemoryPayments payments = new InMemoryPayments(InMemoryPayments.defaults());
  private final FlinksStub flinks = new FlinksStub();
  private final PaymentLifecycle lifecycle = payments.lifecycle(flinks);
  private GeftPayment payment;

  @BeforeEach
  void register() {
    payment = payments.registered(new PaymentRequest("REF-LOST", new BigDecimal("500.00"), null, null,
        new Payor("John", "Smith", null, null), null));
  }

  /** What a run that died after Flinks answered leaves behind: the session, recorded, not taken. */
  private String lostStep() {
    String sessionId = flinks.createSession(payment.request().toSessionRequest()).sessionId();
    payments.sessionCreatedAtFlinks(payment.paymentId(), sessionId);
    return sessionId;
  }

  @Test
  void aCreatedSessionIsRecordedAndTaken() {
    lifecycle.createSession(payment.paymentId());

    assertThat(payments.sessionOutcomes(payment.paymentId())).containsExactly(CreatedSession.Outcome.USED);
    assertThat(payments.unsettledSessions(payment.paymentId())).isEmpty();
    assertThat(payment.state()).isEqualTo(PaymentState.AWAITING_BORROWER);
  }

  @Test
  void theRetriedStepTakesTheSessionTheLostOneCreated() {
    String lost = lostStep();

    StatusDecision decision = lifecycle.createSession(payment.paymentId());

    assertThat(payment.sessionId()).isEqualTo(lost);
    assertThat(decision.next()).isEqualTo(NextStep.WAIT);
    assertThat(flinks.calls("create")).as("only the lost step's").isEqualTo(1);
    assertThat(flinks.sessionsCreated()).isEqualTo(1);
    assertThat(payments.sessionOutcomes(payment.paymentId())).containsExactly(CreatedSession.Outcome.USED);
    assertThat(payments.kinds(payment.paymentId())).containsSubsequence("SESSION_RECOVERED", "SESSION_CREATED");
  }

  @Test
  void ofTwoLostSessionsOneIsTakenAndTheOtherCanceledAtFlinks() {
    String first = lostStep();
    String second = lostStep();

    lifecycle.createSession(payment.paymentId());

    assertThat(payment.sessionId()).isEqualTo(first);
    assertThat(flinks.status(second).statusDetails()).isEqualTo(FlinksStatus.EFT0501_CANCELED);
    assertThat(payments.sessionOutcomes(payment.paymentId()))
        .containsExactly(CreatedSession.Outcome.USED, CreatedSession.Outcome.CANCELED);
    assertThat(payments.kinds(payment.paymentId())).contains("ORPHAN_SESSION_CANCELED");
  }

  @Test
  void aLostSessionThatEndedMeanwhileIsNotedAndANewOneCreated() {
    String lost = lostStep();
    flinks.moveTo(lost, "Expired", FlinksStatus.EFT0601_EXPIRED);

    lifecycle.createSession(payment.paymentId());

    assertThat(payment.sessionId()).isNotEqualTo(lost).isNotNull();
    assertThat(flinks.calls("create")).isEqualTo(2);
    assertThat(payments.sessionOutcomes(payment.paymentId()))
        .containsExactly(CreatedSession.Outcome.ENDED, CreatedSession.Outcome.USED);
    assertThat(payments.kinds(payment.paymentId())).contains("ORPHAN_SESSION_ENDED");
  }

  @Test
  void flinksDownWhileALostSessionIsLookedAtRetriesAndLeavesItForLater() {
    String lost = lostStep();
    flinks.down = true;

    StatusDecision decision = lifecycle.createSession(payment.paymentId());

    assertThat(decision.next()).isEqualTo(NextStep.RETRY);
    assertThat(payments.unsettledSessions(payment.paymentId())).extracting(CreatedSession::sessionId)
        .containsExactly(lost);
    flinks.down = false;
    lifecycle.createSession(payment.paymentId());
    assertThat(payment.sessionId()).isEqualTo(lost);
  }
}
