package com.geftflow.webhook;

import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The deliveries just stored, applied in arrival order by at most {@code appliers} threads at a
 * time, so that in a burst the threads and the CPU stay free for the acknowledgements, and a
 * delivery waits for a free applier rather than for the next sweep. Memory only: every delivery is
 * stored before it is offered, and one lost with the node is applied by the sweep after a restart.
 */
final class ApplyQueue {

  private final int appliers;
  private final int capacity;
  private final Executor executor;
  private final Consumer<String> apply;
  private final Queue<String> waiting = new ConcurrentLinkedQueue<>();
  private final Set<String> held = ConcurrentHashMap.newKeySet();
  private final AtomicInteger running = new AtomicInteger();

  ApplyQueue(int appliers, int capacity, Executor executor, Consumer<String> apply) {
    this.appliers = appliers;
    this.capacity = capacity;
    this.executor = executor;
    this.apply = apply;
  }

  /** @return false when the queue is full or holds it already: the sweep applies it */
  boolean offer(String deliveryId) {
    if (held.size() >= capacity || !held.add(deliveryId)) {
      return false;
    }
    waiting.add(deliveryId);
    startApplier();
    return true;
  }

  /** Queued or being applied: the sweep leaves it alone. */
  boolean holds(String deliveryId) {
    return held.contains(deliveryId);
  }

  /** Starts an applier for deliveries left waiting when the executor refused one. */
  void resume() {
    if (!waiting.isEmpty()) {
      startApplier();
    }
  }

  private void startApplier() {
    for (int now = running.get(); now < appliers; now = running.get()) {
      if (running.compareAndSet(now, now + 1)) {
        try {
          executor.execute(this::drain);
        } catch (RejectedExecutionException later) {
          // the deliveries stay queued: the next offer or resume() starts an applier
          running.decrementAndGet();
        }
        return;
      }
    }
  }

  private void drain() {
    try {
      for (String deliveryId = waiting.poll(); deliveryId != null; deliveryId = waiting.poll()) {
        try {
          apply.accept(deliveryId);
        } finally {
          held.remove(deliveryId);
        }
      }
    } finally {
      running.decrementAndGet();
      // one offered after this applier's last poll, while every applier was busy
      resume();
    }
  }
}
