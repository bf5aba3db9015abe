package com.geftflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.geftflow.engine.EngineClock;
import com.geftflow.flinks.SessionStatus;
import com.geftflow.payment.CheckReason;
import com.geftflow.payment.LifecycleSettings;
import com.geftflow.payment.NextStep;
import com.geftflow.payment.PaymentFacts;
import com.geftflow.payment.PaymentLifecycle;
import com.geftflow.payment.PaymentRejectedException;
import com.geftflow.payment.PaymentState;
import com.geftflow.payment.StatusDecision;
import com.geftflow.payment.StatusFollowed;
import com.geftflow.payment.TimelineSource;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every row of the states table (docs/architecture.md) through the real model and the real delegates; only the
 * lifecycle service behind the delegates (Flinks and the records) is replaced.
 */
@Deployment(resources = "bpmn/geft-payment.bpmn")
class GeftPaymentProcessTest {

  static final String MESSAGE = "GeftStatusChanged";
  static final String PAYMENT = "pay-1";

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  private final PaymentLifecycle lifecycle = mock(PaymentLifecycle.class);
  private final LifecycleSettings settings = new LifecycleSettings();
  /** What the records say of the payment; each mocked step updates it. */
  private final AtomicReference<PaymentState> state = new AtomicReference<>(PaymentState.CREATING);

