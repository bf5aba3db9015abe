package com.geftflow.sandbox;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * The {@code answerDelayMillis} fault: the answer to an API call that changes a session (a POST) held
 * back after its transaction committed, when the webhook it caused is already on its way, as when
 * Flinks answers slowly. The caller meets that webhook, and may read the new status, before it has
 * recorded the answer.
 */
@Provider
public class SandboxAnswerDelay implements ContainerResponseFilter {

  @Inject
  SandboxFaults faults;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if ("POST".equals(request.getMethod()) && SandboxGate.path(request).startsWith("api/")) {
      SandboxFaults.pause(faults.current().answerDelayMillis());
    }
  }
}
