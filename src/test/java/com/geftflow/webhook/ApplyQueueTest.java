package com.geftflow.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ApplyQueueTest {

  private final ExecutorService threads = Executors.newFixedThreadPool(16);

  @AfterEach
  void stop() {
    threads.shutdownNow();
  }

  @Test
  void appliesEveryDeliveryOnceWithAtMostTheAppliersAtATime() throws Exception {
    AtomicInteger busy = new AtomicInteger();
    AtomicInteger mostBusy = new AtomicInteger();
    List<String> applied = new CopyOnWriteArrayList<>();
    CountDownLatch open = new CountDownLatch(1);
    ApplyQueue queue = new ApplyQueue(3, 1_000, threads, id -> {
      mostBusy.accumulateAndGet(busy.incrementAndGet(), Math::max);
      awaitQuietly(open);
      applied.add(id);
      busy.decrementAndGet();
    });

    // offered from many request threads at once, as the receiver does
    IntStream.range(0, 200).parallel().forEach(i -> assertThat(queue.offer("d" + i)).isTrue());
    await().until(() -> busy.get() == 3);
    assertThat(queue.holds("d7")).isTrue();
    open.countDown();

    await().atMost(10, TimeUnit.SECONDS).until(() -> applied.size() == 200);
    assertThat(applied).doesNotHaveDuplicates();
    assertThat(mostBusy.get()).isEqualTo(3);
    assertThat(queue.holds("d7")).isFalse();
  }

  @Test
  void leavesToTheSweepWhatItAlreadyHoldsOrHasNoRoomFor() {
    CountDownLatch never = new CountDownLatch(1);
    ApplyQueue queue = new ApplyQueue(1, 2, threads, id -> awaitQuietly(never));

    assertThat(queue.offer("a")).isTrue();
    assertThat(queue.offer("a")).isFalse();
    assertThat(queue.offer("b")).isTrue();
    assertThat(queue.offer("c")).isFalse();
    assertThat(queue.holds("c")).isFalse();
    never.countDown();
  }

  @Test
  void aDeliveryWhoseApplierWasRefusedIsAppliedOnResume() {
    AtomicReference<Boolean> refusing = new AtomicReference<>(true);
    List<String> applied = new CopyOnWriteArrayList<>();
    ApplyQueue queue = new ApplyQueue(2, 10, task -> {
      if (refusing.get()) {
        throw new java.util.concurrent.RejectedExecutionException("shutting down");
      }
      threads.execute(task);
    }, applied::add);

    assertThat(queue.offer("a")).isTrue();
    assertThat(queue.holds("a")).isTrue();
    assertThat(applied).isEmpty();

    refusing.set(false);
    queue.resume();
    await().atMost(5, TimeUnit.SECONDS).until(() -> applied.equals(List.of("a")));
  }

  @Test
  void anApplierThatThrowsDoesNotStopTheOthers() {
    ConcurrentHashMap<String, Boolean> applied = new ConcurrentHashMap<>();
    ApplyQueue queue = new ApplyQueue(1, 10, threads, id -> {
      if (id.equals("bad")) {
        throw new IllegalStateException("database gone");
      }
      applied.put(id, true);
    });

    queue.offer("bad");
    queue.offer("good");
    // the applier thread dies of it, as a pool thread would: the next one takes over
    await().dontCatchUncaughtExceptions().atMost(5, TimeUnit.SECONDS).until(() -> applied.containsKey("good"));
    assertThat(queue.holds("bad")).isFalse();
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
