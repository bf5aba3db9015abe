package com.geftflow.engine;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BoundedJobExecutorTest {

  private final ExecutorService threads = Executors.newCachedThreadPool();

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  @Test
  void stoppingWaitsForTheRunningBatchToFinish() {
    ManagedExecutorService managed = mock(ManagedExecutorService.class);
    doAnswer(call -> {
      threads.execute(call.getArgument(0));
      return null;
    }).when(managed).execute(any(Runnable.class));
    AtomicBoolean batchFinished = new AtomicBoolean();
    CompletableFuture<Thread> stopper = new CompletableFuture<>();
    BoundedJobExecutor jobExecutor = new BoundedJobExecutor(managed, 2) {
      @Override
      public Runnable getExecuteJobsRunnable(List<String> jobIds, ProcessEngineImpl processEngine) {
        // the batch is still running when the stop waits, or has returned
        return () -> {
          Thread stopping = stopper.join();
          await().atMost(Duration.ofSeconds(20)).until(() -> EnumSet.of(Thread.State.WAITING,
              Thread.State.TIMED_WAITING, Thread.State.TERMINATED).contains(stopping.getState()));
          batchFinished.set(true);
        };
      }
    };
    jobExecutor.start();
    jobExecutor.executeJobs(List.of("job"), null);

    AtomicBoolean finishedWhenStopped = new AtomicBoolean();
    Thread stopping = new Thread(() -> {
      jobExecutor.shutdown();
      finishedWhenStopped.set(batchFinished.get());
    });
    stopper.complete(stopping);
    stopping.start();

    await().atMost(Duration.ofSeconds(30)).until(() -> stopping.getState() == Thread.State.TERMINATED);
    assertTrue(finishedWhenStopped.get(), "the engine closes after the batch it was running");
  }
}
