package com.geftflow.security;

/** The roles of the design; Liberty maps them to users and groups in server.xml. */
public final class Roles {

  public static final String PAYMENTS_API = "payments-api";
  public static final String OPERATIONS = "operations";
  public static final String AUDITOR = "auditor";

  private Roles() {
  }
}
