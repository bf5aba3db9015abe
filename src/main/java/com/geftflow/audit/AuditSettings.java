package com.geftflow.audit;

import jakarta.enterprise.context.Dependent;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@code geft.audit.*}; defaults in {@code META-INF/microprofile-config.properties}. */
// @Dependent makes it a bean under annotated discovery; without it SmallRye finds no mapping
@Dependent
@ConfigProperties(prefix = "geft.audit")
public class AuditSettings {

  /** How often new timeline entries are sealed into their payments' chains. */
  @ConfigProperty(name = "seal-interval")
  public Duration sealInterval;
}
