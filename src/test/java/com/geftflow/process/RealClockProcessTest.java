package com.geftflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.geftflow.flinks.CreateSessionRequest.Payor;
import com.geftflow.flinks.FlinksStatus;
import com.geftflow.flinks.FlinksStub;
import com.geftflow.payment.CheckReason;
import com.geftflow.payment.GeftPayment;
import com.geftflow.payment.InMemoryPayments;
import com.geftflow.payment.PaymentLifecycle;
import com.geftflow.payment.PaymentRequest;
import com.geftflow.payment.PaymentState;
import com.geftflow.trace.PaymentTraces;
import io.opentelemetry.api.OpenTelemetry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lifecycle on the real clock: the model, the delegates, the lifecycle and its poll plan all
 * real, the records in memory and Flinks a stub whose sessions the test moves; the engine's clock
 * ({@link ClockUtil}) is moved over hours and days, and every due job runs as the job executor
 * would run it.
 */
@Deployment(resources = {"bpmn/geft-payment.bpmn", "bpmn/geft-late-outcome.bpmn", "bpmn/geft-cancel-at-flinks.bpmn"})
class RealClockProcessTest {

  private static final Instant CREATED = Instant.parse("2026-11-27T09:00:00Z");

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  private final FlinksStub flinks = new FlinksStub();
  private final InMemoryPayments payments = new InMemoryPayments(InMemoryPayments.defaults());
  private final PaymentLifecycle lifecycle = payments.lifecycle(flinks);
  private final EngineTime time = new EngineTime(engine.getManagementService(), () -> engine.getManagementService().createJobQuery().processInstanceId(this.instance.getId()));
  private GeftPayment payment;
  private ProcessInstance instance;

  @BeforeEach
  void registerTheRealDelegates() {
    ClockUtil.setCurrentTime(Date.from(CREATED));
    RealDelegates.register(lifecycle);
  }

  /** The deployment exists once the engine extension deployed it, after {@code @BeforeEach}. */
  private void startAPaymentWhoseSessionExists() {
    payment = payments.registered(new PaymentRequest("REF-1", new BigDecimal("500.00"), null, null,
        new Payor("John", "Smith", null, null), null));
    instance = runtimeService().startProcessInstanceByKey(GeftProcess.KEY,
        withVariables(GeftVariables.PAYMENT_ID, payment.paymentId()));
    payments.startedAs(payment, instance.getId());
    runDueJobs();
    assertThat(instance).isWaitingAt("AwaitOutcome");
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    Mocks.reset();
  }

  @Test
  void aBorrowerWhoComesBackTwoHoursLaterPaysAndWasNeverPolledAtTheGuidesPaceMeanwhile() {
    startAPaymentWhoseSessionExists();
    passTime(Duration.ofHours(2).plusMinutes(15));
    // each liveness pause is an hour and up to six minutes, a share fixed per payment
    assertThat(flinks.calls("status")).as("hourly liveness checks only").isEqualTo(2);
    assertThat(payment.state()).isEqualTo(PaymentState.AWAITING_BORROWER);

    borrower("APP_MOUNTED");
    passTime(Duration.ofSeconds(20));
    flinks.moveTo(payment.sessionId(), "Completed", FlinksStatus.EFT0301_SCHEDULED);
    borrower("SUCCESS");

    assertThat(instance).isEnded();
    assertThat(payment.state()).isEqualTo(PaymentState.SCHEDULED);
    assertThat(flinks.calls("status")).isEqualTo(3);
  }

  @Test
  void aBorrowerSixDaysLaterStillPaysTheLinkStillValid() {
    startAPaymentWhoseSessionExists();
    passTime(Duration.ofDays(6));
    assertThat(payment.state()).isEqualTo(PaymentState.AWAITING_BORROWER);
    assertThat(payment.checkoutTokenExpiresAt().toInstant()).isAfter(ClockUtil.getCurrentTime().toInstant());

    borrower("APP_MOUNTED");
    passTime(Duration.ofMinutes(3));
    flinks.moveTo(payment.sessionId(), "Completed", FlinksStatus.EFT0301_SCHEDULED);
    borrower("SUCCESS");

    assertThat(instance).isEnded();
    assertThat(payment.state()).isEqualTo(PaymentState.SCHEDULED);
  }

