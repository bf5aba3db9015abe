package com.geftflow.trace;

import io.opentelemetry.api.trace.Span;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * A checkout token is the borrower's capability and travels in the query ({@code ?token=}): the
 * server span's {@code http.target} would carry it to the tracing backend. The request's span is
 * given the path alone, with the token's place marked, before anything is exported.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class TokenRedaction implements ContainerRequestFilter {

  static final String TARGET = "http.target";

  @Override
  public void filter(ContainerRequestContext request) {
    Span span = Span.current();
    if (span.isRecording() && request.getUriInfo().getQueryParameters().containsKey("token")) {
      span.setAttribute(TARGET, request.getUriInfo().getRequestUri().getRawPath() + "?token=REDACTED");
    }
  }
}
