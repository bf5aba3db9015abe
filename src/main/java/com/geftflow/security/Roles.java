package com.geftflow.security;

/** The product's roles, named once; Liberty maps them to groups in server.xml, Camunda grants them in {@code engine.CamundaIdentitySetup}. */
public final class Roles {

  public static final String PAYMENTS_API = "payments-api";
  public static final String OPERATIONS = "operations";
  public static final String AUDITOR = "auditor";

  private Roles() {
  }
}
