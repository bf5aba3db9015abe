package com.geftflow.webapps;

import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.rest.impl.NamedProcessEngineRestServiceImpl;

/**
 * The engine REST API the Camunda web apps call ({@code /camunda/api/engine}, mapped in
 * {@code web.xml}): Camunda's {@code EngineRestApplication}, with {@link EngineRefusalMapper} so that
 * Tasklist shows an operator why a completion was refused.
 */
public class TasklistEngineApi extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    Set<Class<?>> classes = new HashSet<>(EngineRefusalMapper.configurationClasses());
    classes.add(NamedProcessEngineRestServiceImpl.class);
    return classes;
  }
}
