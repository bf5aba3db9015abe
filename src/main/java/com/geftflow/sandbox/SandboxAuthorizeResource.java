package com.geftflow.sandbox;

import com.geftflow.flinks.AuthorizeResponse;
import com.geftflow.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/** {@code POST /api/v1/authorize}: Basic client id and secret for a bearer token. */
@ApplicationScoped
@Path("/api/v1/authorize")
public class SandboxAuthorizeResource {

  @Inject
  @ConfigProperties
  SandboxSettings settings;

  @Inject
  SandboxTokens tokens;

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  public AuthorizeResponse authorize(@HeaderParam("Authorization") String authorization) {
    if (!validBasic(authorization)) {
      throw new ProblemException(401, "Unauthorized", "Invalid client credentials");
    }
    long seconds = settings.tokenLifetime.toSeconds();
    return new AuthorizeResponse(tokens.issue(Instant.now().plusSeconds(seconds)), seconds);
  }

  private boolean validBasic(String authorization) {
    if (authorization == null || !authorization.startsWith("Basic ")) {
      return false;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
    int colon = decoded.indexOf(':');
    return colon > 0 && SandboxGate.same(settings.clientId, decoded.substring(0, colon))
        && SandboxGate.same(settings.clientSecret, decoded.substring(colon + 1));
  }
}
