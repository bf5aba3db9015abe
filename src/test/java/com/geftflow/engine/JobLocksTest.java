package com.geftflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A node that restarts frees the jobs its dead run had locked, and no other node's. */
class JobLocksTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  @Test
  void releasesTheJobsLockedUnderThisNodesNameOnly(ProcessEngine processEngine) throws Exception {
    String deployment = processEngine.getRepositoryService().createDeployment().addModelInstance("locks.bpmn",
        Bpmn.createExecutableProcess("locks").camundaHistoryTimeToLive(1).startEvent()
            .serviceTask().camundaAsyncBefore().camundaExpression("${true}").endEvent().done()).deploy().getId();
    try {
      List<String> jobs = List.of(start(processEngine), start(processEngine), start(processEngine));
      lock(processEngine, jobs.get(0), "node-a:9080");
      lock(processEngine, jobs.get(1), "node-a:9080");
      lock(processEngine, jobs.get(2), "node-b:9080");
      JobLocks locks = new JobLocks();
      locks.dataSource = configuration(processEngine).getDataSource();

      int released = locks.releaseHeldBy("node-a:9080", processEngine.getManagementService().getTableName(Job.class));

      assertThat(released).isEqualTo(2);
      assertThat(lockOwner(processEngine, jobs.get(0))).isNull();
      assertThat(lockOwner(processEngine, jobs.get(1))).isNull();
      assertThat(lockOwner(processEngine, jobs.get(2))).isEqualTo("node-b:9080");
    } finally {
      processEngine.getRepositoryService().deleteDeployment(deployment, true);
    }
  }

  private static String start(ProcessEngine engine) {
    String instance = engine.getRuntimeService().startProcessInstanceByKey("locks").getId();
    return engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult().getId();
  }

  private static ProcessEngineConfigurationImpl configuration(ProcessEngine engine) {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  /** As a job executor leaves a job it took: owner and expiry set. */
  private static void lock(ProcessEngine engine, String jobId, String owner) throws Exception {
    try (Connection c = configuration(engine).getDataSource().getConnection();
        PreparedStatement update = c.prepareStatement(
            "UPDATE ACT_RU_JOB SET LOCK_OWNER_ = ?, LOCK_EXP_TIME_ = ? WHERE ID_ = ?")) {
      update.setString(1, owner);
      update.setTimestamp(2, Timestamp.from(Instant.now().plus(3, ChronoUnit.MINUTES)));
      update.setString(3, jobId);
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }

  private static String lockOwner(ProcessEngine engine, String jobId) throws Exception {
    try (Connection c = configuration(engine).getDataSource().getConnection();
        PreparedStatement select = c.prepareStatement("SELECT LOCK_OWNER_ FROM ACT_RU_JOB WHERE ID_ = ?")) {
      select.setString(1, jobId);
      var rows = select.executeQuery();
      assertThat(rows.next()).isTrue();
      return rows.getString(1);
    }
  }
}
