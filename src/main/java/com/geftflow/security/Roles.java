package com.geftflow.security;

import java.util.List;

/**
 * The product's roles, named once. The server maps each to a group of its registry (server.xml,
 * {@code geft.group.*}); in the Camunda web apps each is a group of the same name, whose permissions
 * {@code engine.CamundaIdentitySetup} grants.
 */
public final class Roles {

  public static final String PAYMENTS_API = "payments-api";
  public static final String OPERATIONS = "operations";
  public static final String AUDITOR = "auditor";
  /** Camunda's administrators' group ({@code Groups.CAMUNDA_ADMIN}), the engine's admin group. */
  public static final String CAMUNDA_ADMIN = "camunda-admin";

  /** The roles that are Camunda groups too. */
  public static final List<String> CAMUNDA_GROUPS = List.of(OPERATIONS, AUDITOR, CAMUNDA_ADMIN);

  private Roles() {
  }
}