  @Test
  void theEndOfTheBorrowerWindowCancelsTheSessionAtFlinksAndTheStateIsExpired() {
    startAPaymentWhoseSessionExists();
    passTime(Duration.ofDays(7).plusMinutes(1));

    assertThat(instance).isEnded();
    assertThat(flinks.calls("cancel")).isEqualTo(1);
    assertThat(payment.state()).isEqualTo(PaymentState.EXPIRED);
    assertThat(payment.flinksStatusDetails()).isEqualTo(FlinksStatus.EFT0501_CANCELED);
    assertThat(payments.kinds(payment.paymentId())).contains("BORROWER_WINDOW_ENDED");
  }

  @Test
  void flinksDownWhenTheWindowEndsCancelsOnceItAnswersAgain() {
    startAPaymentWhoseSessionExists();
    passTime(Duration.ofDays(7).minusMinutes(1));
    flinks.down = true;
    passTime(Duration.ofMinutes(30));
    assertThat(instance).isWaitingAt("AwaitOutcome");
    assertThat(runtimeService().createIncidentQuery().count()).isZero();

    flinks.down = false;
    passTime(Duration.ofMinutes(20));

    assertThat(instance).isEnded();
    assertThat(payment.state()).isEqualTo(PaymentState.EXPIRED);
  }

  @Test
  void anOutcomeReachedJustBeforeTheWindowEndedWinsOverTheCancel() {
    startAPaymentWhoseSessionExists();
    passTime(Duration.ofDays(7).minusMinutes(10));
    flinks.moveTo(payment.sessionId(), "Completed", FlinksStatus.EFT0301_SCHEDULED);
    // the webhook was lost and nobody relayed the iframe: only the window's end looks again
    passTime(Duration.ofMinutes(11));

    assertThat(instance).isEnded();
    assertThat(payment.state()).isEqualTo(PaymentState.SCHEDULED);
    assertThat(flinks.calls("cancel")).isZero();
  }

  @Test
  void aBorrowerWhoFinishedWithoutAnOutcomeIsInvestigatedAndARecheckStartsAFreshBudget() {
    startAPaymentWhoseSessionExists();
    finishedWithoutAnOutcome();
    assertThat(instance).isWaitingAt("InvestigateStatus");
    assertThat(payment.state()).isEqualTo(PaymentState.STATUS_UNKNOWN);
    long checks = flinks.calls("status");

    complete(task(), withVariables(GeftVariables.DECISION, "RECHECK", GeftVariables.DECISION_REASON, "asked Flinks"));
    runDueJobs();

    assertThat(instance).isWaitingAt("AwaitOutcome");
    assertThat(flinks.calls("status")).isEqualTo(checks + 1);
    flinks.moveTo(payment.sessionId(), "Failed", FlinksStatus.EFT0401_LOGIN_FAILED);
    passTime(Duration.ofSeconds(10));
    assertThat(instance).isEnded();
    assertThat(payment.state()).isEqualTo(PaymentState.LOGIN_FAILED);
  }

