package com.geftflow.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.camunda.bpm.BpmPlatform;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the Camunda engine runs and its database answers a query. */
@Readiness
@ApplicationScoped
public class EngineReadinessCheck implements HealthCheck {

  static final String NAME = "camunda-engine";

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
    ProcessEngine engine = BpmPlatform.getProcessEngineService().getDefaultProcessEngine();
    if (engine == null) {
      return response.down().withData("reason", "engine not started").build();
    }
    try {
      long deployments = engine.getRepositoryService().createDeploymentQuery().count();
      ProcessEngineConfigurationImpl configuration =
          (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
      return response.up()
          .withData("engine", engine.getName())
          .withData("database", configuration.getDatabaseType())
          .withData("deployments", deployments)
          .withData("jobExecutorActive", configuration.getJobExecutor().isActive())
          .build();
    } catch (RuntimeException databaseDown) {
      return response.down().withData("engine", engine.getName())
          .withData("reason", "database query failed: " + databaseDown.getClass().getSimpleName())
          .build();
    }
  }
}
