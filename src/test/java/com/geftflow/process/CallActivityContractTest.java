package com.geftflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import com.geftflow.events.LenderEventType;
import com.geftflow.flinks.FlinksStatus;
import com.geftflow.flinks.FlinksStub;
import com.geftflow.payment.CheckReason;
import com.geftflow.payment.CheckoutTokens;
import com.geftflow.payment.GeftPayment;
import com.geftflow.payment.InMemoryPayments;
import com.geftflow.payment.PaymentLifecycle;
import com.geftflow.payment.PaymentState;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The call-activity contract (docs/embedding.md) through {@code loan-funding-example}: the real
 * models, delegates and lifecycle, the records in memory, Flinks a stub, the engine's clock moved.
 */
@Deployment(resources = {"bpmn/geft-payment.bpmn", "bpmn/geft-late-outcome.bpmn", "bpmn/geft-cancel-at-flinks.bpmn",
    "bpmn/loan-funding-example.bpmn"})
class CallActivityContractTest {

  private static final Instant APPROVED = Instant.parse("2026-11-30T14:00:00Z");

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  private final FlinksStub flinks = new FlinksStub();
  private final InMemoryPayments payments = new InMemoryPayments(InMemoryPayments.defaults());
  private final PaymentLifecycle lifecycle = payments.lifecycle(flinks);
  private final EngineTime time = new EngineTime(engine.getManagementService(), () -> engine.getManagementService().createJobQuery());

  @BeforeEach
  void registerTheRealDelegates() {
    ClockUtil.setCurrentTime(Date.from(APPROVED));
    RealDelegates.register(lifecycle);
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    Mocks.reset();
  }

