package com.geftflow.sandbox;

import com.geftflow.web.ProblemException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * In front of every sandbox request: hidden when the sandbox is disabled; for Flinks' API, the fault
 * settings (latency, 503s; the delayed answer is {@link SandboxAnswerDelay}'s) and the credentials
 * check (401 as problem details); for the fault settings' own endpoint, the credentials check alone.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class SandboxGate implements ContainerRequestFilter {

  @Inject
  @ConfigProperties
  SandboxSettings settings;

  @Inject
  SandboxFaults faults;

  @Inject
  SandboxTokens tokens;

  @Inject
  SandboxCalls calls;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!settings.enabled) {
      throw new NotFoundException();
    }
    String path = path(request);
    if (path.startsWith("admin/") && !authenticated(request)) {
      throw new ProblemException(401, "Unauthorized", "Missing or invalid credentials");
    }
    if (!path.startsWith("api/")) {
      return; // the iframe and its own calls: the session id is the borrower's capability
    }
    if (!path.endsWith("/simulate")) {
      calls.count(request.getMethod(), path);
    }
    SandboxFaults.Settings fault = faults.current();
    SandboxFaults.pause(fault.apiLatencyMillis());
    if (faults.failThisCall()) {
      throw new ProblemException(503, "Service Unavailable", "Sandbox fault setting: simulated outage");
    }
    if (!path.startsWith("api/v1/authorize") && !authenticated(request)) {
      throw new ProblemException(401, "Unauthorized", "Missing or invalid credentials");
    }
  }

  /** The request's path within the sandbox, without its leading slash: {@code api/v2/sessions/…}. */
  static String path(ContainerRequestContext request) {
    return request.getUriInfo().getPath().replaceFirst("^/", "");
  }

  private boolean authenticated(ContainerRequestContext request) {
    String authorization = request.getHeaderString("Authorization");
    if (authorization != null && authorization.startsWith("Bearer ")) {
      return tokens.valid(authorization.substring("Bearer ".length()).trim());
    }
    return same(settings.apiKey, request.getHeaderString("x-api-key"))
        && same(settings.clientId, request.getHeaderString("x-client-id"));
  }

  /** Constant-time; an unset credential matches nothing. */
  static boolean same(Optional<String> expected, String given) {
    return given != null && expected.isPresent() && MessageDigest.isEqual(
        expected.get().getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }
}
