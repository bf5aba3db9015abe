package com.geftflow.sandbox;

import com.geftflow.flinks.SessionStatus;
import com.geftflow.web.JsonBodies;
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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * The iframe the borrower sees ({@code /app/?sessionId=…}): pick a bank, log in with a sandbox
 * username, see the guarantee. It reports each step to its parent page with {@code postMessage}, to
 * the configured parent origin only.
 */
@ApplicationScoped
@Path("/")
public class SandboxAppResource {

  /** What the iframe shows after a login: the session's status and the guarantee. */
  public record LoginResult(String status, String statusDetails, BigDecimal amount, BigDecimal guaranteeOffered,
      String scenario, List<String> steps) {
  }

  /** {@code amount}: what the borrower enters when the lender gave none. */
  public record Login(String username, String password, BigDecimal amount) {
  }

  /** What the iframe needs before the login: whether the borrower must enter the amount. */
  public record SessionView(String sessionId, BigDecimal amount, String currency) {
  }

  private static final String IFRAME = "/sandbox/iframe.html";
  private static final String EMBED = "/sandbox/embed.html";

  @Inject
  @ConfigProperties
  SandboxSettings settings;

  @Inject
  SandboxSessions sessions;

  @GET
  @Path("app/")
  @Produces(MediaType.TEXT_HTML)
  public String iframe() {
    return page(IFRAME).replace("\"__PARENT_ORIGIN__\"", JsonBodies.JSONB.toJson(settings.parentOrigin));
  }

  /** A page that embeds the iframe as a checkout page would and lists the events it receives. */
  @GET
  @Path("embed")
  @Produces(MediaType.TEXT_HTML)
  public String embed() {
    return page(EMBED);
  }

  private static String page(String resource) {
    try (InputStream in = SandboxAppResource.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @POST
  @Path("app/api/sessions/{sessionId}/login")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public LoginResult login(@PathParam("sessionId") String sessionId, Login login) {
    if (login == null || !SandboxScenario.PASSWORD.equals(login.password())) {
      throw new ProblemException(401, "Unauthorized", "Invalid username or password");
    }
    SandboxScenario scenario = SandboxScenario.named(login.username())
        .orElseThrow(() -> new ProblemException(401, "Unauthorized",
            "Unknown sandbox user; use one of " + List.of(SandboxScenario.values())));
    SessionStatus status = sessions.simulate(sessionId, scenario, login.amount(), null);
    return new LoginResult(status.status(), status.statusDetails(), status.amount(),
        sessions.details(sessionId).guaranteeOffered(), scenario.name(), steps(scenario));
  }

  @GET
  @Path("app/api/sessions/{sessionId}")
  @Produces(MediaType.APPLICATION_JSON)
  public SessionView session(@PathParam("sessionId") String sessionId) {
    SandboxSession s = sessions.find(sessionId);
    return new SessionView(s.sessionId(), s.amount(), s.currency());
  }

  /** The frontend steps the iframe emits after a successful login, in order. */
  static List<String> steps(SandboxScenario scenario) {
    return switch (scenario) {
      case Happy1 -> List.of("ACCOUNT_CONNECTED", "GUARANTEE_OFFERED", "SUCCESS");
      case Happy2 -> List.of("ACCOUNT_CONNECTED", "NEXT_BEST_OFFER");
      case Unhappy1 -> List.of("ACCOUNT_CONNECTED", "GUARANTEE_FAILED");
      case LoginFailed -> List.of("LOGIN_FAILED");
      case IdentityMismatch -> List.of("ACCOUNT_CONNECTED", "IDENTITY_FAILED");
      case InsufficientFunds -> List.of("ACCOUNT_CONNECTED", "INSUFFICIENT_FUNDS");
      case PadPending -> List.of("ACCOUNT_CONNECTED", "GUARANTEE_OFFERED", "PAD_PENDING");
      case Expire -> List.of("SESSION_EXPIRED");
    };
  }
}
