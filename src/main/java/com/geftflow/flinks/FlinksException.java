package com.geftflow.flinks;

/**
 * A call to Flinks that did not succeed. The subclasses are what the process branches on; messages
 * carry Flinks' problem title and detail, never a credential.
 */
public abstract class FlinksException extends RuntimeException {

  private final int httpStatus;

  protected FlinksException(String message, int httpStatus, Throwable cause) {
    super(message, cause);
    this.httpStatus = httpStatus;
  }

  /** The HTTP status Flinks answered, or 0 when it did not answer. */
  public int httpStatus() {
    return httpStatus;
  }
}
