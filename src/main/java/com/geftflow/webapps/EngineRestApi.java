package com.geftflow.webapps;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;

/**
 * Camunda's engine REST API at {@code /engine-rest}, guarded in {@code web.xml} by Camunda's
 * Basic-authentication filter against the engine's own users.
 */
@ApplicationPath("/engine-rest")
public class EngineRestApi extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    Set<Class<?>> classes = new HashSet<>(CamundaRestResources.getResourceClasses());
    classes.addAll(EngineRefusalMapper.configurationClasses());
    return classes;
  }
}