  @Test
  void aLivenessCheckThatFindsNothingNewWritesOnlyTheNextCheckAndThePayorsNameWaitsForAnOperatorTask() {
    startAPaymentWhoseSessionExists();
    long before = variableUpdates().size();

    passTime(Duration.ofHours(1).plusMinutes(7));

    assertThat(flinks.calls("status")).isEqualTo(1);
    assertThat(variableUpdates().subList((int) before, variableUpdates().size()))
        .as("one history entry per value that changed").containsOnly(GeftVariables.NEXT_CHECK_AT);
    assertThat(runtimeService().getVariables(instance.getId()))
        .containsKeys(GeftVariables.OUTCOME, GeftVariables.SESSION_ID, GeftVariables.STATUS)
        .doesNotContainKeys(GeftVariables.PAYOR_NAME, GeftVariables.AMOUNT, GeftVariables.OFFERED_AMOUNT);

    finishedWithoutAnOutcome();

    assertThat(instance).isWaitingAt("InvestigateStatus");
    assertThat(runtimeService().getVariables(instance.getId()))
        .containsEntry(GeftVariables.PAYOR_NAME, "John Smith").containsEntry(GeftVariables.AMOUNT, "500.00")
        .containsEntry(GeftVariables.OFFERED_AMOUNT, null).containsEntry(GeftVariables.STATUS, "Initiated");
  }

  /** The names of the variable writes the history holds for the payment's process, oldest first. */
  private List<String> variableUpdates() {
    return engine.getHistoryService().createHistoricDetailQuery().processInstanceId(instance.getId())
        .variableUpdates().orderPartiallyByOccurrence().asc().list().stream()
        .map(d -> ((HistoricVariableUpdate) d).getVariableName()).toList();
  }

  @Test
  void aThreeHourOutageIsNoIncidentAndThePaymentCompletesAfterRecovery() {
    startAPaymentWhoseSessionExists();
    borrower("APP_MOUNTED");
    flinks.down = true;
    flinks.moveTo(payment.sessionId(), "Completed", FlinksStatus.EFT0301_SCHEDULED);
    borrower("SUCCESS");
    passTime(Duration.ofHours(3));
    assertThat(instance).isWaitingAt("AwaitOutcome");
    assertThat(runtimeService().createIncidentQuery().count()).isZero();
    assertThat(flinks.calls("status")).as("backing off, not hammering").isBetween(10L, 25L);

    flinks.down = false;
    passTime(Duration.ofMinutes(15));

    assertThat(instance).isEnded();
    assertThat(payment.state()).isEqualTo(PaymentState.SCHEDULED);
    List<String> kinds = payments.kinds(payment.paymentId());
    assertThat(kinds.stream().filter("FLINKS_UNREACHABLE"::equals).count()).isEqualTo(1);
    assertThat(kinds.stream().filter("FLINKS_REACHABLE"::equals).count()).isEqualTo(1);
  }

  @Test
  void anOutagePastTheHorizonAsksOperationsAndAWebhookAfterwardsStillEndsIt() {
    startAPaymentWhoseSessionExists();
    flinks.down = true;
    // the first liveness check (after an hour) meets the outage; 24 hours later operations are asked
    passTime(Duration.ofHours(26));
    assertThat(instance).isWaitingAt(GeftProcess.FLINKS_UNREACHABLE);
    assertThat(runtimeService().createIncidentQuery().count()).isZero();

    flinks.down = false;
    flinks.moveTo(payment.sessionId(), "Completed", FlinksStatus.EFT0301_SCHEDULED);
    runtimeService().createMessageCorrelation(GeftProcess.STATUS_CHANGED).processInstanceId(instance.getId())
        .setVariable(GeftVariables.CHECK_REASON, CheckReason.WAKE.name()).correlate();
    runDueJobs();

    assertThat(instance).isEnded();
    assertThat(payment.state()).isEqualTo(PaymentState.SCHEDULED);
  }

  @Test
  void whileTheBorrowerIsInTheIframePollsAskFlinksNothing() {
    startAPaymentWhoseSessionExists();
    long before = flinks.calls("status");
    borrower("APP_MOUNTED");
    for (int step = 0; step < 8; step++) {
      passTime(Duration.ofSeconds(20));
      borrower("INSTITUTION_SELECTED");
    }

    assertThat(flinks.calls("status")).isEqualTo(before);
    assertThat(flinks.calls("details")).isZero();
  }

