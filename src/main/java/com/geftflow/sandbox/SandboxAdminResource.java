package com.geftflow.sandbox;

import com.geftflow.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /admin/faults}: read, change (only the fields given) or reset the fault settings. Guarded
 * like the API, by the sandbox client's credentials.
 */
@ApplicationScoped
@Path("/admin/faults")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SandboxAdminResource {

  /** Any subset of {@link SandboxFaults.Settings}; missing fields keep their value. */
  public record Change(Integer webhookCopies, Long webhookDelayMillis, Boolean dropWebhooks, Boolean reorderWebhooks,
      Double apiErrorRate, Long apiLatencyMillis, Long answerDelayMillis) {
  }

  @Inject
  SandboxFaults faults;

  @Inject
  SandboxTokens tokens;

  @GET
  public SandboxFaults.Settings current() {
    return faults.current();
  }

  @PUT
  public SandboxFaults.Settings change(Change change) {
    SandboxFaults.Settings now = faults.current();
    Change c = change == null ? new Change(null, null, null, null, null, null, null) : change;
    try {
      SandboxFaults.Settings next = new SandboxFaults.Settings(
          Optional.ofNullable(c.webhookCopies()).orElse(now.webhookCopies()),
          Optional.ofNullable(c.webhookDelayMillis()).orElse(now.webhookDelayMillis()),
          Optional.ofNullable(c.dropWebhooks()).orElse(now.dropWebhooks()),
          Optional.ofNullable(c.reorderWebhooks()).orElse(now.reorderWebhooks()),
          Optional.ofNullable(c.apiErrorRate()).orElse(now.apiErrorRate()),
          Optional.ofNullable(c.apiLatencyMillis()).orElse(now.apiLatencyMillis()),
          Optional.ofNullable(c.answerDelayMillis()).orElse(now.answerDelayMillis()));
      faults.set(next);
      return next;
    } catch (IllegalArgumentException invalid) {
      throw new ProblemException(400, "Bad Request", invalid.getMessage());
    }
  }

  @DELETE
  public SandboxFaults.Settings reset() {
    faults.reset();
    return faults.current();
  }

  @Inject
  SandboxCalls calls;

  /** Calls answered per endpoint since the last reset, e.g. {@code {"GET status": 1200}}. */
  @GET
  @Path("/calls")
  public Map<String, Long> calls() {
    return calls.snapshot();
  }

  @DELETE
  @Path("/calls")
  public void resetCalls() {
    calls.reset();
  }

  /** Forget every bearer token, as a Flinks restart would: the next call with an old token gets 401. */
  @DELETE
  @Path("/tokens")
  public void revokeTokens() {
    tokens.revokeAll();
  }
}
