package com.geftflow.events;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class LenderEventsTest {

  @Test
  void theSignatureIsTheUpperCaseHmacOfTheTimeADotAndTheBody() throws Exception {
    String body = "{\"id\":\"e-1\"}";
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec("s3cret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String expected = HexFormat.of().withUpperCase()
        .formatHex(mac.doFinal(("1700000000." + body).getBytes(StandardCharsets.UTF_8)));

    assertThat(EventSignature.header("s3cret", 1_700_000_000L, body)).isEqualTo("t=1700000000,sha256=" + expected);
    assertThat(EventSignature.header("s3cret", 1_700_000_001L, body)).as("the time is signed")
        .doesNotContain(expected);
  }

  @Test
  void retriesDoubleFromTheFirstWaitUpToTheLongest() {
    LenderEventSettings settings = new LenderEventSettings();
    settings.retryFirst = Duration.ofSeconds(10);
    settings.retryMax = Duration.ofHours(1);

    assertThat(settings.waitAfter(1)).isEqualTo(Duration.ofSeconds(10));
    assertThat(settings.waitAfter(2)).isEqualTo(Duration.ofSeconds(20));
    assertThat(settings.waitAfter(5)).isEqualTo(Duration.ofSeconds(160));
    assertThat(settings.waitAfter(10)).isEqualTo(Duration.ofHours(1));
    assertThat(settings.waitAfter(500)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void anEventIsGivenUpOnlyWhenItsNextAttemptWouldFallPastTheRetryWindow() {
    OffsetDateTime at = OffsetDateTime.parse("2026-12-01T10:00:00Z");
    LenderEvent event = new LenderEvent(new LenderEventBody("e-1", "CREATED", "p-1", 1, "REF", "CREATING", null,
        null, new BigDecimal("10.00"), null, at), "lender", Duration.ofDays(3));

    event.failed(at.plusDays(2));
    assertThat(event.delivery()).isEqualTo(LenderEvent.Delivery.PENDING);
    assertThat(event.nextAttemptAt()).isEqualTo(at.plusDays(2));

    event.failed(at.plusDays(3).plusSeconds(1));
    assertThat(event.delivery()).isEqualTo(LenderEvent.Delivery.FAILED);
    assertThat(event.attempts()).isEqualTo(2);

    event.redeliver(at.plusDays(4), Duration.ofDays(3));
    assertThat(event.delivery()).isEqualTo(LenderEvent.Delivery.PENDING);
    assertThat(event.retryUntil()).isEqualTo(at.plusDays(7));
  }

  @Test
  void aReferenceWithQuotesBackslashesAndControlCharactersStaysOneJsonString() {
    String reference = "A\"B\\C\u0001D/é";
    String json = new LenderEventBody("e-1", "CREATED", "p-1", 1, reference, "CREATING", null, null, null, null,
        OffsetDateTime.parse("2026-12-01T10:00:00Z")).json();

    assertThat(Json.createReader(new StringReader(json)).readObject().getString("referenceId")).isEqualTo(reference);
  }

  @Test
  void theBodyHasEveryFieldNullsIncluded() {
    String json = new LenderEventBody("e-1", "CHECKOUT_READY", "p-1", 2, "REF-1", "AWAITING_BORROWER", "Initiated",
        "EFT0101", new BigDecimal("500.00"), null, OffsetDateTime.parse("2026-12-01T10:00:00Z")).json();
    JsonObject body = Json.createReader(new StringReader(json)).readObject();

    assertThat(body.keySet()).containsExactly("id", "type", "paymentId", "sequence", "referenceId", "state",
        "flinksStatus", "flinksStatusDetails", "amount", "scheduledAmount", "occurredAt");
    assertThat(body.isNull("scheduledAmount")).isTrue();
    assertThat(body.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("500.00");
    assertThat(body.getString("occurredAt")).startsWith("2026-12-01T10:00");
  }
}
