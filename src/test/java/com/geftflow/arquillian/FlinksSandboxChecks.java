package com.geftflow.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.geftflow.flinks.AuthorizeResponse;
import com.geftflow.flinks.CreateSessionRequest.Account;
import com.geftflow.flinks.CreateSessionRequest.Payee;
import com.geftflow.flinks.CreateSessionRequest.Payor;
import com.geftflow.flinks.CreateSessionRequest;
import com.geftflow.flinks.FlinksAuthenticationException;
import com.geftflow.flinks.FlinksRejectedException;
import com.geftflow.flinks.SessionDetails;
import com.geftflow.flinks.SessionStatus;
import com.geftflow.flinks.client.FlinksAuthorizeApi;
import com.geftflow.flinks.client.FlinksClient;
import com.geftflow.flinks.client.FlinksResponseMapper;
import com.geftflow.flinks.client.FlinksSessionsApi;
import com.geftflow.flinks.client.FlinksTokens;
import com.geftflow.payment.PaymentRequest;
import com.geftflow.sandbox.SandboxFaults;
import com.geftflow.sandbox.SandboxScenario;
import com.geftflow.sandbox.SandboxSessions;
import com.geftflow.sandbox.SandboxTokens;
import com.geftflow.webhook.WebhookSignature;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientRequestFilter;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The real Flinks client against the real sandbox, over HTTP inside Payara Micro. */
abstract class FlinksSandboxChecks extends EngineChecks {

  private static final Payee PAYEE = new Payee(new Account("12345678", "12345", "999"));

  @Inject
  FlinksClient flinks;

  @Inject
  SandboxFaults faults;

  @Inject
  SandboxSessions sandbox;

  @Inject
  SandboxTokens sandboxTokens;

  @Inject
  WebhookProbe.Deliveries webhooks;

  /** A String: Payara produces config values of the types the application's own injection points ask for. */
  @Inject
  @ConfigProperty(name = "geft.flinks.base-uri")
  String baseUri;

  @Inject
  @ConfigProperty(name = "geft.sandbox.webhook-secret")
  String webhookSecret;

  @AfterEach
  void noFaults() {
    faults.reset();
  }

  @Test
  void everyScenarioEndsInItsStatusAndOnlyFlinksStatusesWithAWebhookSendOne() throws Exception {
    Map<SandboxScenario, String> expected = Map.of(
        SandboxScenario.Happy1, "Completed/EFT0301",
        SandboxScenario.Unhappy1, "Failed/EFT0402",
        SandboxScenario.LoginFailed, "Failed/EFT0401",
        SandboxScenario.IdentityMismatch, "Failed/EFT0403",
        SandboxScenario.InsufficientFunds, "Failed/EFT0404",
        SandboxScenario.Expire, "Expired/EFT0601");
    for (var entry : expected.entrySet()) {
      String sessionId = newSession("500.00");
      assertEquals("Initiated/EFT0101", text(flinks.status(sessionId)));

      sandbox.simulate(sessionId, entry.getKey(), null, null);

      assertEquals(entry.getValue(), text(flinks.status(sessionId)), entry.getKey().name());
      if (entry.getKey() == SandboxScenario.Expire) {
        assertNoWebhookFor(sessionId, "Flinks sends none for Expired");
      } else {
        awaitDeliveries(sessionId, 1);
        WebhookProbe.Delivery delivery = webhooks.forSession(sessionId).get(0);
        assertTrue(delivery.body().contains("\"statusDetails\":\"" + entry.getValue().split("/")[1] + "\""));
        assertTrue(delivery.body().contains("\"eventType\":\"SessionSetupStatusChanged\""));
        assertTrue(delivery.body().contains("\"when\":\""));
        assertTrue(delivery.signature().matches("sha256=[0-9A-F]{64}"), "upper-case hex as Flinks sends");
        assertTrue(WebhookSignature.matches(webhookSecret, delivery.body().getBytes(), delivery.signature()));
      }
    }
  }

  @Test
  void happy2OffersALowerAmountThatBecomesTheScheduledAmountOnceConfirmed() {
    String sessionId = newSession("1000.00");
    sandbox.simulate(sessionId, SandboxScenario.Happy2, null, null);

    SessionDetails offer = flinks.details(sessionId);
    assertEquals("Initiated", offer.status());
    assertTrue(offer.offersLessThanRequested());
    assertEquals(new BigDecimal("600.00"), offer.guaranteeOffered());
    assertNull(offer.guaranteeAccepted());

    SessionStatus scheduled = flinks.confirmGuarantee(sessionId, true);
    assertEquals("Completed/EFT0301", text(scheduled));
    assertEquals(new BigDecimal("600.00"), flinks.status(sessionId).amount());
    assertThrows(FlinksRejectedException.class, () -> flinks.confirmGuarantee(sessionId, true),
        "nothing left to confirm");
  }

