package com.geftflow.webapps;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;

/**
 * Camunda's own mapping, with two refusals told apart from failures, in Tasklist and at
 * {@code /engine-rest} alike:
 * <ul>
 * <li>a refusal from one of our task listeners (an operator's input the process may not take, such
 * as another {@code paymentId}) is a 400 with its message. The engine wraps whatever a listener
 * throws, and the task resources answer any wrapped failure with a 500;</li>
 * <li>a request that met the payment moving at the same moment (a poll, a webhook's wake-up) and
 * was rolled back whole, an {@link OptimisticLockingException}, is a 409 with
 * {@code Retry-After}: the caller sends it again. Camunda answers it with a 500, which reads as a
 * fault and gets no retry.</li>
 * </ul>
 * The body stays Camunda's ({@code type}, {@code message}, {@code code} 1 for the conflict).
 */
public class EngineRefusalMapper implements ExceptionMapper<RestException> {

  private final RestExceptionHandler camunda = new RestExceptionHandler();

  /** Camunda's providers for an engine REST application, with these mappers in place of Camunda's. */
  static Set<Class<?>> configurationClasses() {
    Set<Class<?>> classes = new HashSet<>(CamundaRestResources.getConfigurationClasses());
    classes.remove(RestExceptionHandler.class);
    classes.remove(ProcessEngineExceptionHandler.class);
    classes.add(EngineRefusalMapper.class);
    classes.add(Engine.class);
    return classes;
  }

  @Override
  public Response toResponse(RestException exception) {
    return refusal(exception).orElseGet(() -> camunda.toResponse(exception));
  }

  /** What the engine itself throws, unwrapped by the resource (a message correlation, for one). */
  public static class Engine implements ExceptionMapper<ProcessEngineException> {

    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException exception) {
      return refusal(exception).orElseGet(() -> camunda.toResponse(exception));
    }
  }

  static Optional<Response> refusal(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof BadUserRequestException refused) {
        return Optional.of(ExceptionHandlerHelper.getInstance().getResponse(refused));
      }
      if (cause instanceof OptimisticLockingException conflict) {
        return Optional.of(Response.status(Response.Status.CONFLICT).header("Retry-After", "1")
            .entity(ExceptionHandlerHelper.getInstance().fromException(conflict))
            .type(MediaType.APPLICATION_JSON_TYPE).build());
      }
    }
    return Optional.empty();
  }
}
