package com.geftflow.process;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;

/** Engine tests: the job executor's part, on the engine's clock ({@link ClockUtil}) that the test moves. */
final class EngineTime {

  private final ManagementService management;
  private final Supplier<JobQuery> jobs;

  /** @param jobs the jobs this test runs (e.g. one process instance's) */
  EngineTime(ManagementService management, Supplier<JobQuery> jobs) {
    this.management = management;
    this.jobs = jobs;
  }

  /** Moves the clock in steps, running every job that falls due on the way, as the job executor would. */
  void pass(Duration duration) {
    Instant end = ClockUtil.getCurrentTime().toInstant().plus(duration);
    while (true) {
      runDueJobs();
      Job next = jobs.get().timers().orderByJobDuedate().asc().list().stream().findFirst().orElse(null);
      if (next == null || next.getDuedate().toInstant().isAfter(end)) {
        ClockUtil.setCurrentTime(Date.from(end));
        runDueJobs();
        return;
      }
      ClockUtil.setCurrentTime(next.getDuedate());
    }
  }

  /** Runs the jobs due now, and those they make due; one that an earlier job removed is skipped. */
  void runDueJobs() {
    for (int i = 0; i < 100; i++) {
      List<Job> due = jobs.get().executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.stream().filter(job -> management.createJobQuery().jobId(job.getId()).count() > 0)
          .forEach(job -> management.executeJob(job.getId()));
    }
    throw new AssertionError("jobs keep falling due: a loop in the model?");
  }
}
