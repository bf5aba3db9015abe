package com.geftflow.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.geftflow.engine.EngineRestarter;
import com.geftflow.flinks.CreateSessionRequest.Account;
import com.geftflow.flinks.CreateSessionRequest.Payee;
import com.geftflow.flinks.CreateSessionRequest.Payor;
import com.geftflow.payment.CheckReason;
import com.geftflow.payment.CreatedSession;
import com.geftflow.payment.GeftPayment;
import com.geftflow.payment.PaymentCommands;
import com.geftflow.payment.PaymentRequest;
import com.geftflow.payment.PaymentState;
import com.geftflow.payment.Payments;
import com.geftflow.payment.TimelineEntry;
import com.geftflow.payment.TimelineSource;
import com.geftflow.process.GeftVariables;
import com.geftflow.process.PaymentStarter;
import com.geftflow.process.ProcessWakeUp;
import com.geftflow.sandbox.SandboxFaults;
import com.geftflow.sandbox.SandboxScenario;
import com.geftflow.webhook.WebhookDelivery;
import com.geftflow.webhook.WebhookInbox;
import com.geftflow.webhook.WebhookPayload;
import com.geftflow.events.EventOutbox;
import com.geftflow.events.LenderEvent;
import com.geftflow.events.LenderEventType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The real process, delegates, JPA records, Rest Client, webhook receiver and sandbox, together. */
/** The fields it shares with the classes it extends (sandbox, faults, runtime, the transaction) are theirs. */
abstract class PaymentLifecycleChecks extends FlinksSandboxChecks {

  private static final Payee PAYEE = new Payee(new Account("12345678", "12345", "999"));

  @Inject
  PaymentStarter starter;

  @Inject
  Payments payments;

  @Inject
  WebhookInbox inbox;

  @Inject
  PaymentCommands commands;

  @Inject
  ProcessWakeUp wakeUp;

  @Inject
  TaskService tasks;

  @Inject
  EventOutbox outbox;

  @Inject
  EngineRestarter restarter;

  @Inject
  ManagementService management;

  @Test
  void eachScenarioEndsInItsStateWithTheOutputsSet() throws Exception {
    Map<SandboxScenario, PaymentState> expected = Map.of(
        SandboxScenario.Happy1, PaymentState.SCHEDULED,
        SandboxScenario.LoginFailed, PaymentState.LOGIN_FAILED,
        SandboxScenario.InsufficientFunds, PaymentState.INSUFFICIENT_FUNDS,
        SandboxScenario.Expire, PaymentState.EXPIRED);
    for (var entry : expected.entrySet()) {
      GeftPayment payment = startAndAwaitSession("1000.00", PAYEE);
      sandbox.simulate(payment.sessionId(), entry.getKey(), null, null);

      awaitState(payment.paymentId(), entry.getValue());
      awaitEnded(payment.processInstanceId());
    }
  }

  @Test
  void happy2BelowTheRatioIsDecidedByOperationsAndSchedulesTheLowerAmount() throws Exception {
    GeftPayment payment = startAndAwaitSession("1000.00", PAYEE);
    sandbox.simulate(payment.sessionId(), SandboxScenario.Happy2, null, null);
    // the checkout page relays the iframe's step: no webhook announces an offer
    CheckReason wake = commands.recordFrontendStep(payment.paymentId(), "NEXT_BEST_OFFER");
    wakeUp.wakePayment(payment.paymentId(), wake);

    awaitState(payment.paymentId(), PaymentState.OFFER_PENDING);
    Task decide = awaitTask(payment.processInstanceId(), "DecideOffer");
    assertEquals("600.00", tasks.getVariable(decide.getId(), GeftVariables.OFFERED_AMOUNT));
    tasks.complete(decide.getId(), Map.of(GeftVariables.DECISION, "ACCEPT", GeftVariables.DECISION_REASON, "policy"));

    GeftPayment scheduled = awaitState(payment.paymentId(), PaymentState.SCHEDULED);
    assertEquals(0, new BigDecimal("600.00").compareTo(scheduled.scheduledAmount()));
    assertTrue(timeline(payment).stream().anyMatch(e -> e.source() == TimelineSource.OPERATOR
        && e.detail().contains("ACCEPT")), "the decision is on the timeline");
  }

