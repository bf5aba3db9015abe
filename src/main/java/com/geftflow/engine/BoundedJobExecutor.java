package com.geftflow.engine;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.cdi.impl.ManagedJobExecutor;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;

/**
 * Camunda's job executor on the container's managed executor, with at most {@code maxRunning} job
 * batches at a time. The managed executor is unbounded and shared with the requests: without a
 * bound, a burst of jobs (webhooks waking a thousand payments) takes every thread and all the CPU,
 * and Flinks waits for its webhook acknowledgements. A batch over the bound is handed back to the
 * acquisition, which submits it again in its next cycle and backs off meanwhile.
 *
 * <p>It stops gracefully: the engine closes only once the acquisition has ended and the running
 * batches have finished, so that a stopping node commits the jobs it is running instead of leaving
 * them half done under its lock (Camunda's {@link ManagedJobExecutor} returns at once).
 */
class BoundedJobExecutor extends ManagedJobExecutor {

  private static final Logger LOG = Logger.getLogger(BoundedJobExecutor.class.getName());
  /** As long as Liberty's quiesce period: a job still running then rolls back with the server. */
  private static final Duration STOP_WAIT = Duration.ofSeconds(30);

  private final ManagedExecutorService executor;
  private final int maxRunning;
  private final Semaphore running;
  private volatile CountDownLatch acquiring = new CountDownLatch(0);

  BoundedJobExecutor(ManagedExecutorService executor, int maxRunning) {
    super(executor);
    this.executor = executor;
    this.maxRunning = maxRunning;
    this.running = new Semaphore(maxRunning);
  }

  @Override
  public void executeJobs(List<String> jobIds, ProcessEngineImpl processEngine) {
    if (!running.tryAcquire()) {
      rejectedJobsHandler.jobsRejected(jobIds, processEngine, this);
      return;
    }
    try {
      execute(getExecuteJobsRunnable(jobIds, processEngine), running::release);
    } catch (RejectedExecutionException e) {
      running.release();
      logRejectedExecution(processEngine, jobIds.size());
      rejectedJobsHandler.jobsRejected(jobIds, processEngine, this);
    }
  }

  @Override
  protected void startExecutingJobs() {
    CountDownLatch acquisition = new CountDownLatch(1);
    try {
      execute(acquireJobsRunnable, acquisition::countDown);
    } catch (RejectedExecutionException e) {
      throw new ProcessEngineException("Could not start the job acquisition", e);
    }
    acquiring = acquisition;
  }

  /** Runs {@code work} on the managed executor, then {@code done}, however the work ends. */
  private void execute(Runnable work, Runnable done) {
    executor.execute(() -> {
      try {
        work.run();
      } finally {
        done.run();
      }
    });
  }

  /** Called once the acquisition was told to stop; the batches it submitted until then still run. */
  @Override
  protected void stopExecutingJobs() {
    long deadline = System.nanoTime() + STOP_WAIT.toNanos();
    try {
      boolean stopped = acquiring.await(STOP_WAIT.toNanos(), TimeUnit.NANOSECONDS)
          && running.tryAcquire(maxRunning, deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (stopped) {
        running.release(maxRunning);
      } else {
        LOG.warning(() -> "Job batches still running after " + STOP_WAIT.toSeconds() + " s: their jobs stay locked"
            + " until this node starts again or their lock time runs out");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