  @Test
  void refusingTheNextBestOfferMeansNoGuarantee() {
    String sessionId = newSession("1000.00");
    sandbox.simulate(sessionId, SandboxScenario.Happy2, null, null);

    assertEquals("Failed/EFT0402", text(flinks.confirmGuarantee(sessionId, false)));
  }

  @Test
  void padPendingCompletesAfterTheConfiguredDelayWithASecondWebhook() throws Exception {
    String sessionId = newSession("250.00");
    sandbox.simulate(sessionId, SandboxScenario.PadPending, null, null);
    assertEquals("Completed/EFT0302", text(flinks.status(sessionId)));

    await(() -> "Completed/EFT0301".equals(text(flinks.status(sessionId))), Duration.ofSeconds(20));
    awaitDeliveries(sessionId, 2);
    List<WebhookProbe.Delivery> deliveries = webhooks.forSession(sessionId);
    assertTrue(deliveries.get(0).body().contains("EFT0302"));
    assertTrue(deliveries.get(1).body().contains("EFT0301"));
  }

  @Test
  void cancelEndsAWaitingSessionAndIsRefusedOnceItIsTerminal() {
    String sessionId = newSession("100.00");

    assertEquals("Canceled/EFT0501", text(flinks.cancel(sessionId)));
    FlinksRejectedException refused = assertThrows(FlinksRejectedException.class, () -> flinks.cancel(sessionId));
    assertEquals(400, refused.httpStatus());
    assertTrue(refused.getMessage().contains("can no longer be canceled"));
  }

  @Test
  void noPayeeAndNoDefaultAccountIsRejectedWithTheReason() {
    CreateSessionRequest request = new PaymentRequest("REF-" + UUID.randomUUID(),
        new BigDecimal("10.00"), null, null, new Payor("John", "Smith", null, null), null).toSessionRequest();

    FlinksRejectedException rejected = assertThrows(FlinksRejectedException.class, () -> flinks.createSession(request));
    assertTrue(rejected.getMessage().contains("no default account"), rejected.getMessage());
  }

  @Test
  void theSandboxValidatesLikeFlinksAndAnswersProblemDetails() {
    CreateSessionRequest invalid = new CreateSessionRequest("REF", "EFT", "DEBIT", "CAD", new BigDecimal("100000.01"),
        new CreateSessionRequest.Options(new CreateSessionRequest.Guarantee(true), null),
        new Payor("", "Smith", null, null), new Payee(new Account("123", "12345", "999")));

    FlinksRejectedException rejected = assertThrows(FlinksRejectedException.class, () -> flinks.createSession(invalid));
    assertEquals(List.of("amount", "payor.firstName", "payee.account.accountNumber"),
        rejected.errors().stream().map(e -> e.field()).toList());
  }

  @Test
  void wrongCredentialsAreAnAuthenticationFailure() {
    FlinksSessionsApi wrongKey = RestClientBuilder.newBuilder().baseUri(URI.create(baseUri))
        .register(FlinksResponseMapper.class)
        .register((ClientRequestFilter) request -> {
          request.getHeaders().putSingle("x-api-key", "not-the-key");
          request.getHeaders().putSingle("x-client-id", "sandbox-client");
        })
        .build(FlinksSessionsApi.class);

    assertThrows(FlinksAuthenticationException.class, () -> wrongKey.status("any"));
  }

  @Test
  void bearerTokensAreIssuedRefusedOnceRevokedAndRenewed() {
    String sessionId = newSession("20.00");
    FlinksAuthorizeApi authorize = RestClientBuilder.newBuilder().baseUri(URI.create(baseUri))
        .register(FlinksResponseMapper.class).build(FlinksAuthorizeApi.class);
    FlinksTokens tokens = new FlinksTokens(authorize, "sandbox-client", "sandbox-client-secret", Clock.systemUTC());
    FlinksSessionsApi bearer = RestClientBuilder.newBuilder().baseUri(URI.create(baseUri))
        .register(FlinksResponseMapper.class)
        .register((ClientRequestFilter) request ->
            request.getHeaders().putSingle("Authorization", "Bearer " + tokens.token()))
        .build(FlinksSessionsApi.class);

    assertEquals("Initiated", bearer.status(sessionId).status());
    sandboxTokens.revokeAll();
    assertThrows(FlinksAuthenticationException.class, () -> bearer.status(sessionId));
    tokens.invalidate();
    assertEquals("Initiated", bearer.status(sessionId).status());

    assertThrows(FlinksAuthenticationException.class, () -> authorize.authorize("Basic bm9ib2R5Om5vdGhpbmc="));
    AuthorizeResponse issued = authorize.authorize("Basic c2FuZGJveC1jbGllbnQ6c2FuZGJveC1jbGllbnQtc2VjcmV0");
    assertEquals(599, issued.expiresIn());
  }

