package com.geftflow.flinks.client;

import com.geftflow.flinks.FlinksAuthenticationException;
import com.geftflow.flinks.FlinksException;
import com.geftflow.flinks.FlinksRejectedException;
import com.geftflow.flinks.FlinksUnavailableException;
import com.geftflow.web.JsonBodies;
import com.geftflow.web.Problem;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Turns every non-2xx answer of Flinks into the typed exception the process branches on. */
public class FlinksResponseMapper implements ResponseExceptionMapper<FlinksException> {

  @Override
  public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
    return status >= 400;
  }

  @Override
  public FlinksException toThrowable(Response response) {
    return map(response.getStatus(), response.hasEntity() ? response.readEntity(String.class) : null);
  }

  static FlinksException map(int status, String body) {
    Problem problem = readProblem(body);
    String message = "Flinks answered " + status + describe(problem);
    if (status == 401 || status == 403) {
      return new FlinksAuthenticationException(message, status);
    }
    if (status == 408 || status == 429 || status >= 500) {
      return new FlinksUnavailableException(message, status, null);
    }
    return new FlinksRejectedException(message, status, problem == null ? null : problem.errors());
  }

  static Problem readProblem(String body) {
    try {
      return body == null || !body.trim().startsWith("{") ? null : JsonBodies.JSONB.fromJson(body, Problem.class);
    } catch (RuntimeException notAProblem) {
      return null;
    }
  }

  private static String describe(Problem problem) {
    if (problem == null) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    if (problem.title() != null) {
      text.append(": ").append(problem.title());
    }
    if (problem.detail() != null) {
      text.append(" - ").append(problem.detail());
    }
    if (problem.errors() != null && !problem.errors().isEmpty()) {
      text.append(' ').append(problem.errors());
    }
    return text.toString();
  }
}