  @BeforeEach
  void registerDelegates() {
    Mocks.register("registerPaymentDelegate", new RegisterPaymentDelegate(lifecycle));
    Mocks.register("createSessionDelegate", new CreateSessionDelegate(lifecycle));
    Mocks.register("announceCheckoutDelegate", new AnnounceCheckoutDelegate(lifecycle, RealDelegates.CHECKOUT_BASE));
    Mocks.register("checkStatusDelegate", new CheckStatusDelegate(lifecycle, settings, Clock.systemUTC()));
    Mocks.register("confirmGuaranteeDelegate", new ConfirmGuaranteeDelegate(lifecycle));
    Mocks.register("cancelSessionDelegate", new CancelSessionDelegate(lifecycle));
    Mocks.register("correctPayorDelegate", new CorrectPayorDelegate(lifecycle));
    Mocks.register("operatorDecisionListener", new OperatorDecisionListener(lifecycle, settings, new EngineClock()));
    Mocks.register("showFactsListener", new ShowFactsListener(lifecycle));
    Mocks.register("renewSessionDelegate", new RenewSessionDelegate(lifecycle));
    Mocks.register("followFlinksDelegate", new FollowFlinksDelegate(lifecycle));
    Mocks.register("paymentEndListener", new PaymentEndListener(lifecycle));
    settings.padHorizon = Duration.ofDays(2);
    settings.padCheckMax = Duration.ofHours(1);
    when(lifecycle.createSession(PAYMENT)).thenAnswer(inv -> waitFor(Duration.ofHours(1)));
    when(lifecycle.paymentOf(any())).thenReturn(java.util.Optional.of(PAYMENT));
    when(lifecycle.facts(PAYMENT)).thenAnswer(inv -> new PaymentFacts(PAYMENT, "REF-1", state.get(),
        "Completed", "EFT0301", "session-1", new BigDecimal("500.00"),
        state.get() == PaymentState.SCHEDULED ? new BigDecimal("500.00") : null, null, "John Smith"));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  /** The next status check answers this. */
  private void flinksSays(PaymentState newState, NextStep next) {
    when(lifecycle.checkStatus(eq(PAYMENT), any())).thenAnswer(inv -> {
      state.set(newState);
      return new StatusDecision(newState, next,
          next == NextStep.WAIT || next == NextStep.PAD ? Instant.now().plusSeconds(30) : null, null, false);
    });
  }

  private StatusDecision waitFor(Duration pause) {
    state.set(PaymentState.AWAITING_BORROWER);
    return StatusDecision.waiting(PaymentState.AWAITING_BORROWER, Instant.now().plus(pause));
  }

  private ProcessInstance startAndCreateSession() {
    ProcessInstance instance = runtimeService().startProcessInstanceByKey("geft-payment", "REF-1",
        withVariables(GeftVariables.PAYMENT_ID, PAYMENT));
    assertThat(instance).isWaitingAt("CreateSession");
    state.set(PaymentState.AWAITING_BORROWER);
    execute(job());
    assertThat(instance).isWaitingAt("AwaitOutcome");
    return instance;
  }

  private static Job nextJob(ProcessInstance instance) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).singleResult();
  }

  private void wakeUp(ProcessInstance instance) {
    runtimeService().createMessageCorrelation(MESSAGE).processInstanceId(instance.getId()).correlate();
  }

  private static void firePollTimer(ProcessInstance instance) {
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
        .activityId("PollDue").singleResult();
    execute(timer);
  }

  @ParameterizedTest(name = "{0} ends at {1}")
  @CsvSource({"SCHEDULED, PaymentEnded", "LOGIN_FAILED, PaymentEnded", "INSUFFICIENT_FUNDS, PaymentEnded",
      "CANCELED, PaymentEnded", "EXPIRED, PaymentEnded"})
  void terminalStatusesThatNeedNobodyEndThePayment(PaymentState terminal, String end) {
    ProcessInstance instance = startAndCreateSession();
    flinksSays(terminal, NextStep.DONE);

    wakeUp(instance);
    execute(job());

    assertThat(instance).isEnded().hasPassed(end);
    assertThat(instance).variables().containsEntry(GeftVariables.OUTCOME, terminal.name())
        .containsEntry(GeftVariables.SESSION_ID, "session-1").containsEntry(GeftVariables.PAYMENT_ID, PAYMENT);
  }

  @Test
  void aScheduledPaymentCarriesItsScheduledAmountOut() {
    ProcessInstance instance = startAndCreateSession();
    flinksSays(PaymentState.SCHEDULED, NextStep.DONE);
    firePollTimer(instance);
    execute(job());

    assertThat(instance).isEnded();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(GeftVariables.SCHEDULED_AMOUNT).singleResult().getValue()).isEqualTo("500.00");
  }

  @Test
  void theRoutingStepIsNeverStoredAndAnOfferAloneStoresWhetherItIsAcceptedAutomatically() {
    ProcessInstance instance = startAndCreateSession();
    flinksSays(PaymentState.AWAITING_BORROWER, NextStep.WAIT);
    wakeUp(instance);
    execute(job());
    flinksSays(PaymentState.SCHEDULED, NextStep.DONE);
    wakeUp(instance);
    execute(job());

    assertThat(instance).isEnded().hasPassed("PaymentEnded");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableNameIn(GeftVariables.NEXT_STEP, GeftVariables.AUTO_ACCEPT_OFFER).count()).isZero();
  }

  @Test
  void aPaymentThatStoredItsStepBeforeKeepsStoringItAndIsRoutedOn() {
    ProcessInstance instance = startAndCreateSession();
    runtimeService().setVariable(instance.getId(), GeftVariables.NEXT_STEP, NextStep.WAIT.name());
    flinksSays(PaymentState.SCHEDULED, NextStep.DONE);

    wakeUp(instance);
    execute(job());

    assertThat(instance).isEnded().hasPassed("PaymentEnded");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(GeftVariables.NEXT_STEP).singleResult().getValue()).isEqualTo(NextStep.DONE.name());
  }

  @Test
  void theTimerFiresWhenTheLastCheckPlannedUntilTheLifecycleGivesUp() {
    ProcessInstance instance = startAndCreateSession();
    assertThat(pollTimer(instance).getDuedate()).isEqualTo(nextCheckAt(instance));
    when(lifecycle.checkStatus(eq(PAYMENT), any())).thenAnswer(inv -> waitFor(Duration.ofSeconds(30)))
        .thenAnswer(inv -> waitFor(Duration.ofMinutes(5)))
        .thenReturn(new StatusDecision(PaymentState.STATUS_UNKNOWN, NextStep.UNKNOWN, null, null, false));

    firePollTimer(instance);
    execute(job());
    assertThat(instance).isWaitingAt("AwaitOutcome");
    assertThat(pollTimer(instance).getDuedate()).isEqualTo(nextCheckAt(instance))
        .isCloseTo(Date.from(Instant.now().plusSeconds(30)), 5_000);
    firePollTimer(instance);
    execute(job());
    assertThat(pollTimer(instance).getDuedate()).isCloseTo(Date.from(Instant.now().plus(Duration.ofMinutes(5))), 5_000);
    firePollTimer(instance);
    execute(job());

    assertThat(instance).isWaitingAt("InvestigateStatus");
    assertThat(task()).hasCandidateGroup("operations");
    verify(lifecycle, times(3)).checkStatus(PAYMENT, CheckReason.POLL);
  }

  @Test
  void aWakeUpTellsTheCheckWhyAndTheTimerPathTellsNothing() {
    ProcessInstance instance = startAndCreateSession();
    flinksSays(PaymentState.AWAITING_BORROWER, NextStep.WAIT);

    runtimeService().createMessageCorrelation(MESSAGE).processInstanceId(instance.getId())
        .setVariable(GeftVariables.CHECK_REASON, CheckReason.ACTIVITY.name()).correlate();
    execute(job());
    firePollTimer(instance);
    execute(job());

    verify(lifecycle).checkStatus(PAYMENT, CheckReason.ACTIVITY);
    verify(lifecycle).checkStatus(PAYMENT, CheckReason.POLL);
    assertThat(instance).isWaitingAt("AwaitOutcome").variables().doesNotContainKey(GeftVariables.CHECK_REASON);
  }

  @Test
  void flinksUnreachableWhileCreatingRetriesAtTheDateTheLifecyclePlanned() {
    when(lifecycle.createSession(PAYMENT))
        .thenReturn(new StatusDecision(PaymentState.CREATING, NextStep.RETRY, Instant.now().plusSeconds(60), null, false))
        .thenAnswer(inv -> waitFor(Duration.ofHours(1)));
    ProcessInstance instance = runtimeService().startProcessInstanceByKey("geft-payment", "REF-1",
        withVariables(GeftVariables.PAYMENT_ID, PAYMENT));
    execute(nextJob(instance));

    assertThat(instance).isWaitingAt("RetryCreateDue");
    Job retry = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    assertThat(retry.getDuedate()).isEqualTo(nextCheckAt(instance));
    execute(retry);
    execute(nextJob(instance));

    assertThat(instance).isWaitingAt("AwaitOutcome");
    assertThat(runtimeService().createIncidentQuery().count()).isZero();
  }

  @Test
  void flinksUnreachablePastTheHorizonAsksOperationsAndAWebhookOrARecheckResumes() {
    ProcessInstance instance = startAndCreateSession();
    flinksSays(PaymentState.AWAITING_BORROWER, NextStep.UNREACHABLE);
    firePollTimer(instance);
    execute(job());
    assertThat(instance).isWaitingAt("FlinksUnreachable");
    assertThat(task()).hasCandidateGroup("operations");

    complete(task(), withVariables(GeftVariables.DECISION, "RECHECK", GeftVariables.DECISION_REASON, "Flinks is back"));
    verify(lifecycle).restartBudget(PAYMENT);
    flinksSays(PaymentState.AWAITING_BORROWER, NextStep.UNREACHABLE);
    execute(job());
    assertThat(instance).isWaitingAt("FlinksUnreachable");

    flinksSays(PaymentState.SCHEDULED, NextStep.DONE);
    wakeUp(instance);
    execute(job());
    assertThat(instance).isEnded();
  }

  @Test
  void aDeclinedPaymentCanGetANewSessionFromOperations() {
    ProcessInstance instance = startAndCreateSession();
    flinksSays(PaymentState.GUARANTEE_DECLINED, NextStep.DECLINED);
    wakeUp(instance);
    execute(job());

    complete(task(), withVariables(GeftVariables.DECISION, "NEW_SESSION", GeftVariables.DECISION_REASON, "borrower asked"));

    verify(lifecycle).newSession(eq(PAYMENT), eq(TimelineSource.OPERATOR), any());
    assertThat(instance).isWaitingAt("CreateSession");
    execute(job());
    assertThat(instance).isWaitingAt("AwaitOutcome");
  }

  private static Job pollTimer(ProcessInstance instance) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
        .activityId("PollDue").singleResult();
  }

  private static Date nextCheckAt(ProcessInstance instance) {
    return (Date) runtimeService().getVariable(instance.getId(), GeftVariables.NEXT_CHECK_AT);
  }

  @Test
  void unknownStatusCanBeCheckedAgainCanceledOrClosed() {
    ProcessInstance instance = startAndCreateSession();
    flinksSays(PaymentState.STATUS_UNKNOWN, NextStep.UNKNOWN);
    firePollTimer(instance);
    execute(job());

    complete(task(), withVariables(GeftVariables.DECISION, "RECHECK", GeftVariables.DECISION_REASON, "Flinks support"));
    verify(lifecycle).restartBudget(PAYMENT);
    assertThat(instance).isWaitingAt("CheckStatus");
    execute(job());
    assertThat(instance).isWaitingAt("InvestigateStatus");

    complete(task(), withVariables(GeftVariables.DECISION, "CANCEL", GeftVariables.DECISION_REASON, "borrower gone"));
    execute(job());
    verify(lifecycle).cancel(PAYMENT, TimelineSource.OPERATOR, "operations");
    flinksSays(PaymentState.CANCELED, NextStep.DONE);
    execute(job());
    assertThat(instance).isEnded().hasPassed("CancelAtFlinks", "PaymentEnded");
    verify(lifecycle).recordDecision(eq(PAYMENT), eq("Investigate unknown status"), eq("CANCEL"),
        eq("borrower gone"), any());
  }

  @Test
  void closingAnUnknownStatusCancelsAtFlinksFirstAndWhatFlinksThenSaysEndsIt() {
    ProcessInstance instance = startAndCreateSession();
    flinksSays(PaymentState.STATUS_UNKNOWN, NextStep.UNKNOWN);
    firePollTimer(instance);
    execute(job());

    complete(task(), withVariables(GeftVariables.DECISION, "CLOSE", GeftVariables.DECISION_REASON, "closed"));
    assertThat(instance).isWaitingAt("CancelAtFlinks");
    execute(job());
    verify(lifecycle).cancel(PAYMENT, TimelineSource.OPERATOR, "operations");
    // the borrower completed just before the cancel reached Flinks
    flinksSays(PaymentState.SCHEDULED, NextStep.DONE);
    execute(job());

    assertThat(instance).isEnded().hasPassed("CancelAtFlinks", "PaymentEnded");
    assertThat(instance).variables().containsEntry(GeftVariables.OUTCOME, "SCHEDULED");
  }

  @Test
  void aGuaranteeDeclinedAsksOperationsToArrangeAnAlternative() {
    ProcessInstance instance = startAndCreateSession();
    flinksSays(PaymentState.GUARANTEE_DECLINED, NextStep.DECLINED);
    wakeUp(instance);
    execute(job());

    assertThat(instance).isWaitingAt("ArrangeAlternative");
    assertThat(task()).hasCandidateGroup("operations").hasFormKey("embedded:deployment:forms/arrange-alternative.html");
    complete(task(), withVariables(GeftVariables.DECISION, "ARRANGED", GeftVariables.DECISION_REASON, "cheque"));

    assertThat(instance).isEnded().hasPassed("AlternativeArranged");
    assertThat(instance).variables().containsEntry(GeftVariables.OUTCOME, "GUARANTEE_DECLINED");
  }

  @Test
  void anIdentityMismatchCanBeRetriedWithCorrectedNamesInANewSession() {
    ProcessInstance instance = startAndCreateSession();
    flinksSays(PaymentState.IDENTITY_MISMATCH, NextStep.IDENTITY);
    wakeUp(instance);
    execute(job());
    assertThat(instance).isWaitingAt("ReviewIdentity");

    complete(task(), withVariables(GeftVariables.DECISION, "RETRY", GeftVariables.DECISION_REASON, "married name",
        GeftVariables.CORRECTED_FIRST_NAME, "Jane", GeftVariables.CORRECTED_LAST_NAME, "Doe"));

    verify(lifecycle).retryWithNames(PAYMENT, "Jane", "Doe");
    assertThat(instance).isWaitingAt("CreateSession");
    execute(job());
    verify(lifecycle, times(2)).createSession(PAYMENT);
    assertThat(instance).isWaitingAt("AwaitOutcome");
  }

  @Test
  void anIdentityMismatchCanBeClosed() {
    ProcessInstance instance = startAndCreateSession();
    flinksSays(PaymentState.IDENTITY_MISMATCH, NextStep.IDENTITY);
    wakeUp(instance);
    execute(job());

    complete(task(), withVariables(GeftVariables.DECISION, "CLOSE", GeftVariables.DECISION_REASON, "fraud suspected"));

    assertThat(instance).isEnded().hasPassed("IdentityClosed");
    assertThat(instance).variables().containsEntry(GeftVariables.OUTCOME, "IDENTITY_MISMATCH");
  }

  @Test
  void flinksRefusingTheCreateCallEndsRejected() {
    doThrow(new PaymentRejectedException(PAYMENT, "no payee and no default account")).when(lifecycle).createSession(PAYMENT);
    state.set(PaymentState.REJECTED);
    ProcessInstance instance = runtimeService().startProcessInstanceByKey("geft-payment",
        withVariables(GeftVariables.PAYMENT_ID, PAYMENT));

    execute(nextJob(instance));

    assertThat(instance).isEnded().hasPassed("PaymentRejected");
    assertThat(instance).variables().containsEntry(GeftVariables.OUTCOME, "REJECTED");
  }

  @Test
  void flinksUnavailableFailsTheJobWhichIsRetriedNotLost() {
    doThrow(new com.geftflow.flinks.FlinksUnavailableException("Flinks answered 503", 503, null))
        .when(lifecycle).createSession(PAYMENT);
    ProcessInstance instance = runtimeService().startProcessInstanceByKey("geft-payment",
        withVariables(GeftVariables.PAYMENT_ID, PAYMENT));

    assertThatThrownBy(() -> engine.getManagementService().executeJob(nextJob(instance).getId()))
        .isInstanceOf(com.geftflow.flinks.FlinksUnavailableException.class);

    assertThat(instance).isWaitingAt("CreateSession");
    assertThat(nextJob(instance).getRetries()).isEqualTo(4);
    assertThat(nextJob(instance).getExceptionMessage()).contains("503");
  }

  @Test
  void aNextBestOfferAtOrAboveTheRatioIsAcceptedWithoutAnOperator() {
    ProcessInstance instance = startAndCreateSession();
    when(lifecycle.checkStatus(eq(PAYMENT), any()))
        .thenReturn(new StatusDecision(PaymentState.OFFER_PENDING, NextStep.OFFER, null, new BigDecimal("450"), true))
        .thenReturn(new StatusDecision(PaymentState.SCHEDULED, NextStep.DONE, null, null, false));
    firePollTimer(instance);
    execute(job());

    assertThat(instance).isWaitingAt("ConfirmGuarantee");
    execute(job());
    verify(lifecycle).confirmGuarantee(PAYMENT, true, TimelineSource.SYSTEM);
    execute(job());
    assertThat(instance).isEnded().hasPassed("PaymentEnded");
  }

  @ParameterizedTest(name = "operator {0}")
  @CsvSource({"ACCEPT, true", "REFUSE, false"})
  void aNextBestOfferBelowTheRatioIsDecidedByAnOperator(String decision, boolean accepted) {
    ProcessInstance instance = startAndCreateSession();
    when(lifecycle.checkStatus(eq(PAYMENT), any()))
        .thenReturn(new StatusDecision(PaymentState.OFFER_PENDING, NextStep.OFFER, null, new BigDecimal("300"), false));
    firePollTimer(instance);
    execute(job());

    assertThat(instance).isWaitingAt("DecideOffer");
    assertThat(task()).hasFormKey("embedded:deployment:forms/decide-offer.html");
    complete(task(), withVariables(GeftVariables.DECISION, decision, GeftVariables.DECISION_REASON, "lender policy"));
    execute(job());

    verify(lifecycle).confirmGuarantee(PAYMENT, accepted, TimelineSource.OPERATOR);
    assertThat(instance).isWaitingAt("CheckStatus");
  }

  @Test
  void aStatusChangeWhileTheOfferAwaitsADecisionIsFollowedAndAFinalOneClosesTheTask() {
    ProcessInstance instance = startAndCreateSession();
    when(lifecycle.checkStatus(eq(PAYMENT), any()))
        .thenReturn(new StatusDecision(PaymentState.OFFER_PENDING, NextStep.OFFER, null, new BigDecimal("300"), false));
    firePollTimer(instance);
    execute(job());
    String taskId = task().getId();
    when(lifecycle.follow(eq(PAYMENT), any()))
        .thenReturn(new StatusFollowed(PaymentState.OFFER_PENDING, PaymentState.OFFER_PENDING, true))
        .thenReturn(new StatusFollowed(PaymentState.OFFER_PENDING, PaymentState.CANCELED, true));

    wakeUp(instance);
    execute(job());
    assertThat(instance).isWaitingAt("DecideOffer");
    assertThat(task().getId()).as("the same task: a claim survives").isEqualTo(taskId);

    wakeUp(instance);
    execute(job());
    assertThat(instance).isEnded().hasPassed("OfferWokenUp", "FollowFlinks", "SettledByFlinks");
    verify(lifecycle).tasksClosedByFlinks(PAYMENT, "'Decide on next-best offer'", PaymentState.CANCELED);
  }

  @Test
  void padPendingKeepsWatchingAndAsksForAFollowUpWhenTheSignatureIsLate() {
    ProcessInstance instance = startAndCreateSession();
    flinksSays(PaymentState.PAD_PENDING, NextStep.PAD);
    wakeUp(instance);
    execute(job());

    assertThat(instance).isWaitingAt("AwaitPad");
    Date followUpAt = (Date) runtimeService().getVariable(instance.getId(), GeftVariables.PAD_FOLLOW_UP_AT);
    assertThat(followUpAt).isInTheFuture();
    assertThat(followUpAt.toInstant()).isAfter(new Date().toInstant().plus(Duration.ofDays(2)).minusSeconds(60));

    // two days later the follow-up falls due
    ClockUtil.setCurrentTime(Date.from(followUpAt.toInstant().plusSeconds(1)));
    execute(engine.getManagementService().createJobQuery().activityId("PadFollowUpDue").singleResult());
    assertThat(instance).isWaitingAt("FollowUpPad");
    complete(task(), withVariables(GeftVariables.DECISION, "WAIT", GeftVariables.DECISION_REASON, "reminded"));
    execute(job());

    assertThat(instance).isWaitingAt("AwaitPad");
    Date nextFollowUp = (Date) runtimeService().getVariable(instance.getId(), GeftVariables.PAD_FOLLOW_UP_AT);
    assertThat(nextFollowUp).as("one period from the operator's decision")
        .isEqualTo(Date.from(followUpAt.toInstant().plusSeconds(1).plus(Duration.ofDays(2))));

    flinksSays(PaymentState.SCHEDULED, NextStep.DONE);
    execute(engine.getManagementService().createJobQuery().activityId("PadPollDue").singleResult());
    execute(job());
    assertThat(instance).isEnded().hasPassed("PaymentEnded");
  }

  @Test
  void anEarlyWakeUpCannotBeCorrelatedUntilTheProcessWaits() {
    ProcessInstance instance = runtimeService().startProcessInstanceByKey("geft-payment",
        withVariables(GeftVariables.PAYMENT_ID, PAYMENT));

    assertThatThrownBy(() -> wakeUp(instance)).isInstanceOf(MismatchingMessageCorrelationException.class);

    execute(nextJob(instance));
    flinksSays(PaymentState.SCHEDULED, NextStep.DONE);
    wakeUp(instance);
    execute(nextJob(instance));
    assertThat(instance).isEnded();
  }

  @Test
  void aDuplicateWakeUpFindsNothingWaitingAndChangesNothing() {
    ProcessInstance instance = startAndCreateSession();
    flinksSays(PaymentState.SCHEDULED, NextStep.DONE);
    wakeUp(instance);

    assertThatThrownBy(() -> wakeUp(instance)).isInstanceOf(MismatchingMessageCorrelationException.class);
    execute(job());

    assertThat(instance).isEnded();
    verify(lifecycle, times(1)).checkStatus(eq(PAYMENT), any());
  }
}
