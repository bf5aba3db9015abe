package com.geftflow.sandbox;

import com.geftflow.flinks.FieldError;
import com.geftflow.flinks.Problem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An error answered the way Flinks answers it: RFC 7807 problem details. */
public class ProblemException extends WebApplicationException {

  public ProblemException(int status, String title, String detail) {
    this(Problem.of(status, title, detail));
  }

  public ProblemException(Problem problem) {
    super(problem.detail(), Response.status(problem.status())
        .type(Problem.MEDIA_TYPE)
        .entity(problem.toJson())
        .build());
  }

  public static ProblemException invalid(List<FieldError> errors) {
    return new ProblemException(Problem.invalid(errors));
  }

  public static ProblemException notFound(String sessionId) {
    return new ProblemException(404, "Not Found", "No session " + sessionId);
  }
}
