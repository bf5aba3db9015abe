package com.geftflow.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Job executor tuning, from MicroProfile Config so that each node can be tuned without a rebuild. */
@ApplicationScoped
public class EngineSettings {

  @Inject
  @ConfigProperty(name = "geft.job-executor.active", defaultValue = "true")
  boolean jobExecutorActive;

  /** How long an idle acquisition waits before looking again; Camunda's 5 s default delays short timers. */
  @Inject
  @ConfigProperty(name = "geft.job-executor.wait-millis", defaultValue = "500")
  int waitMillis;

  @Inject
  @ConfigProperty(name = "geft.job-executor.max-wait-millis", defaultValue = "5000")
  long maxWaitMillis;

  @Inject
  @ConfigProperty(name = "geft.job-executor.jobs-per-acquisition", defaultValue = "16")
  int jobsPerAcquisition;

  public boolean jobExecutorActive() {
    return jobExecutorActive;
  }

  public int jobAcquisitionWaitMillis() {
    return waitMillis;
  }

  public long jobAcquisitionMaxWaitMillis() {
    return maxWaitMillis;
  }

  public int jobsPerAcquisition() {
    return jobsPerAcquisition;
  }
}
