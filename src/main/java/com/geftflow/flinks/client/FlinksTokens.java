package com.geftflow.flinks.client;

import com.geftflow.flinks.AuthorizeResponse;
import com.geftflow.flinks.FlinksAuthenticationException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * The bearer token for {@code geft.flinks.auth=bearer}: fetched on first use, reused, and renewed a
 * margin before Flinks' 599 s lifetime runs out, or at once after Flinks answers 401.
 */
public class FlinksTokens {

  static final Duration RENEWAL_MARGIN = Duration.ofSeconds(60);

  private final FlinksAuthorizeApi authorizeApi;
  private final String basicCredentials;
  private final Clock clock;
  private String token;
  private Instant renewAt = Instant.MIN;

  public FlinksTokens(FlinksAuthorizeApi authorizeApi, String clientId, String clientSecret, Clock clock) {
    this.authorizeApi = authorizeApi;
    this.basicCredentials = "Basic " + Base64.getEncoder()
        .encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
    this.clock = clock;
  }

  public synchronized String token() {
    if (token == null || !clock.instant().isBefore(renewAt)) {
      AuthorizeResponse answer = authorizeApi.authorize(basicCredentials);
      if (answer == null || answer.token() == null || answer.token().isBlank()) {
        throw new FlinksAuthenticationException("Flinks /api/v1/authorize returned no token", 200);
      }
      token = answer.token();
      Duration lifetime = Duration.ofSeconds(answer.expiresIn());
      Duration margin = lifetime.compareTo(RENEWAL_MARGIN.multipliedBy(2)) > 0 ? RENEWAL_MARGIN : lifetime.dividedBy(2);
      renewAt = clock.instant().plus(lifetime).minus(margin);
    }
    return token;
  }

  /** Flinks refused the token: the next call fetches a new one. */
  public synchronized void invalidate() {
    token = null;
  }

  @Override
  public String toString() {
    return "FlinksTokens[renewAt=" + renewAt + "]";
  }
}