  @Test
  void declinedAndIdentityMismatchWaitForOperations() throws Exception {
    GeftPayment declined = startAndAwaitSession("100.00", PAYEE);
    GeftPayment mismatch = startAndAwaitSession("100.00", PAYEE);
    sandbox.simulate(declined.sessionId(), SandboxScenario.Unhappy1, null, null);
    sandbox.simulate(mismatch.sessionId(), SandboxScenario.IdentityMismatch, null, null);

    awaitState(declined.paymentId(), PaymentState.GUARANTEE_DECLINED);
    awaitTask(declined.processInstanceId(), "ArrangeAlternative");
    awaitState(mismatch.paymentId(), PaymentState.IDENTITY_MISMATCH);
    Task review = awaitTask(mismatch.processInstanceId(), "ReviewIdentity");

    tasks.complete(review.getId(), Map.of(GeftVariables.DECISION, "RETRY", GeftVariables.DECISION_REASON, "typo",
        GeftVariables.CORRECTED_FIRST_NAME, "Jon", GeftVariables.CORRECTED_LAST_NAME, "Smyth"));
    GeftPayment retried = awaitState(mismatch.paymentId(), PaymentState.AWAITING_BORROWER);
    assertTrue(!retried.sessionId().equals(mismatch.sessionId()), "a new session");
    assertEquals("Jon", retried.payorFirstName());
  }

  @Test
  void padPendingIsWatchedUntilTheSignatureCompletesIt() throws Exception {
    GeftPayment payment = startAndAwaitSession("250.00", PAYEE);
    sandbox.simulate(payment.sessionId(), SandboxScenario.PadPending, null, null);

    awaitState(payment.paymentId(), PaymentState.PAD_PENDING);
    awaitState(payment.paymentId(), PaymentState.SCHEDULED);
    awaitEnded(payment.processInstanceId());
  }

  @Test
  void flinksRefusingTheSessionRejectsThePaymentWithTheReason() throws Exception {
    GeftPayment payment = starter.start(input("10.00", null), null, null, "arquillian");

    GeftPayment rejected = awaitState(payment.paymentId(), PaymentState.REJECTED);
    assertTrue(rejected.rejectionReason().contains("no default account"), rejected.rejectionReason());
    awaitEnded(payment.processInstanceId());
  }

  @Test
  void duplicateWebhooksAreStoredOnceAndChangeNothing() throws Exception {
    faults.set(new SandboxFaults.Settings(3, 0, false, false, 0, 0, 0));
    GeftPayment payment = startAndAwaitSession("40.00", PAYEE);
    sandbox.simulate(payment.sessionId(), SandboxScenario.Happy1, null, null);

    awaitState(payment.paymentId(), PaymentState.SCHEDULED);
    await(() -> inbox.forSession(payment.sessionId()).stream().allMatch(d -> d.state() != WebhookDelivery.State.PENDING),
        Duration.ofSeconds(20));
    assertEquals(1, inbox.forSession(payment.sessionId()).size());
    assertEquals(1, timeline(payment).stream().filter(e -> e.source() == TimelineSource.WEBHOOK).count());
  }

  @Test
  void anOlderStatusDeliveredAfterANewerOneDoesNotChangeTheOutcome() throws Exception {
    faults.set(new SandboxFaults.Settings(1, 0, false, true, 0, 0, 0));
    GeftPayment payment = startAndAwaitSession("70.00", PAYEE);
    sandbox.simulate(payment.sessionId(), SandboxScenario.PadPending, null, null);

    awaitState(payment.paymentId(), PaymentState.SCHEDULED);
    // the stale EFT0302 arrives after EFT0301, often after the process ended: a wake-up, never the truth
    await(() -> inbox.forSession(payment.sessionId()).size() == 2 && inbox.forSession(payment.sessionId()).stream()
        .allMatch(d -> d.state() == WebhookDelivery.State.APPLIED), Duration.ofSeconds(20));
    assertEquals(PaymentState.SCHEDULED, payment(payment.paymentId()).state());
    assertTrue(timeline(payment).stream().noneMatch(e -> "LATE_OUTCOME".equals(e.kind())));
  }

