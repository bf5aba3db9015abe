package com.geftflow.blackbox;

/**
 * The dev server's users and sandbox credentials (liberty/dev-users.xml, liberty/dev-sandbox.xml),
 * named once for the black-box tests.
 */
final class DevCredentials {

  static final String LENDER = "lender";
  static final String LENDER_PASSWORD = "lender";
  static final String OTHER_LENDER = "lender2";
  static final String OTHER_LENDER_PASSWORD = "lender2";
  static final String OPS = "ops";
  static final String OPS_PASSWORD = "ops";
  static final String AUDITOR = "auditor";
  static final String AUDITOR_PASSWORD = "auditor";
  static final String ADMIN = "demo";
  static final String ADMIN_PASSWORD = "demo";
  static final String SANDBOX_API_KEY = "sandbox-api-key";
  static final String SANDBOX_CLIENT_ID = "sandbox-client";
  static final String WEBHOOK_SECRET = "sandbox-webhook-secret";

  private DevCredentials() {
  }
}
