package com.geftflow.audit;

import jakarta.enterprise.context.Dependent;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@code geft.reconciliation.*}; defaults in {@code META-INF/microprofile-config.properties}. */
// @Dependent makes it a bean under annotated discovery; without it SmallRye finds no mapping
@Dependent
@ConfigProperties(prefix = "geft.reconciliation")
public class ReconciliationSettings {

  /** The settlement file's header names of referenceId, sessionId, amount, status and settledAt, in that order. */
  public List<String> columns;

  /** Business days (Monday to Friday) a scheduled payment takes to settle at Flinks. */
  @ConfigProperty(name = "settle-days")
  public int settleDays;
}