  @Test
  void anOperatorCanNeitherPointTheProcessAtAnotherPaymentNorGiveInvalidNames() {
    startAPaymentWhoseSessionExists();
    GeftPayment other = payments.registered(new PaymentRequest("REF-2", new BigDecimal("9.00"), null, null,
        new Payor("Other", "Payor", null, null), null));
    flinks.moveTo(payment.sessionId(), "Failed", FlinksStatus.EFT0403_IDENTITY_MISMATCH);
    borrower("IDENTITY_FAILED");
    assertThat(instance).isWaitingAt("ReviewIdentity");

    assertThatThrownBy(() -> complete(task(), withVariables(GeftVariables.DECISION, "CLOSE",
        GeftVariables.DECISION_REASON, "x", GeftVariables.PAYMENT_ID, other.paymentId())))
        .hasMessageContaining("paymentId belongs to the process");
    assertThatThrownBy(() -> complete(task(), withVariables(GeftVariables.DECISION, "RETRY",
        GeftVariables.DECISION_REASON, "x", GeftVariables.CORRECTED_FIRST_NAME, " ",
        GeftVariables.CORRECTED_LAST_NAME, "L".repeat(101))))
        .hasMessageContaining("correctedFirstName").hasMessageContaining("correctedLastName");

    assertThat(instance).isWaitingAt("ReviewIdentity");
    assertThat(runtimeService().getVariable(instance.getId(), GeftVariables.PAYMENT_ID)).isEqualTo(payment.paymentId());
    complete(task(), withVariables(GeftVariables.DECISION, "RETRY", GeftVariables.DECISION_REASON, "married name",
        GeftVariables.CORRECTED_FIRST_NAME, "Jane", GeftVariables.CORRECTED_LAST_NAME, "Doe"));
    runDueJobs();
    assertThat(instance).isWaitingAt("AwaitOutcome");
    assertThat(payment.payorFirstName()).isEqualTo("Jane");
    assertThat(flinks.sessionsCreated()).isEqualTo(2);
  }

  @Test
  void aWakeUpWhileTheOfferAwaitsADecisionKeepsTheTaskAndAnOperatorsAcceptSchedulesTheOfferedAmount() {
    startAPaymentWhoseSessionExists();
    borrower("APP_MOUNTED");
    flinks.offer(payment.sessionId(), new BigDecimal("300.00"));
    borrower("GUARANTEE_OFFERED");
    assertThat(instance).isWaitingAt(GeftProcess.DECIDE_OFFER);
    engine.getTaskService().claim(task().getId(), "olivia");

    // the borrower's page relays one more step: Flinks is asked, the task and its claim stay
    borrower("SESSION_EXPIRED");
    assertThat(instance).isWaitingAt(GeftProcess.DECIDE_OFFER);
    assertThat(task().getAssignee()).isEqualTo("olivia");
    assertThat(payment.state()).isEqualTo(PaymentState.OFFER_PENDING);

    complete(task(), withVariables(GeftVariables.DECISION, "ACCEPT", GeftVariables.DECISION_REASON, "policy"));
    runDueJobs();

    assertThat(instance).isEnded();
    assertThat(payment.state()).isEqualTo(PaymentState.SCHEDULED);
    assertThat(payment.scheduledAmount()).isEqualByComparingTo("300.00");
    assertThat(flinks.calls("details")).isEqualTo(1);
  }

  @Test
  void aLendersCancelThatReachesFlinksAfterTheBorrowerCompletedEndsInWhatFlinksSays() {
    startAPaymentWhoseSessionExists();
    flinks.moveTo(payment.sessionId(), "Completed", FlinksStatus.EFT0301_SCHEDULED);

    assertThat(lifecycle.cancel(payment.paymentId(), com.geftflow.payment.TimelineSource.API, "lender")).isFalse();
    webhook();

    assertTheCompletionWonOverTheCancel();
  }

