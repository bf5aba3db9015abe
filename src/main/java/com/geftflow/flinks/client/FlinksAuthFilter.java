package com.geftflow.flinks.client;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;

/** Adds Flinks' credentials to each request, in the configured mode. */
public class FlinksAuthFilter implements ClientRequestFilter {

  private final FlinksSettings settings;
  private final FlinksTokens tokens;

  public FlinksAuthFilter(FlinksSettings settings, FlinksTokens tokens) {
    this.settings = settings;
    this.tokens = tokens;
  }

  @Override
  public void filter(ClientRequestContext request) {
    if (settings.authMode() == FlinksSettings.AuthMode.BEARER) {
      request.getHeaders().putSingle("Authorization", "Bearer " + tokens.token());
    } else {
      request.getHeaders().putSingle("x-api-key", settings.requiredApiKey());
      request.getHeaders().putSingle("x-client-id", settings.requiredClientId());
    }
  }
}
