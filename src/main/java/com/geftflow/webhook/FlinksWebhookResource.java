package com.geftflow.webhook;

import com.geftflow.security.Sha256;
import com.geftflow.web.JsonBodies;
import com.geftflow.web.Problem;
import com.geftflow.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.metrics.annotation.Timed;

/**
 * {@code POST /webhooks/flinks/geft}. Flinks sends each webhook once and never retries, so a valid
 * delivery is stored before the 2xx and applied later; the webhook only wakes the process, which
 * then reads the status at Flinks.
 */
@ApplicationScoped
@Path("/flinks/geft")
public class FlinksWebhookResource {

  private static final Logger LOG = Logger.getLogger(FlinksWebhookResource.class.getName());

  /** The answer Flinks gets; it reads nothing from it but the status code. */
  public record Receipt(boolean received, boolean duplicate) {
  }

  @Inject
  WebhookInbox inbox;

  @Inject
  InboxSweeper sweeper;

  @Inject
  @ConfigProperties
  WebhookSettings settings;

  Clock clock = Clock.systemUTC();

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @Timed(name = "geft.webhook.acknowledgement", absolute = true,
      description = "Time to answer Flinks' webhook: verified, stored and committed, or refused")
  public Response receive(byte[] body, @HeaderParam(WebhookSignature.HEADER) String signature) {
    if (!WebhookSignature.matches(settings.secret, body, signature)) {
      return refuse(401, "Unauthorized", "Missing or invalid " + WebhookSignature.HEADER);
    }
    WebhookPayload payload;
    try {
      JsonBodies.check(body); // before the binding, which can hang on truncated JSON
      payload = JsonBodies.JSONB.fromJson(new String(body, StandardCharsets.UTF_8), WebhookPayload.class);
    } catch (ProblemException | JsonbException notJson) {
      return refuse(400, "Bad Request", "The body is not the expected JSON");
    }
    if (payload == null || blank(payload.sessionId()) || blank(payload.status()) || blank(payload.statusDetails())) {
      return refuse(400, "Bad Request", "sessionId, status and statusDetails are required");
    }
    Instant when;
    try {
      when = Instant.parse(payload.when());
    } catch (DateTimeParseException | NullPointerException noInstant) {
      return refuse(400, "Bad Request", "when must be an ISO-8601 instant");
    }
    Instant now = clock.instant();
    if (when.isBefore(now.minus(settings.tolerance)) || when.isAfter(now.plus(settings.tolerance))) {
      // a replay of an old delivery, or a clock too far off to trust
      return refuse(401, "Unauthorized", "when is outside the accepted window of " + settings.tolerance);
    }
    String hash = Sha256.hex(body);
    Optional<String> stored;
    try {
      stored = Optional.of(inbox.store(hash, payload, OffsetDateTime.ofInstant(when, ZoneOffset.UTC)));
    } catch (RuntimeException duplicate) {
      if (!inbox.exists(hash)) {
        throw duplicate; // not a duplicate: Flinks gets a 5xx and the delivery is not lost silently
      }
      stored = Optional.empty();
    }
    stored.ifPresent(sweeper::applySoon);
    LOG.fine(() -> "Webhook for session " + payload.sessionId() + ": " + payload.statusDetails());
    return Response.ok(new Receipt(true, stored.isEmpty())).build();
  }

  private static Response refuse(int status, String title, String detail) {
    return Problem.of(status, title, detail).response();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
