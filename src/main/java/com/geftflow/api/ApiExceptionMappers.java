package com.geftflow.api;

import com.geftflow.flinks.FieldError;
import com.geftflow.flinks.Problem;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** Errors of the lender API as problem details with field-level errors. */
final class ApiExceptionMappers {

  private ApiExceptionMappers() {
  }

  static Response problem(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem.toJson()).build();
  }

  /** Invalid fields: 400 with every {field, message}. */
  public static final class InvalidRequestException extends RuntimeException {
    final List<FieldError> errors;

    InvalidRequestException(List<FieldError> errors) {
      super("invalid request");
      this.errors = errors;
    }
  }

  @Provider
  public static class Invalid implements ExceptionMapper<InvalidRequestException> {
    @Override
    public Response toResponse(InvalidRequestException e) {
      return problem(Problem.invalid(e.errors));
    }
  }

  static Response unreadableBody() {
    return problem(Problem.invalid(List.of(new FieldError("body", "is not valid JSON of the expected shape"))));
  }

  /** A body that is not JSON, or not of the request's shape (RESTEasy, as on Liberty). */
  @Provider
  public static class JsonInvalid implements ExceptionMapper<JsonbException> {
    @Override
    public Response toResponse(JsonbException e) {
      return unreadableBody();
    }
  }

  /** The same, as runtimes that wrap the JSON-B failure report it (Jersey, as on Payara). */
  @Provider
  public static class BodyUnreadable implements ExceptionMapper<ProcessingException> {
    @Override
    public Response toResponse(ProcessingException e) {
      return unreadableBody();
    }
  }
}
