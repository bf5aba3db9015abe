package com.geftflow.flinks;

import com.geftflow.web.FieldError;
import java.util.List;

/** Flinks refused the request (4xx): sending it again changes nothing, so it is never retried. */
public class FlinksRejectedException extends FlinksException {

  private final List<FieldError> errors;

  public FlinksRejectedException(String message, int httpStatus, List<FieldError> errors) {
    super(message, httpStatus, null);
    this.errors = errors == null ? List.of() : List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
