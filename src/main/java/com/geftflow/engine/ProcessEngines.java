package com.geftflow.engine;

/** Names shared by the engine set-up and the code that looks the engine up. */
public final class ProcessEngines {

  /** The one engine of this application; the web apps and the engine REST API address it by name. */
  public static final String NAME = "default";

  private ProcessEngines() {
  }
}
