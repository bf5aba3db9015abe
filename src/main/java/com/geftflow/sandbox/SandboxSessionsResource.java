package com.geftflow.sandbox;

import com.geftflow.flinks.CreateSessionRequest;
import com.geftflow.flinks.CreateSessionResponse;
import com.geftflow.flinks.GuaranteeConfirmation;
import com.geftflow.flinks.SessionDetails;
import com.geftflow.flinks.SessionStatus;
import com.geftflow.web.FieldError;
import com.geftflow.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/** Flinks' GEFT session API, as the sandbox serves it. */
@ApplicationScoped
@Path("/api/v2/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SandboxSessionsResource {

  /**
   * {@code {"scenario": "Happy1"}}; {@code amount}: what the borrower enters when the lender gave
   * none; {@code padDelay} (ISO-8601, PadPending): how long this borrower takes to sign.
   */
  public record Simulation(String scenario, BigDecimal amount, String padDelay) {

    Duration parsedPadDelay() {
      if (padDelay == null) {
        return null;
      }
      try {
        Duration delay = Duration.parse(padDelay);
        if (!delay.isNegative()) {
          return delay;
        }
      } catch (DateTimeParseException e) {
        // refused below
      }
      throw ProblemException.invalid(List.of(new FieldError("padDelay", "must be an ISO-8601 duration such as PT30S")));
    }
  }

  @Inject
  SandboxSessions sessions;

  @Inject
  @ConfigProperties
  SandboxSettings settings;

  @POST
  public CreateSessionResponse create(CreateSessionRequest request) {
    if (request == null) {
      throw ProblemException.invalid(List.of(new FieldError("body", "is required")));
    }
    return sessions.create(request, settings.clientId.orElseThrow());
  }

  @GET
  @Path("/{sessionId}/status")
  public SessionStatus status(@PathParam("sessionId") String sessionId) {
    return sessions.status(sessionId);
  }

  @GET
  @Path("/{sessionId}/details")
  public SessionDetails details(@PathParam("sessionId") String sessionId) {
    return sessions.details(sessionId);
  }

  @POST
  @Path("/{sessionId}/cancel")
  public SessionStatus cancel(@PathParam("sessionId") String sessionId) {
    return sessions.cancel(sessionId);
  }

  @POST
  @Path("/{sessionId}/guarantees/confirm")
  public SessionStatus confirm(@PathParam("sessionId") String sessionId, GuaranteeConfirmation confirmation) {
    return sessions.confirmGuarantee(sessionId, confirmation == null ? null : confirmation.guaranteeAccepted());
  }

  /** Sandbox only: what the borrower would do in the iframe, without a browser. */
  @POST
  @Path("/{sessionId}/simulate")
  public SessionStatus simulate(@PathParam("sessionId") String sessionId, Simulation simulation) {
    SandboxScenario scenario = SandboxScenario.named(simulation == null ? null : simulation.scenario())
        .orElseThrow(() -> ProblemException.invalid(List.of(new FieldError("scenario",
            "must be one of " + List.of(SandboxScenario.values())))));
    return sessions.simulate(sessionId, scenario, simulation.amount(), simulation.parsedPadDelay());
  }
}
