package com.geftflow.sandbox;

import com.geftflow.flinks.FlinksStatus;
import com.geftflow.web.JsonBodies;
import com.geftflow.webhook.WebhookPayload;
import com.geftflow.webhook.WebhookSignature;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * Sends Flinks' {@code SessionSetupStatusChanged} webhook, once and without retries as Flinks does,
 * for Completed, Failed and Canceled only, signed exactly as Flinks signs it. Fault settings can
 * duplicate, delay, drop or reorder deliveries.
 */
@ApplicationScoped
public class SandboxWebhooks {

  public static final String EVENT_TYPE = "SessionSetupStatusChanged";
  private static final Logger LOG = Logger.getLogger(SandboxWebhooks.class.getName());

  @Inject
  @ConfigProperties
  SandboxSettings settings;

  @Inject
  SandboxFaults faults;

  @Resource
  ManagedScheduledExecutorService executor;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** The last webhook body sent per session, for the reorder fault. */
  private final Map<String, byte[]> lastSent = new ConcurrentHashMap<>();

  void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionStatusChanged change) {
    if (!FlinksStatus.sendsWebhook(change.status()) || settings.webhookUrl.isEmpty()) {
      return;
    }
    SandboxFaults.Settings fault = faults.current();
    if (fault.dropWebhooks()) {
      LOG.info(() -> "Sandbox dropped the webhook of session " + change.sessionId() + " (fault setting)");
      return;
    }
    WebhookPayload payload = new WebhookPayload(EVENT_TYPE, change.sessionId(), change.referenceId(), change.amount(),
        change.status(), change.statusDetails(), DateTimeFormatter.ISO_INSTANT.format(change.when()));
    byte[] body = JsonBodies.JSONB.toJson(payload).getBytes(StandardCharsets.UTF_8);
    byte[] previous = lastSent.put(change.sessionId(), body);
    executor.schedule(() -> {
      for (int copy = 0; copy < fault.webhookCopies(); copy++) {
        deliver(change.sessionId(), body);
      }
      if (fault.reorderWebhooks() && previous != null) {
        deliver(change.sessionId(), previous);
      }
    }, fault.webhookDelayMillis(), TimeUnit.MILLISECONDS);
  }

  /** Once, as Flinks: a failed delivery is logged, not retried. */
  void deliver(String sessionId, byte[] body) {
    URI url = settings.webhookUrl.orElseThrow();
    HttpRequest request = HttpRequest.newBuilder(url)
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json; charset=utf-8")
        .header(WebhookSignature.HEADER, WebhookSignature.sign(settings.webhookSecret.orElseThrow(), body))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
    try {
      int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      LOG.info(() -> "Sandbox webhook for session " + sessionId + " answered " + status);
    } catch (IOException e) {
      LOG.warning(() -> "Sandbox webhook for session " + sessionId + " failed: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
