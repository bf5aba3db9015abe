package com.geftflow.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.spi.AlterableContext;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineServices;

/**
 * In-container tests only: stops the engine and builds it again on the same database, as a server
 * restart would. camunda-engine-cdi produces the engine and its services application-scoped, so
 * every bean would keep reaching the closed engine (a second engine beside the new one, which a
 * restart never leaves); they are dropped, and the next call produces the new engine's.
 */
@ApplicationScoped
public class EngineRestarter {

  @Inject
  ProcessEngineBootstrap bootstrap;

  @Inject
  BeanManager beans;

  public void restart() {
    bootstrap.stop(null);
    AlterableContext application = (AlterableContext) beans.getContext(ApplicationScoped.class);
    for (Class<?> service : services()) {
      for (Bean<?> bean : beans.getBeans(service)) {
        application.destroy(bean);
      }
    }
    bootstrap.start(null);
  }

  /** The engine and each service it hands out, the types camunda-engine-cdi produces. */
  private static List<Class<?>> services() {
    List<Class<?>> types = new ArrayList<>(List.of(ProcessEngine.class));
    for (var method : ProcessEngineServices.class.getMethods()) {
      types.add(method.getReturnType());
    }
    return types;
  }
}