  @Test
  void aFreshWebhookIsAppliedRightAfterItIsStoredHoweverManyWaitBeforeIt() throws Exception {
    for (int i = 0; i < 150; i++) {
      // sessions no payment knows yet: pending through the grace period, retried by every sweep
      inbox.store(UUID.randomUUID().toString(), new WebhookPayload("SessionSetupStatusChanged",
          UUID.randomUUID().toString(), "R", null, "Completed", "EFT0301", Instant.now().toString()),
          OffsetDateTime.now(ZoneOffset.UTC));
    }
    GeftPayment payment = startAndAwaitSession("95.00", PAYEE);

    sandbox.simulate(payment.sessionId(), SandboxScenario.Happy1, null, null);

    await(() -> !inbox.forSession(payment.sessionId()).isEmpty()
        && inbox.forSession(payment.sessionId()).get(0).state() == WebhookDelivery.State.APPLIED, Duration.ofSeconds(20));
    assertEquals(0, inbox.forSession(payment.sessionId()).get(0).attempts(), "applied by its own id, not by a sweep");
    awaitState(payment.paymentId(), PaymentState.SCHEDULED);
  }

  @Test
  void droppedWebhooksAreMadeUpForByPolling() throws Exception {
    faults.set(new SandboxFaults.Settings(1, 0, true, false, 0, 0, 0));
    GeftPayment payment = startAndAwaitSession("80.00", PAYEE);
    sandbox.simulate(payment.sessionId(), SandboxScenario.Happy1, null, null);

    awaitState(payment.paymentId(), PaymentState.SCHEDULED);
    assertTrue(inbox.forSession(payment.sessionId()).isEmpty());
  }

  @Test
  void aWebhookTheProcessCannotTakeYetIsAppliedOnceItCan() throws Exception {
    GeftPayment payment = startAndAwaitSession("90.00", PAYEE);
    runtime.suspendProcessInstanceById(payment.processInstanceId());
    sandbox.simulate(payment.sessionId(), SandboxScenario.Happy1, null, null);

    await(() -> inbox.forSession(payment.sessionId()).stream().anyMatch(d -> d.attempts() > 0), Duration.ofSeconds(20));
    assertEquals(WebhookDelivery.State.PENDING, inbox.forSession(payment.sessionId()).get(0).state());

    runtime.activateProcessInstanceById(payment.processInstanceId());
    awaitState(payment.paymentId(), PaymentState.SCHEDULED);
    assertEquals(WebhookDelivery.State.APPLIED, inbox.forSession(payment.sessionId()).get(0).state());
  }

  @Test
  void waitingPaymentsFinishAfterTheEngineRestarts() throws Exception {
    GeftPayment first = startAndAwaitSession("11.00", PAYEE);
    GeftPayment second = startAndAwaitSession("12.00", PAYEE);

    restarter.restart();
    sandbox.simulate(first.sessionId(), SandboxScenario.Happy1, null, null);
    sandbox.simulate(second.sessionId(), SandboxScenario.Expire, null, null);

    awaitState(first.paymentId(), PaymentState.SCHEDULED);
    awaitState(second.paymentId(), PaymentState.EXPIRED);
  }

  private static PaymentRequest input(String amount, Payee payee) {
    return new PaymentRequest("ARQ-" + UUID.randomUUID(), new BigDecimal(amount), null, null,
        new Payor("John", "Smith", "john@example.com", null), payee);
  }

  private GeftPayment startAndAwaitSession(String amount, Payee payee) throws Exception {
    GeftPayment started = starter.start(input(amount, payee), null, null, "arquillian");
    assertNotNull(started.processInstanceId());
    return awaitState(started.paymentId(), PaymentState.AWAITING_BORROWER);
  }

  private GeftPayment awaitState(String paymentId, PaymentState state) throws Exception {
    try {
      await(() -> payment(paymentId).state() == state, Duration.ofSeconds(60));
    } catch (ConditionTimeoutException e) {
      throw new AssertionError("not " + state + ": " + stateOf(payment(paymentId)), e);
    }
    return payment(paymentId);
  }

