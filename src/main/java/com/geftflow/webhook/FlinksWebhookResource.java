package com.geftflow.webhook;

import com.geftflow.flinks.Problem;
import com.geftflow.flinks.WebhookSignature;
import com.geftflow.payment.Sha256;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code POST /webhooks/flinks/geft}. Flinks sends each webhook once and never retries, so a valid
 * delivery is stored before the 2xx and applied later; the webhook only wakes the process, which
 * then reads the status at Flinks.
 */
@Path("/flinks/geft")
public class FlinksWebhookResource {

  private static final Logger LOG = Logger.getLogger(FlinksWebhookResource.class.getName());
  private static final Jsonb JSONB = JsonbBuilder.create();

  /** The answer Flinks gets; it reads nothing from it but the status code. */
  public record Receipt(boolean received, boolean duplicate) {
  }

  @Inject
  WebhookInbox inbox;

  @Inject
  WakeUps wakeUps;

  @Inject
  @ConfigProperty(name = "geft.webhook.secret")
  String secret;

  @Inject
  @ConfigProperty(name = "geft.webhook.tolerance", defaultValue = "PT5M")
  Duration tolerance;

  Clock clock = Clock.systemUTC();

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Response receive(byte[] body, @HeaderParam(WebhookSignature.HEADER) String signature) {
    if (!WebhookSignature.matches(secret, body, signature)) {
      return problem(401, "Missing or invalid " + WebhookSignature.HEADER);
    }
    WebhookPayload payload;
    try {
      payload = JSONB.fromJson(new String(body, StandardCharsets.UTF_8), WebhookPayload.class);
    } catch (JsonbException notJson) {
      return problem(400, "The body is not the expected JSON");
    }
    if (payload == null || blank(payload.sessionId()) || blank(payload.status()) || blank(payload.statusDetails())) {
      return problem(400, "sessionId, status and statusDetails are required");
    }
    Instant when;
    try {
      when = Instant.parse(payload.when());
    } catch (DateTimeParseException | NullPointerException noInstant) {
      return problem(400, "when must be an ISO-8601 instant");
    }
    Instant now = clock.instant();
    if (when.isBefore(now.minus(tolerance)) || when.isAfter(now.plus(tolerance))) {
      // a replay of an old delivery, or a clock too far off to trust
      return problem(401, "when is outside the accepted window of " + tolerance);
    }
    String hash = Sha256.hex(body);
    boolean stored;
    try {
      stored = inbox.store(hash, payload, OffsetDateTime.ofInstant(when, ZoneOffset.UTC));
    } catch (RuntimeException concurrentDuplicate) {
      if (!inbox.exists(hash)) {
        throw concurrentDuplicate; // not a duplicate: Flinks gets a 5xx and the delivery is not lost silently
      }
      stored = false;
    }
    if (stored) {
      wakeUps.soon();
    }
    LOG.fine(() -> "Webhook for session " + payload.sessionId() + ": " + payload.statusDetails());
    return Response.ok(new Receipt(true, !stored)).build();
  }

  private static Response problem(int status, String detail) {
    return Response.status(status).type(Problem.MEDIA_TYPE)
        .entity(Problem.of(status, status == 401 ? "Unauthorized" : "Bad Request", detail).toJson()).build();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

}
