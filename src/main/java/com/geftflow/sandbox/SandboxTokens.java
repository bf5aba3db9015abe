package com.geftflow.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Bearer tokens handed out by the sandbox's {@code /api/v1/authorize}; kept in memory like a cache. */
@ApplicationScoped
public class SandboxTokens {

  private static final SecureRandom RANDOM = new SecureRandom();
  private final Map<String, Instant> expiries = new ConcurrentHashMap<>();

  public String issue(Instant expiresAt) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    expiries.put(token, expiresAt);
    expiries.values().removeIf(Instant.now()::isAfter);
    return token;
  }

  public boolean valid(String token) {
    Instant expiry = token == null ? null : expiries.get(token);
    return expiry != null && Instant.now().isBefore(expiry);
  }

  /** Lets tests make the server forget its tokens, as after a restart. */
  public void revokeAll() {
    expiries.clear();
  }
}