  /** Where the payment stands and what its process waits for: a red run says why it stalled. */
  private String stateOf(GeftPayment payment) {
    String jobs = management.createJobQuery().processInstanceId(payment.processInstanceId()).list().stream()
        .map(job -> (JobEntity) job)
        .map(job -> job.getJobHandlerType() + " " + job.getJobHandlerConfigurationRaw() + " due " + job.getDuedate()
            + " retries " + job.getRetries() + " locked by " + job.getLockOwner()
            + " until " + job.getLockExpirationTime() + " failed " + job.getExceptionMessage())
        .toList().toString();
    boolean running = runtime.createProcessInstanceQuery().processInstanceId(payment.processInstanceId()).count() > 0;
    return payment.state() + ", at " + (running ? runtime.getActiveActivityIds(payment.processInstanceId()) : "its end")
        + ", jobs " + jobs
        + ", webhooks " + inbox.forSession(payment.sessionId()).stream().map(WebhookDelivery::state).toList();
  }

  /**
   * The step that created a session rolls back (as when the server dies before it commits): the
   * session Flinks created is still on record, in the JTA transaction of the container.
   */
  @Test
  void aCreatedSessionIsRecordedEvenWhenTheStepThatAskedRollsBack() throws Exception {
    String paymentId = read(() -> payments.register(new PaymentRequest("IT-LOST-" + UUID.randomUUID(),
        new BigDecimal("10.00"), null, null, new Payor("John", "Smith", null, null), PAYEE), null, null)).paymentId();
    String sessionId = "lost-" + UUID.randomUUID();

    userTransaction.begin();
    payments.sessionCreatedAtFlinks(paymentId, sessionId);
    payments.record(paymentId, TimelineSource.SYSTEM, "SESSION_CREATED", "rolled back with its step");
    userTransaction.rollback();

    assertEquals(List.of(sessionId), read(() -> payments.unsettledSessions(paymentId)).stream()
        .map(CreatedSession::sessionId).toList());
    assertTrue(read(() -> payments.timeline(paymentId)).isEmpty(), "the step's own writes rolled back");
  }

  /** The outbox is written in the transaction of the change: a rolled-back change announces nothing. */
  @Test
  void aLenderEventExistsExactlyWhenTheChangeItAnnouncesCommits() throws Exception {
    String paymentId = read(() -> payments.register(new PaymentRequest("IT-EVENT-" + UUID.randomUUID(),
        new BigDecimal("10.00"), null, null, new Payor("John", "Smith", null, null), PAYEE), null, null)).paymentId();

    userTransaction.begin();
    payments.record(paymentId, TimelineSource.SYSTEM, "PAYMENT_REQUESTED", "rolled back");
    userTransaction.rollback();
    assertTrue(outbox.ofPayment(paymentId).isEmpty(), "no event for a change that never happened");

    userTransaction.begin();
    payments.record(paymentId, TimelineSource.SYSTEM, "PAYMENT_REQUESTED", "committed");
    userTransaction.commit();
    List<LenderEvent> events = outbox.ofPayment(paymentId);
    assertEquals(List.of(LenderEventType.CREATED), events.stream().map(LenderEvent::type).toList());
    assertEquals(1, events.get(0).sequence());
    // the dispatcher places it in the feed and, with no receiver configured, delivers it to nobody
    await(() -> outbox.find(events.get(0).id()).map(e -> e.position() != null
        && e.delivery() == LenderEvent.Delivery.NOT_SUBSCRIBED).orElse(false), Duration.ofSeconds(30));
  }

  /** Reads in a transaction of its own, as the product's services do. */
  private <T> T read(Supplier<T> query) {
    try {
      userTransaction.begin();
      try {
        return query.get();
      } finally {
        userTransaction.commit();
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private GeftPayment payment(String paymentId) {
    return read(() -> payments.get(paymentId));
  }

  private void awaitEnded(String processInstanceId) throws Exception {
    await(() -> runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0,
        Duration.ofSeconds(30));
  }

  private Task awaitTask(String processInstanceId, String taskKey) throws Exception {
    await(() -> tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).count() == 1,
        Duration.ofSeconds(30));
    Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
    assertTrue(tasks.getIdentityLinksForTask(task.getId()).stream().anyMatch(l -> "operations".equals(l.getGroupId())));
    return task;
  }

  private List<TimelineEntry> timeline(GeftPayment payment) {
    return read(() -> payments.timeline(payment.paymentId()));
  }

  private static void await(BooleanSupplier condition, Duration limit) {
    Awaitility.await().atMost(limit).until(condition::getAsBoolean);
  }
}
