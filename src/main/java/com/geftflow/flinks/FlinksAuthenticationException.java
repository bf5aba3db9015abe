package com.geftflow.flinks;

/**
 * Flinks refused our credentials (401/403). Retrying cannot help: an operator must fix the
 * configuration, so this is raised loudly (an incident) rather than retried.
 */
public class FlinksAuthenticationException extends FlinksException {

  public FlinksAuthenticationException(String message, int httpStatus) {
    super(message, httpStatus, null);
  }
}
