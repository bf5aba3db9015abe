package com.geftflow.webapps;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;

/**
 * Camunda's own mapping, except that a refusal from one of our task listeners (an operator's input
 * the process may not take, such as another {@code paymentId}) is a 400 with its message, in
 * Tasklist and at {@code /engine-rest} alike. The engine wraps whatever a listener throws, and the
 * task resources answer any wrapped failure with a 500.
 */
public class EngineRefusalMapper implements ExceptionMapper<RestException> {

  private final RestExceptionHandler camunda = new RestExceptionHandler();

  /** Camunda's providers for an engine REST application, with this mapper in place of Camunda's. */
  static Set<Class<?>> configurationClasses() {
    Set<Class<?>> classes = new HashSet<>(CamundaRestResources.getConfigurationClasses());
    classes.remove(RestExceptionHandler.class);
    classes.add(EngineRefusalMapper.class);
    return classes;
  }

  @Override
  public Response toResponse(RestException exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof BadUserRequestException refusal) {
        return ExceptionHandlerHelper.getInstance().getResponse(refusal);
      }
    }
    return camunda.toResponse(exception);
  }
}
