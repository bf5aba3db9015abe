package com.geftflow.engine;

import jakarta.enterprise.context.Dependent;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@code geft.job-executor.*}: job executor tuning, per node and without a rebuild. */
// @Dependent makes it a bean under annotated discovery; without it SmallRye finds no mapping
@Dependent
@ConfigProperties(prefix = "geft.job-executor")
public class EngineSettings {

  /** false on a node that serves requests but runs no jobs. */
  public boolean active;

  /** How long an idle acquisition waits before looking again; Camunda's 5 s default delays short timers. */
  @ConfigProperty(name = "wait-millis")
  public int waitMillis;

  @ConfigProperty(name = "max-wait-millis")
  public long maxWaitMillis;

  @ConfigProperty(name = "jobs-per-acquisition")
  public int jobsPerAcquisition;

  /** How many job batches run at once on this node; the others wait for the next acquisition cycle. */
  @ConfigProperty(name = "max-running")
  public int maxRunning;

  /**
   * How long a node holds a job it took. Longer than the longest job (a status check: two Flinks
   * calls of up to three 20 s attempts each), else a second node could run it too; a node that
   * died holds its jobs this long, unless it restarts first and releases them ({@link JobLocks}).
   */
  @ConfigProperty(name = "lock-time")
  public Duration lockTime;
}
