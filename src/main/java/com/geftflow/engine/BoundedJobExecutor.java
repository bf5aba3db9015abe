package com.geftflow.engine;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import org.camunda.bpm.engine.cdi.impl.ManagedJobExecutor;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;

/**
 * Camunda's job executor on the container's managed executor, with at most {@code maxRunning} job
 * batches at a time. The managed executor is unbounded and shared with the requests: without a
 * bound, a burst of jobs (webhooks waking a thousand payments) takes every thread and all the CPU,
 * and Flinks waits for its webhook acknowledgements. A batch over the bound is handed back to the
 * acquisition, which submits it again in its next cycle and backs off meanwhile.
 */
class BoundedJobExecutor extends ManagedJobExecutor {

  private final ManagedExecutorService executor;
  private final Semaphore running;

  BoundedJobExecutor(ManagedExecutorService executor, int maxRunning) {
    super(executor);
    this.executor = executor;
    this.running = new Semaphore(maxRunning);
  }

  @Override
  public void executeJobs(List<String> jobIds, ProcessEngineImpl processEngine) {
    if (!running.tryAcquire()) {
      rejectedJobsHandler.jobsRejected(jobIds, processEngine, this);
      return;
    }
    Runnable jobs = getExecuteJobsRunnable(jobIds, processEngine);
    try {
      executor.execute(() -> {
        try {
          jobs.run();
        } finally {
          running.release();
        }
      });
    } catch (RejectedExecutionException e) {
      running.release();
      logRejectedExecution(processEngine, jobIds.size());
      rejectedJobsHandler.jobsRejected(jobIds, processEngine, this);
    }
  }
}
