package com.geftflow.arquillian;

import com.geftflow.engine.EngineRestarter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every in-container test, on one deployment, so that Payara Micro starts once: Arquillian's Payara
 * Micro adapter starts a server per deployment, and JUnit 5 {@code @Nested} classes do not run in
 * the container (arquillian-core#773). The tests live in the classes this one extends, by concern:
 * {@link EngineChecks}, {@link FlinksSandboxChecks}, {@link PaymentLifecycleChecks},
 * {@link TimelineChecks}.
 */
@ExtendWith(ArquillianExtension.class)
class InContainerIT extends TimelineChecks {

  @Deployment
  static WebArchive deployment() {
    return Deployments.productWar()
        .addClass(EngineRestarter.class)
        // Awaitility and its Hamcrest, from this test's own classpath: nothing read from a Maven repository
        .addPackages(true, "org.awaitility", "org.hamcrest");
  }
}