  @Test
  void anOutageIsUnavailableAfterRetriesAndLatencyOnlySlowsCallsDown() {
    String sessionId = newSession("30.00");
    faults.set(new SandboxFaults.Settings(1, 0, false, false, 1.0, 0, 0));
    RuntimeException outage = assertThrows(RuntimeException.class, () -> flinks.status(sessionId));
    assertTrue(FlinksClient.isUnavailable(outage), outage.toString());

    faults.set(new SandboxFaults.Settings(1, 0, false, false, 0, 300, 0));
    assertEquals("Initiated", flinks.status(sessionId).status());
  }

  @Test
  void duplicatedWebhooksArriveAsManyTimesAsAsked() throws Exception {
    faults.set(new SandboxFaults.Settings(3, 0, false, false, 0, 0, 0));
    String sessionId = newSession("40.00");
    sandbox.simulate(sessionId, SandboxScenario.Happy1, null, null);

    awaitDeliveries(sessionId, 3);
    List<WebhookProbe.Delivery> copies = webhooks.forSession(sessionId);
    assertEquals(1, copies.stream().map(WebhookProbe.Delivery::body).distinct().count(), "identical copies");
  }

  @Test
  void droppedWebhooksNeverArrive() throws Exception {
    faults.set(new SandboxFaults.Settings(1, 0, true, false, 0, 0, 0));
    String sessionId = newSession("50.00");
    sandbox.simulate(sessionId, SandboxScenario.Unhappy1, null, null);

    faults.set(new SandboxFaults.Settings(1, 0, false, false, 0, 0, 0));
    assertNoWebhookFor(sessionId, "dropped");
    assertEquals("Failed/EFT0402", text(flinks.status(sessionId)), "polling still tells the truth");
  }

  @Test
  void delayedWebhooksArriveLater() throws Exception {
    faults.set(new SandboxFaults.Settings(1, 3000, false, false, 0, 0, 0));
    String sessionId = newSession("60.00");
    Instant simulated = Instant.now();
    sandbox.simulate(sessionId, SandboxScenario.Happy1, null, null);

    awaitDeliveries(sessionId, 1);
    assertTrue(Duration.between(simulated, webhooks.forSession(sessionId).get(0).receivedAt()).toMillis() >= 3000,
        "not before the delay");
  }

  @Test
  void reorderedWebhooksDeliverTheOlderStatusAfterTheNewer() throws Exception {
    faults.set(new SandboxFaults.Settings(1, 0, false, true, 0, 0, 0));
    String sessionId = newSession("70.00");
    sandbox.simulate(sessionId, SandboxScenario.PadPending, null, null);

    awaitDeliveries(sessionId, 3);
    List<String> order = webhooks.forSession(sessionId).stream()
        .map(d -> d.body().replaceAll(".*\"statusDetails\":\"(EFT\\d+)\".*", "$1")).toList();
    assertEquals(List.of("EFT0302", "EFT0301", "EFT0302"), order);
  }

  private String newSession(String amount) {
    CreateSessionRequest request = new PaymentRequest("REF-" + UUID.randomUUID(),
        new BigDecimal(amount), null, "FR", new Payor("Marie", "Tremblay", "marie@example.com", null), PAYEE).toSessionRequest();
    String sessionId = flinks.createSession(request).sessionId();
    assertNotNull(sessionId);
    assertFalse(sessionId.isBlank());
    return sessionId;
  }

  /**
   * The sandbox decides whether to send a webhook when the status change commits, before simulate
   * answers: a later session's webhook arriving shows the pipeline delivering, and nothing came for
   * this one before it.
   */
  private void assertNoWebhookFor(String sessionId, String why) {
    String sentinel = newSession("1.00");
    sandbox.simulate(sentinel, SandboxScenario.Happy1, null, null);
    await(() -> !webhooks.forSession(sentinel).isEmpty(), Duration.ofSeconds(20));
    assertTrue(webhooks.forSession(sessionId).isEmpty(), why);
  }

  /** Exactly this many: they arrive, and no more follow for a while. */
  private void awaitDeliveries(String sessionId, int count) {
    await(() -> webhooks.forSession(sessionId).size() >= count, Duration.ofSeconds(20));
    Awaitility.await("deliveries for " + sessionId).during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
        .until(() -> webhooks.forSession(sessionId).size() == count);
  }

  private static void await(BooleanSupplier condition, Duration limit) {
    Awaitility.await().atMost(limit).until(condition::getAsBoolean);
  }

  private static String text(SessionStatus status) {
    return status.status() + "/" + status.statusDetails();
  }
}
