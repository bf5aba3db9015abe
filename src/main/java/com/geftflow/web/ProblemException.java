package com.geftflow.web;

import jakarta.ws.rs.WebApplicationException;
import java.util.List;

/** A refusal, thrown from anywhere in a resource and answered as a problem document. */
public class ProblemException extends WebApplicationException {

  public ProblemException(int status, String title, String detail) {
    this(Problem.of(status, title, detail));
  }

  public ProblemException(Problem problem) {
    super(problem.detail(), problem.response());
  }

  public static ProblemException invalid(List<FieldError> errors) {
    return new ProblemException(Problem.invalid(errors));
  }

  public static ProblemException invalid(String field, String message) {
    return invalid(List.of(new FieldError(field, message)));
  }

  public static ProblemException notFound(String detail) {
    return new ProblemException(404, "Not Found", detail);
  }

  public static ProblemException conflict(String detail) {
    return new ProblemException(409, "Conflict", detail);
  }
}
