package com.geftflow.flinks;

/**
 * What the payment lifecycle asks of Flinks: the port it depends on. {@code flinks.client}
 * implements it over HTTP; engine tests answer it call by call.
 *
 * <p>Errors: {@link FlinksRejectedException} when Flinks refused the request (4xx, never worth a
 * retry), {@link FlinksAuthenticationException} when it refused our credentials; anything else
 * ({@link FlinksUnavailableException}, a timeout, an open circuit) means Flinks is unavailable.
 */
public interface FlinksSessions {

  CreateSessionResponse createSession(CreateSessionRequest request);

  SessionStatus status(String sessionId);

  SessionDetails details(String sessionId);

  /** EFT0501; refused for a session that is already terminal. */
  SessionStatus cancel(String sessionId);

  /** Accepts or refuses a next-best offer. */
  SessionStatus confirmGuarantee(String sessionId, boolean accepted);
}