  @Test
  void aPadSignatureAwaitedForDaysCostsAboutAHundredChecksAndItsLateCompletionIsSeenWithinTheHour() {
    startAPaymentWhoseSessionExists();
    flinks.moveTo(payment.sessionId(), "Completed", FlinksStatus.EFT0302_PAD_PENDING);
    borrower("PAD_PENDING");
    assertThat(instance).isWaitingAt("AwaitPad");
    long before = flinks.calls("status");

    passTime(Duration.ofHours(47));
    // about 60 while the pause grows to an hour (10 h), then one an hour
    assertThat(flinks.calls("status") - before).as("not one every 30 s (5,640)").isBetween(80L, 110L);

    flinks.moveTo(payment.sessionId(), "Completed", FlinksStatus.EFT0301_SCHEDULED);
    passTime(Duration.ofMinutes(61));
    assertThat(instance).isEnded();
    assertThat(payment.state()).isEqualTo(PaymentState.SCHEDULED);
  }

  @Test
  void anOperatorRefusingTheOfferEndsTheGuaranteeDeclinedAndAsksForAnAlternative() {
    startAPaymentWhoseSessionExists();
    borrower("APP_MOUNTED");
    flinks.offer(payment.sessionId(), new BigDecimal("300.00"));
    borrower("GUARANTEE_OFFERED");

    complete(task(), withVariables(GeftVariables.DECISION, "REFUSE", GeftVariables.DECISION_REASON, "too low"));
    runDueJobs();

    assertThat(payment.state()).isEqualTo(PaymentState.GUARANTEE_DECLINED);
    assertThat(payment.scheduledAmount()).isNull();
    assertThat(instance).isWaitingAt(GeftProcess.ARRANGE_ALTERNATIVE);
  }

  @Test
  void anAmountlessPaymentTakesTheBorrowersAmountAndItsOfferIsDecidedByAPerson() {
    payment = payments.registered(new PaymentRequest("REF-3", null, null, null, new Payor("John", "Smith", null, null),
        null));
    instance = runtimeService().startProcessInstanceByKey(GeftProcess.KEY,
        withVariables(GeftVariables.PAYMENT_ID, payment.paymentId()));
    payments.startedAs(payment, instance.getId());
    runDueJobs();
    borrower("APP_MOUNTED");
    flinks.borrowerEnters(payment.sessionId(), new BigDecimal("500.00"));
    flinks.offer(payment.sessionId(), new BigDecimal("450.00"));
    borrower("NEXT_BEST_OFFER");

    // 90 % of what the borrower entered, but no amount of the lender's to hold it against: a person decides
    assertThat(instance).isWaitingAt(GeftProcess.DECIDE_OFFER);
    assertThat(runtimeService().createIncidentQuery().count()).isZero();
    complete(task(), withVariables(GeftVariables.DECISION, "ACCEPT", GeftVariables.DECISION_REASON, "policy"));
    runDueJobs();

    assertThat(payment.state()).isEqualTo(PaymentState.SCHEDULED);
    assertThat(payment.scheduledAmount()).isEqualByComparingTo("450.00");
  }

  @Test
  void aPadSignedAfterTheHorizonIsSeenByTheWatchWhileTheFollowUpIsOpenAndClosesIt() {
    startAPaymentWhoseSessionExists();
    padUnsignedPastTheHorizon();
    assertThat(instance).isWaitingAt(GeftProcess.FOLLOW_UP_PAD);
    engine.getTaskService().claim(task().getId(), "olivia");
    passTime(Duration.ofHours(3));
    assertThat(instance).as("no news: the task stays with its operator").isWaitingAt(GeftProcess.FOLLOW_UP_PAD);
    assertThat(task().getAssignee()).isEqualTo("olivia");
    long before = flinks.calls("status");

    flinks.moveTo(payment.sessionId(), "Completed", FlinksStatus.EFT0301_SCHEDULED);
    passTime(Duration.ofMinutes(61));

    assertThat(flinks.calls("status") - before).isEqualTo(1);
    assertThat(instance).isEnded();
    assertThat(payment.state()).isEqualTo(PaymentState.SCHEDULED);
    assertThat(engine.getTaskService().createTaskQuery().count()).isZero();
    assertThat(payments.timeline(payment.paymentId())).anyMatch(e -> e.kind().equals("TASK_CLOSED")
        && e.detail().equals("'Follow up on PAD signature' closed: Flinks settled the payment as SCHEDULED"));
  }

