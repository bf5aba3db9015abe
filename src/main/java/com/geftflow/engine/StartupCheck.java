package com.geftflow.engine;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses to start a server that misses a required setting ({@link RequiredSettings}): the message
 * names every missing setting, then the server stops (exit status 78, "configuration error"). A CDI
 * extension, so that it runs before any bean, and before MicroProfile Config's own validation, whose
 * message would name only the settings of one class. With {@code geft.startup.stop-server=false}
 * (a server that hosts other applications too) only this application fails to start.
 */
public class StartupCheck implements Extension {

  private static final Logger LOG = Logger.getLogger(StartupCheck.class.getName());
  static final int EXIT_CONFIGURATION_ERROR = 78;

  void check(@Observes BeforeBeanDiscovery event) {
    Config config = ConfigProvider.getConfig();
    List<String> refusals = RequiredSettings.refusals(name -> config.getOptionalValue(name, String.class));
    if (refusals.isEmpty()) {
      return;
    }
    String message = "GEFT Flow refuses to start:\n  - " + String.join("\n  - ", refusals);
    LOG.severe(message);
    if (config.getOptionalValue("geft.startup.stop-server", Boolean.class).orElse(true)) {
      // from a thread of its own: the JVM's shutdown stops the server, which waits for this start
      new Thread(() -> System.exit(EXIT_CONFIGURATION_ERROR), "geft-refuse-start").start();
    }
    throw new IllegalStateException(message);
  }
}
