package com.geftflow.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.cdi.impl.ManagedJobExecutor;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The engine set-up of the product's WAR, running in Payara Micro exactly as on Liberty. */
abstract class EngineChecks {

  private static final String MODEL = "arquillian/delegate-and-timer.bpmn";

  @Inject
  ProcessEngine engine;

  @Inject
  RuntimeService runtime;

  @Inject
  HistoryService history;

  @Inject
  ProbeDelegate probe;

  @Inject
  UserTransaction userTransaction;

  @Test
  void engineIsConfiguredForTheContainer() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

    assertEquals("default", engine.getName());
    assertEquals(HistoryLevel.HISTORY_LEVEL_FULL, configuration.getHistoryLevel());
    assertInstanceOf(StrongUuidGenerator.class, configuration.getIdGenerator());
    assertTrue(configuration.isTransactionsExternallyManaged());
    assertInstanceOf(ManagedJobExecutor.class, configuration.getJobExecutor());
    assertTrue(configuration.getJobExecutor().isActive());
    assertEquals(1, engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("geft-payment").latestVersion().count());
    assertEquals(3, engine.getIdentityService().createGroupQuery().groupIdIn("camunda-admin", "operations", "auditor")
        .count(), "the roles' groups");
  }

  @Test
  void cdiDelegateRunsBeforeAndAfterATimerFiredByTheManagedJobExecutor() throws Exception {
    String businessKey = "timer-" + UUID.randomUUID();
    String instanceId = deployAndStart(businessKey);

    HistoricProcessInstance finished = awaitEnd(instanceId, Duration.ofSeconds(60));

    assertEquals(HistoricProcessInstance.STATE_COMPLETED, finished.getState());
    List<ProbeDelegate.Call> calls = probe.callsFor(businessKey);
    assertEquals(List.of("BeforeTimer", "AfterTimer"), calls.stream().map(ProbeDelegate.Call::activityId).toList());
    assertTrue(calls.stream().allMatch(ProbeDelegate.Call::inActiveTransaction), "delegates run in a JTA transaction");
    assertFalse(calls.get(0).thread().equals(calls.get(1).thread()),
        "the second call runs on a job executor thread, not on the caller's");
  }

  @Test
  void aRolledBackJtaTransactionLeavesNoProcessInstance() throws Exception {
    String businessKey = "rollback-" + UUID.randomUUID();
    ensureModelDeployed();
    userTransaction.begin();
    try {
      runtime.startProcessInstanceByKey("delegate-and-timer", businessKey);
    } finally {
      userTransaction.rollback();
    }

    assertEquals(0, history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).count());
    assertEquals(1, probe.callsFor(businessKey).size(), "the delegate ran inside the rolled-back transaction");
  }

  private void ensureModelDeployed() {
    RepositoryService repository = engine.getRepositoryService();
    if (repository.createProcessDefinitionQuery().processDefinitionKey("delegate-and-timer").count() == 0) {
      repository.createDeployment().name("arquillian-probe").addClasspathResource(MODEL).deploy();
    }
  }

  private String deployAndStart(String businessKey) {
    ensureModelDeployed();
    String id = runtime.startProcessInstanceByKey("delegate-and-timer", businessKey).getId();
    assertNotNull(id);
    return id;
  }

  private HistoricProcessInstance awaitEnd(String instanceId, Duration limit) {
    return Awaitility.await("process instance " + instanceId + " ending").atMost(limit)
        .until(() -> history.createHistoricProcessInstanceQuery().processInstanceId(instanceId).singleResult(),
            instance -> instance != null && instance.getEndTime() != null);
  }
}