  @ParameterizedTest(name = "while {0} is open")
  @ValueSource(strings = {"FollowUpPad", "ReviewIdentity", "ArrangeAlternative", "DecideOffer"})
  void anEft0301WebhookWhileOperationsHoldATaskSchedulesThePaymentAndClosesTheTask(String taskKey) {
    startAPaymentWhoseSessionExists();
    borrower("APP_MOUNTED");
    switch (taskKey) {
      case "FollowUpPad" -> {
        padUnsignedPastTheHorizon();
      }
      case "ReviewIdentity" -> {
        flinks.moveTo(payment.sessionId(), "Failed", FlinksStatus.EFT0403_IDENTITY_MISMATCH);
        borrower("IDENTITY_FAILED");
      }
      case "ArrangeAlternative" -> {
        flinks.moveTo(payment.sessionId(), "Failed", FlinksStatus.EFT0402_NO_GUARANTEE);
        borrower("GUARANTEE_FAILED");
      }
      default -> {
        flinks.offer(payment.sessionId(), new BigDecimal("300.00"));
        borrower("GUARANTEE_OFFERED");
      }
    }
    assertThat(instance).isWaitingAt(taskKey);

    flinks.moveTo(payment.sessionId(), "Completed", FlinksStatus.EFT0301_SCHEDULED);
    webhook();

    assertThat(instance).isEnded().hasPassed("FollowFlinks", "SettledByFlinks");
    assertThat(payment.state()).isEqualTo(PaymentState.SCHEDULED);
    assertThat(engine.getTaskService().createTaskQuery().count()).isZero();
    assertThat(payments.kinds(payment.paymentId())).contains("TASK_CLOSED");
  }

  @Test
  void closingAnUnknownStatusCancelsAtFlinksAndACompletionThatCameFirstWins() {
    startAPaymentWhoseSessionExists();
    finishedWithoutAnOutcome();
    assertThat(instance).isWaitingAt(GeftProcess.INVESTIGATE_STATUS);
    flinks.moveTo(payment.sessionId(), "Completed", FlinksStatus.EFT0301_SCHEDULED);

    complete(task(), withVariables(GeftVariables.DECISION, "CLOSE", GeftVariables.DECISION_REASON, "gave up"));
    runDueJobs();

    assertTheCompletionWonOverTheCancel();
  }

  @Test
  void closingAnUnknownStatusCancelsTheLiveSessionAtFlinks() {
    startAPaymentWhoseSessionExists();
    finishedWithoutAnOutcome();

    complete(task(), withVariables(GeftVariables.DECISION, "CLOSE", GeftVariables.DECISION_REASON, "gave up"));
    runDueJobs();

    assertThat(instance).isEnded();
    assertThat(payment.state()).isEqualTo(PaymentState.CANCELED);
    assertThat(flinks.status(payment.sessionId()).statusDetails()).isEqualTo(FlinksStatus.EFT0501_CANCELED);
  }

  @Test
  void closingAPadFollowUpThatFlinksWillNotCancelKeepsWatchingUntilTheSignature() {
    startAPaymentWhoseSessionExists();
    padUnsignedPastTheHorizon();

    complete(task(), withVariables(GeftVariables.DECISION, "CLOSE", GeftVariables.DECISION_REASON, "borrower silent"));
    runDueJobs();
    assertThat(payments.kinds(payment.paymentId())).contains("CANCEL_REFUSED");
    assertThat(instance).as("the borrower can still sign").isWaitingAt("AwaitPad");

    flinks.moveTo(payment.sessionId(), "Completed", FlinksStatus.EFT0301_SCHEDULED);
    passTime(Duration.ofMinutes(61));
    assertThat(instance).isEnded();
    assertThat(payment.state()).isEqualTo(PaymentState.SCHEDULED);
  }

