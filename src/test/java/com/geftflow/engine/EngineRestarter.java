package com.geftflow.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** In-container tests only: stops the engine and builds it again on the same database, as a server restart would. */
@ApplicationScoped
public class EngineRestarter {

  @Inject
  ProcessEngineBootstrap bootstrap;

  public void restart() {
    bootstrap.stop(null);
    bootstrap.start(null);
  }
}
