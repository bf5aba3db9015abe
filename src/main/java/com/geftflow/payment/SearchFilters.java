package com.geftflow.payment;

import com.geftflow.flinks.SessionRequestValidator;
import com.geftflow.web.FieldError;
import com.geftflow.web.JsonBodies;
import com.geftflow.web.ProblemException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The filters that the payment search and the audit share, checked together so that every invalid
 * one is reported in a single 400. Pages are bounded: at most {@code maxLimit} rows, starting at most
 * {@link #MAX_OFFSET} rows in (narrow the dates to go further back), so that no request reads or skips
 * an unbounded number of rows.
 */
public record SearchFilters(String referenceId, PaymentState state, OffsetDateTime from, OffsetDateTime to,
    int offset, int limit) {

  public static final int MAX_OFFSET = 10_000;

  public static SearchFilters parse(String referenceId, String state, String from, String to, int offset, int limit,
      int maxLimit) {
    List<FieldError> errors = new ArrayList<>();
    if (referenceId != null && (referenceId.length() > SessionRequestValidator.REFERENCE_ID_MAX
        || JsonBodies.hasControlCharacter(referenceId))) {
      errors.add(new FieldError("referenceId", "must be at most " + SessionRequestValidator.REFERENCE_ID_MAX
          + " characters, without control characters"));
    }
    PaymentState parsedState = null;
    if (state != null) {
      try {
        parsedState = PaymentState.valueOf(state);
      } catch (IllegalArgumentException unknown) {
        errors.add(new FieldError("state", "must be one of " + List.of(PaymentState.values())));
      }
    }
    OffsetDateTime fromTime = time("from", from, errors);
    OffsetDateTime toTime = time("to", to, errors);
    if (fromTime != null && toTime != null && !fromTime.isBefore(toTime)) {
      errors.add(new FieldError("to", "must be after from"));
    }
    if (offset < 0 || offset > MAX_OFFSET) {
      errors.add(new FieldError("offset", "must be 0 to " + MAX_OFFSET + "; narrow from and to to page further"));
    }
    if (limit < 1 || limit > maxLimit) {
      errors.add(new FieldError("limit", "must be 1 to " + maxLimit));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
    return new SearchFilters(referenceId, parsedState, fromTime, toTime, offset, limit);
  }

  /** An ISO-8601 date (midnight UTC) or instant. */
  private static OffsetDateTime time(String field, String value, List<FieldError> errors) {
    if (value == null) {
      return null;
    }
    try {
      return value.length() == 10 ? LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC)
          : OffsetDateTime.parse(value);
    } catch (DateTimeParseException invalid) {
      errors.add(new FieldError(field, "must be an ISO-8601 date (2026-11-26) or instant (2026-11-26T10:00:00Z)"));
      return null;
    }
  }
}