  @Test
  void aCallerCancelingTheProcessCancelsAtFlinksOnceTheCancelCommitted() {
    startAPaymentWhoseSessionExists();

    runtimeService().deleteProcessInstance(instance.getId(), "loan withdrawn");
    assertThat(flinks.calls("cancel")).as("not within the cancel's transaction").isZero();
    assertThat(payments.kinds(payment.paymentId())).contains("CANCEL_REQUESTED");
    ProcessInstance cancel = runtimeService().createProcessInstanceQuery()
        .processDefinitionKey(GeftProcess.CANCEL_AT_FLINKS_KEY).processInstanceBusinessKey(payment.paymentId())
        .singleResult();
    assertThat(cancel).isWaitingAt("CancelSessionAfterProcess");

    cancelAtFlinks();
    assertThat(flinks.calls("cancel")).isEqualTo(1);
    assertThat(payment.state()).isEqualTo(PaymentState.CANCELED);
    assertThat(payments.kinds(payment.paymentId())).contains("CANCELED_WITH_PROCESS");
    assertThat(cancel).isEnded();
  }

  @Test
  void aCancelThatRollsBackNeverReachesFlinksAndThePaymentGoesOn() {
    startAPaymentWhoseSessionExists();

    // the caller's cancel met a status check writing the same process: its transaction rolls back
    assertThatThrownBy(() -> engine.getProcessEngineConfiguration().getCommandExecutorTxRequired().execute(c -> {
      runtimeService().deleteProcessInstance(instance.getId(), "loan withdrawn");
      throw new OptimisticLockingException("met a status check");
    })).isInstanceOf(OptimisticLockingException.class);

    assertThat(flinks.calls("cancel")).isZero();
    assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(GeftProcess.CANCEL_AT_FLINKS_KEY)
        .count()).isZero();
    assertThat(instance).isWaitingAt("AwaitOutcome");
    flinks.moveTo(payment.sessionId(), "Completed", FlinksStatus.EFT0301_SCHEDULED);
    webhook();
    assertThat(payment.state()).isEqualTo(PaymentState.SCHEDULED);
  }

  @Test
  void aCompletionThatBeatsTheCallersCancelIsRecorded() {
    startAPaymentWhoseSessionExists();
    flinks.moveTo(payment.sessionId(), "Completed", FlinksStatus.EFT0301_SCHEDULED);

    runtimeService().deleteProcessInstance(instance.getId(), "loan withdrawn");
    cancelAtFlinks();

    assertThat(payment.state()).isEqualTo(PaymentState.SCHEDULED);
    assertThat(payments.kinds(payment.paymentId())).contains("CANCEL_REFUSED");
  }

  @Test
  void aCancelWhileFlinksIsDownIsTriedAgainAndAnOutcomeMeanwhileIsALateOutcome() {
    startAPaymentWhoseSessionExists();
    flinks.down = true;
    runtimeService().deleteProcessInstance(instance.getId(), "loan withdrawn");
    assertThatThrownBy(this::cancelAtFlinks).as("Flinks could not be asked").isInstanceOf(RuntimeException.class);
    assertThat(payment.state()).isEqualTo(PaymentState.AWAITING_BORROWER);
    Job retry = cancelJob();
    assertThat(retry.getRetries()).as("tried again").isPositive();
    assertThat(retry.getDuedate()).isEqualTo(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(1))));

    flinks.down = false;
    flinks.moveTo(payment.sessionId(), "Completed", FlinksStatus.EFT0301_SCHEDULED);
    webhook();

    assertThat(payment.state()).isEqualTo(PaymentState.SCHEDULED);
    assertThat(payments.kinds(payment.paymentId())).contains("LATE_OUTCOME");
    org.camunda.bpm.engine.task.Task late = engine.getTaskService().createTaskQuery()
        .taskDefinitionKey(GeftProcess.LATE_OUTCOME).processInstanceBusinessKey(payment.paymentId()).singleResult();
    assertThat(late).isNotNull();
    assertThat(engine.getTaskService().getVariables(late.getId())).containsEntry(GeftVariables.ENDED_AS,
        "AWAITING_BORROWER").containsEntry(GeftVariables.OUTCOME, "SCHEDULED");

    // the same outcome again (a duplicate webhook) opens nothing more
    webhook();
    assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey(GeftProcess.LATE_OUTCOME).count())
        .isEqualTo(1);

    // the retry finds the payment settled: Flinks is not asked again, and the cancel's process ends
    cancelAtFlinks();
    assertThat(flinks.calls("cancel")).isEqualTo(1);
    assertThat(payment.state()).isEqualTo(PaymentState.SCHEDULED);
    assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(GeftProcess.CANCEL_AT_FLINKS_KEY)
        .count()).isZero();
  }

  /** The step of {@code geft-cancel-at-flinks} the cancel started, as the job executor runs it once that committed. */
  private void cancelAtFlinks() {
    engine.getManagementService().executeJob(cancelJob().getId());
  }

  private Job cancelJob() {
    return engine.getManagementService().createJobQuery().processDefinitionKey(GeftProcess.CANCEL_AT_FLINKS_KEY)
        .singleResult();
  }

  /** The account is validated and the borrower does not sign: past geft.pad.horizon, operations follow up. */
  private void padUnsignedPastTheHorizon() {
    flinks.moveTo(payment.sessionId(), "Completed", FlinksStatus.EFT0302_PAD_PENDING);
    borrower("PAD_PENDING");
    passTime(Duration.ofDays(2).plusMinutes(5));
  }

  /** The borrower finished in the iframe, Flinks still says Initiated: the budget runs out. */
  private void finishedWithoutAnOutcome() {
    borrower("APP_MOUNTED");
    borrower("SUCCESS");
    passTime(Duration.ofMinutes(30));
  }

  /** The cancel reached Flinks after the borrower completed: refused, and the payment is scheduled. */
  private void assertTheCompletionWonOverTheCancel() {
    assertThat(flinks.calls("cancel")).isEqualTo(1);
    assertThat(payments.kinds(payment.paymentId())).contains("CANCEL_REFUSED");
    assertThat(instance).isEnded();
    assertThat(payment.state()).isEqualTo(PaymentState.SCHEDULED);
  }

  /** A webhook applied as the inbox applies it: the waiting process is woken, an ended one followed. */
  private void webhook() {
    ProcessWakeUp wakeUp = new ProcessWakeUp();
    wakeUp.payments = payments;
    wakeUp.lifecycle = lifecycle;
    wakeUp.runtime = runtimeService();
    wakeUp.traces = new PaymentTraces(OpenTelemetry.noop().getTracer("test"));
    if (wakeUp.wake(payment, CheckReason.WAKE) == ProcessWakeUp.Result.ENDED) {
      assertThat(wakeUp.followEnded(payment)).isTrue();
    }
    runDueJobs();
  }

  /** The checkout page relays a step: recorded, and the process woken when the lifecycle asks for it. */
  private void borrower(String step) {
    CheckReason wake = lifecycle.borrowerStep(payment.paymentId(), step);
    if (wake != null && runtimeService().createEventSubscriptionQuery().processInstanceId(instance.getId())
        .eventName(GeftProcess.STATUS_CHANGED).count() > 0) {
      runtimeService().createMessageCorrelation(GeftProcess.STATUS_CHANGED).processInstanceId(instance.getId())
          .setVariable(GeftVariables.CHECK_REASON, wake.name()).correlate();
    }
    runDueJobs();
  }

  private void passTime(Duration duration) {
    time.pass(duration);
  }

  private void runDueJobs() {
    time.runDueJobs();
  }
}