  private static Map<String, Object> loan(String reference) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("referenceId", reference);
    variables.put("amount", "750.00");
    variables.put("payorFirstName", "Jane");
    variables.put("payorLastName", "Doe");
    variables.put("payorEmail", "jane@example.com");
    return variables;
  }

  private ProcessInstance approve(Map<String, Object> variables) {
    ProcessInstance loan = runtimeService().startProcessInstanceByKey("loan-funding-example",
        (String) variables.get("referenceId"), variables);
    runDueJobs();
    return loan;
  }

  private ProcessInstance child(ProcessInstance loan) {
    return runtimeService().createProcessInstanceQuery().superProcessInstanceId(loan.getId()).singleResult();
  }

  private GeftPayment paymentOf(ProcessInstance child) {
    return payments.findByProcessInstance(child.getId()).orElseThrow();
  }

  private Task task(ProcessInstance loan, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(loan.getId()).taskDefinitionKey(key)
        .singleResult();
  }

  @Test
  void theParentHasTheLinkBeforeTheBorrowerActsAndDisbursesOnceThePaymentIsScheduled() {
    ProcessInstance loan = approve(loan("LOAN-7"));
    ProcessInstance child = child(loan);
    GeftPayment payment = paymentOf(child);

    // the borrower has done nothing; Flinks was asked for the session only
    assertThat(flinks.calls("status")).isZero();
    Task send = task(loan, "SendCheckoutLink");
    assertThat(send).as("the loan officer's task with the link").isNotNull();
    Map<String, Object> seen = engine.getTaskService().getVariables(send.getId());
    String url = (String) seen.get(GeftVariables.CHECKOUT_URL);
    assertThat(url).startsWith(RealDelegates.CHECKOUT_BASE + "/checkout/" + payment.paymentId() + "?token=");
    assertThat(CheckoutTokens.valid(payment, url.substring(url.indexOf("token=") + 6))).isTrue();
    assertThat(((Date) seen.get(GeftVariables.CHECKOUT_EXPIRES_AT)).toInstant())
        .isEqualTo(payment.checkoutTokenExpiresAt().toInstant());
    assertThat(seen).containsEntry(GeftVariables.PAYMENT_ID, payment.paymentId())
        .containsEntry(EmailCheckoutLinkDelegate.EMAILED, false);

    // hours later the borrower uses the link and pays
    passTime(Duration.ofHours(5));
    flinks.moveTo(payment.sessionId(), "Completed", FlinksStatus.EFT0301_SCHEDULED);
    borrower(child, payment, "SUCCESS");

    assertThat(child).isEnded();
    assertThat(task(loan, "DisburseLoan")).isNotNull();
    assertThat(runtimeService().getVariables(loan.getId())).containsEntry(GeftVariables.OUTCOME, "SCHEDULED")
        .containsEntry(GeftVariables.SCHEDULED_AMOUNT, "750.00");
    assertThat(payments.events(payment.paymentId())).containsExactly(LenderEventType.CREATED,
        LenderEventType.CHECKOUT_READY, LenderEventType.SCHEDULED);
  }

  @Test
  void aWithdrawnLoanCancelsThePaymentAtFlinksAndLeavesNothingRunning() {
    ProcessInstance loan = approve(loan("LOAN-8"));
    ProcessInstance child = child(loan);
    GeftPayment payment = paymentOf(child);

    runtimeService().createMessageCorrelation("LoanWithdrawn").processInstanceId(loan.getId()).correlate();
    assertThat(flinks.calls("cancel")).as("asked once the withdrawal committed").isZero();
    runDueJobs();

    assertThat(child).isEnded();
    assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(GeftProcess.KEY).count()).isZero();
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(child.getId()).count()).isZero();
    assertThat(flinks.calls("cancel")).isEqualTo(1);
    assertThat(flinks.status(payment.sessionId()).statusDetails()).isEqualTo(FlinksStatus.EFT0501_CANCELED);
    assertThat(payment.state()).isEqualTo(PaymentState.CANCELED);
    assertThat(loan).hasPassed("WithdrawnEnd");
    assertThat(payments.events(payment.paymentId())).endsWith(LenderEventType.CANCELED);
  }

  @Test
  void aLoanSystemGrantedOnlyItsOwnProcessCanWithdrawTheLoan() {
    ProcessInstance loan = approve(loan("LOAN-10"));
    GeftPayment payment = paymentOf(child(loan));
    AuthorizationService authorizations = engine.getAuthorizationService();
    Authorization own = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    own.setUserId("loan-system");
    own.setResource(Resources.PROCESS_DEFINITION);
    own.setResourceId("loan-funding-example");
    own.addPermission(ProcessDefinitionPermissions.UPDATE_INSTANCE);
    authorizations.saveAuthorization(own);
    engine.getProcessEngineConfiguration().setAuthorizationEnabled(true);
    engine.getIdentityService().setAuthenticatedUserId("loan-system");
    try {
      runtimeService().createMessageCorrelation("LoanWithdrawn").processInstanceId(loan.getId()).correlate();
    } finally {
      engine.getIdentityService().clearAuthentication();
      engine.getProcessEngineConfiguration().setAuthorizationEnabled(false);
      authorizations.deleteAuthorization(own.getId());
    }

    runDueJobs();
    assertThat(loan).hasPassed("WithdrawnEnd");
    assertThat(payment.state()).isEqualTo(PaymentState.CANCELED);
  }

  @Test
  void anOfferThatLapsesWhileThePadSignatureIsAwaitedEndsTheLoanAndTheLaterSignatureIsALateOutcome() {
    ProcessInstance loan = approve(loan("LOAN-9"));
    ProcessInstance child = child(loan);
    GeftPayment payment = paymentOf(child);
    passTime(Duration.ofHours(1));
    // the borrower chose a PAD and does not sign it
    flinks.moveTo(payment.sessionId(), "Completed", FlinksStatus.EFT0302_PAD_PENDING);
    borrower(child, payment, "PAD_PENDING");
    assertThat(payment.state()).isEqualTo(PaymentState.PAD_PENDING);

    passTime(Duration.ofDays(8));

    assertThat(loan).hasPassed("LapsedEnd");
    assertThat(child).isEnded();
    // Flinks was asked to cancel and refused: a completed session cannot be; the record keeps Flinks' word
    assertThat(flinks.calls("cancel")).isEqualTo(1);
    assertThat(payments.kinds(payment.paymentId())).contains("CANCEL_REFUSED");
    assertThat(payment.state()).isEqualTo(PaymentState.PAD_PENDING);

    flinks.moveTo(payment.sessionId(), "Completed", FlinksStatus.EFT0301_SCHEDULED);
    lifecycle.followAfterEnd(payment.paymentId());

    assertThat(payment.state()).isEqualTo(PaymentState.SCHEDULED);
    assertThat(payments.events(payment.paymentId())).containsExactly(LenderEventType.CREATED,
        LenderEventType.CHECKOUT_READY, LenderEventType.PAD_PENDING, LenderEventType.LATE_OUTCOME);
  }

  @Test
  void invalidInputRaisesGeftRejectedWithTheFieldErrorsToTheParentNotAnIncident() {
    Map<String, Object> input = loan("LOAN-10");
    input.put("amount", "-5");
    input.remove("payorLastName");

    ProcessInstance loan = approve(input);

    assertThat(runtimeService().createIncidentQuery().count()).isZero();
    assertThat(task(loan, "ArrangeOtherPayment")).isNotNull();
    String rejection = (String) runtimeService().getVariable(loan.getId(), "geftRejection");
    assertThat(rejection).contains("amount").contains("payor.lastName");
    assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(GeftProcess.KEY).count()).isZero();
    assertThat(flinks.sessionsCreated()).isZero();
    GeftPayment rejected = payments.withReference("LOAN-10").get(0);
    assertThat(rejected.state()).isEqualTo(PaymentState.REJECTED);
    assertThat(payments.events(rejected.paymentId())).containsExactly(LenderEventType.CREATED,
        LenderEventType.REJECTED);
  }

  @Test
  void aCallerThatDoesNotCatchGeftRejectedGoesOnWithTheRejectedOutcome() {
    engine.getRepositoryService().createDeployment().addModelInstance("plain-parent.bpmn",
        Bpmn.createExecutableProcess("plain-parent").camundaHistoryTimeToLive(1).startEvent()
            .callActivity("Pay").calledElement(GeftProcess.KEY).camundaIn("referenceId", "referenceId")
            .camundaOut(GeftVariables.OUTCOME, GeftVariables.OUTCOME).userTask("After").endEvent().done()).deploy();

    ProcessInstance parent = runtimeService().startProcessInstanceByKey("plain-parent", Map.of("referenceId", "LOAN-12"));

    assertThat(parent).isWaitingAt("After");
    assertThat(runtimeService().getVariable(parent.getId(), GeftVariables.OUTCOME)).isEqualTo("REJECTED");
    assertThat(runtimeService().createIncidentQuery().count()).isZero();
  }

  @Test
  void aCallerTakingAllVariablesFindsEveryOutputEvenThoseFlinksNeverGave() {
    engine.getRepositoryService().createDeployment().addString("all-parent.bpmn", """
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
            targetNamespace="test">
          <process id="all-parent" isExecutable="true" camunda:historyTimeToLive="1">
            <startEvent id="Start"/>
            <sequenceFlow id="f1" sourceRef="Start" targetRef="Pay"/>
            <callActivity id="Pay" calledElement="geft-payment">
              <extensionElements><camunda:in variables="all"/><camunda:out variables="all"/></extensionElements>
            </callActivity>
            <sequenceFlow id="f2" sourceRef="Pay" targetRef="After"/>
            <userTask id="After"/>
            <sequenceFlow id="f3" sourceRef="After" targetRef="End"/>
            <endEvent id="End"/>
          </process>
        </definitions>""").deploy();

    ProcessInstance parent = runtimeService().startProcessInstanceByKey("all-parent", Map.of("referenceId", "LOAN-13"));

    assertThat(parent).isWaitingAt("After");
    assertThat(runtimeService().getVariables(parent.getId())).containsKeys(GeftVariables.OUTPUTS.toArray(String[]::new))
        .containsEntry(GeftVariables.OUTCOME, "REJECTED").containsEntry(GeftVariables.SESSION_ID, null)
        .doesNotContainKey(GeftVariables.PAYOR_NAME);
  }

  @Test
  void aBorrowerWhoLetsTheLinkExpireIsRemindedOnceAndGetsANewLinkThenAnotherPaymentMethodIsArranged() {
    ProcessInstance loan = approve(loan("LOAN-11"));
    GeftPayment first = paymentOf(child(loan));

    passTime(Duration.ofDays(7).plusMinutes(1));
    assertThat(first.state()).isEqualTo(PaymentState.EXPIRED);
    complete(task(loan, "SendCheckoutLink"));
    complete(task(loan, "RemindBorrower"));
    runDueJobs();

    GeftPayment second = paymentOf(child(loan));
    assertThat(second.paymentId()).isNotEqualTo(first.paymentId());
    Task send = task(loan, "SendCheckoutLink");
    assertThat((String) engine.getTaskService().getVariable(send.getId(), GeftVariables.CHECKOUT_URL))
        .contains(second.paymentId());

    passTime(Duration.ofDays(7).plusMinutes(1));
    assertThat(second.state()).isEqualTo(PaymentState.EXPIRED);
    assertThat(task(loan, "ArrangeOtherPayment")).as("no second reminder").isNotNull();
    assertThat(task(loan, "RemindBorrower")).isNull();
  }

  private void complete(Task task) {
    engine.getTaskService().complete(task.getId());
  }

  private void borrower(ProcessInstance child, GeftPayment payment, String step) {
    CheckReason wake = lifecycle.borrowerStep(payment.paymentId(), step);
    if (wake != null) {
      runtimeService().createMessageCorrelation(GeftProcess.STATUS_CHANGED).processInstanceId(child.getId())
          .setVariable(GeftVariables.CHECK_REASON, wake.name()).correlateAll();
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
