package com.geftflow.flinks;

/** Flinks did not answer usefully (5xx, 429, timeout, no connection): worth trying again later. */
public class FlinksUnavailableException extends FlinksException {

  public FlinksUnavailableException(String message, int httpStatus, Throwable cause) {
    super(message, httpStatus, cause);
  }
}
