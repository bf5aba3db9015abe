package com.geftflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GeftPaymentModelTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  @Test
  @Deployment(resources = "bpmn/geft-payment.bpmn")
  void everyDeployedModelIsExecutableAndKeepsItsHistoryForTenYears(ProcessEngine processEngine) {
    ProcessDefinition definition = processEngine.getRepositoryService()
        .createProcessDefinitionQuery().processDefinitionKey("geft-payment").singleResult();

    assertThat(definition).isNotNull();
    assertThat(definition.getHistoryTimeToLive()).isEqualTo(3650);
  }

  @Test
  @Deployment(resources = "bpmn/geft-payment.bpmn")
  void skeletonRunsFromRequestToRecord(ProcessEngine processEngine) {
    ProcessInstance instance = processEngine.getRuntimeService()
        .startProcessInstanceByKey("geft-payment", "REF-1");

    assertThat(instance).isEnded().hasPassed("PaymentRequested", "PaymentRecorded");
  }
}
