package com.geftflow.web;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.camunda.bpm.engine.OptimisticLockingException;

/**
 * Refusals and failures as problem documents: a body that cannot be bound answers 400, on both
 * runtimes; a runtime's refusal keeps its status; a request that met the payment's process moving
 * at the same moment is a 409 to send again; anything else is a 500 that tells nothing of the
 * internals (the runtimes would send the exception's message, SQL included).
 */
public final class ProblemMappers {

  private ProblemMappers() {
  }

  static Response unreadableBody() {
    return ProblemException.invalid("body", "is not valid JSON of the expected shape").getResponse();
  }

  /** A body that is not JSON, or not of the request's shape (RESTEasy, as on Liberty). */
  @Provider
  public static class JsonInvalid implements ExceptionMapper<JsonbException> {
    @Override
    public Response toResponse(JsonbException e) {
      return unreadableBody();
    }
  }

  /**
   * Every other refusal of the runtime (no such path or payment, a method or media type the
   * resource does not take, a role it lacks) as a problem document instead of an empty body.
   */
  public static class Refused implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      Response response = e.getResponse();
      if (response.hasEntity()) {
        return response;
      }
      Response.StatusType status = response.getStatusInfo();
      return Problem.of(status.getStatusCode(), status.getReasonPhrase(), status.getStatusCode() == 404
          ? "No such resource" : status.getReasonPhrase()).response();
    }
  }

  /**
   * What nothing else maps: logged here, answered without a word of it. The engine's optimistic
   * lock, wrapped or not, is no failure: the request was rolled back whole because a status update
   * touched the same process at the same moment, and the same request succeeds when sent again.
   */
  public static class Failed implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(Failed.class.getName());

    @Override
    public Response toResponse(RuntimeException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof OptimisticLockingException) {
          return Response.fromResponse(Problem.of(409, "Conflict", "The payment changed at the same moment; nothing "
              + "was done. Send the request again").response()).header("Retry-After", "1").build();
        }
      }
      String incident = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Request failed, incident " + incident, e);
      return Problem.of(500, "Internal Server Error", "The request could not be completed (incident " + incident
          + ")").response();
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
