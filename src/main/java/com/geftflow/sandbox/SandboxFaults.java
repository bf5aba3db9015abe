package com.geftflow.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

/** Misbehaviour to test against, changed at run time through {@code /sandbox/flinks/admin/faults}. */
@ApplicationScoped
public class SandboxFaults {

  /**
   * @param webhookCopies each webhook is delivered this many times (duplicates)
   * @param webhookDelayMillis each webhook waits this long before delivery
   * @param dropWebhooks no webhook is delivered at all
   * @param reorderWebhooks after each webhook, the session's previous webhook is delivered again (an
   *     older status after a newer one)
   * @param apiErrorRate share of API calls answered 503 (0 to 1)
   * @param apiLatencyMillis added to every API call
   * @param answerDelayMillis the answer to every call that changes a session waits this long after the
   *     change committed, so that the webhook it caused can arrive first
   */
  public record Settings(int webhookCopies, long webhookDelayMillis, boolean dropWebhooks, boolean reorderWebhooks,
      double apiErrorRate, long apiLatencyMillis, long answerDelayMillis) {

    public static final Settings NONE = new Settings(1, 0, false, false, 0, 0, 0);

    public Settings {
      if (webhookCopies < 1 || webhookCopies > 10) {
        throw new IllegalArgumentException("webhookCopies must be 1 to 10");
      }
      if (webhookDelayMillis < 0 || webhookDelayMillis > 600_000) {
        throw new IllegalArgumentException("webhookDelayMillis must be 0 to 600000");
      }
      if (apiErrorRate < 0 || apiErrorRate > 1) {
        throw new IllegalArgumentException("apiErrorRate must be 0 to 1");
      }
      if (apiLatencyMillis < 0 || apiLatencyMillis > 60_000) {
        throw new IllegalArgumentException("apiLatencyMillis must be 0 to 60000");
      }
      if (answerDelayMillis < 0 || answerDelayMillis > 60_000) {
        throw new IllegalArgumentException("answerDelayMillis must be 0 to 60000");
      }
    }
  }

  private final AtomicReference<Settings> current = new AtomicReference<>(Settings.NONE);

  public Settings current() {
    return current.get();
  }

  public void set(Settings settings) {
    current.set(settings);
  }

  public void reset() {
    current.set(Settings.NONE);
  }

  /** Waits as a slow Flinks would; an interrupt ends the wait early and stays set. */
  static void pause(long millis) {
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  boolean failThisCall() {
    double rate = current.get().apiErrorRate();
    return rate > 0 && ThreadLocalRandom.current().nextDouble() < rate;
  }
}
