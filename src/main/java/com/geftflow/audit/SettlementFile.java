package com.geftflow.audit;

import com.geftflow.web.FieldError;
import com.geftflow.web.JsonBodies;
import com.geftflow.web.ProblemException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A settlement file as Flinks sends it: CSV (RFC 4180, UTF-8), a header naming the columns, one row
 * per settled payment. Which header names the five fields is configured
 * ({@code geft.reconciliation.columns}); other columns are ignored. Every problem is a field error
 * naming the line, and nothing is read from a file with one.
 */
final class SettlementFile {

  /** The fields, in the order {@code geft.reconciliation.columns} names their headers. */
  static final List<String> FIELDS = List.of("referenceId", "sessionId", "amount", "status", "settledAt");
  private static final int MAX_ERRORS = 20;

  private SettlementFile() {
  }

  static List<Reconciler.Row> read(byte[] body, List<String> headers) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException notUtf8) {
      throw ProblemException.invalid("file", "must be UTF-8 text");
    }
    List<List<String>> lines = Csv.parse(text);
    if (lines.isEmpty()) {
      throw ProblemException.invalid("file", "is empty: a header line is expected");
    }
    List<String> header = lines.get(0).stream().map(String::trim).toList();
    int[] at = new int[FIELDS.size()];
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < FIELDS.size(); i++) {
      at[i] = header.indexOf(headers.get(i));
      if (at[i] < 0) {
        errors.add(new FieldError("header", "has no column " + headers.get(i) + " (the " + FIELDS.get(i) + ")"));
      }
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
    List<Reconciler.Row> rows = new ArrayList<>();
    for (int n = 1; n < lines.size() && errors.size() < MAX_ERRORS; n++) {
      List<String> cells = lines.get(n);
      int line = n + 1;
      if (cells.size() == 1 && cells.get(0).isBlank()) {
        continue;
      }
      if (cells.size() != header.size()) {
        errors.add(new FieldError("line " + line, "has " + cells.size() + " cells, the header " + header.size()));
        continue;
      }
      String reference = cells.get(at[0]).trim();
      String session = cells.get(at[1]).trim();
      BigDecimal amount = amount(cells.get(at[2]).trim(), line, errors);
      LocalDate settled = day(cells.get(at[4]).trim(), line, errors);
      if (reference.isEmpty() && session.isEmpty()) {
        errors.add(new FieldError("line " + line, "has neither a referenceId nor a sessionId"));
      } else if (reference.length() > 100 || session.length() > 64 || cells.get(at[3]).length() > 40
          || JsonBodies.hasControlCharacter(reference + session + cells.get(at[3]))) {
        errors.add(new FieldError("line " + line, "has a referenceId, sessionId or status too long or with a"
            + " control character"));
      } else if (amount != null && settled != null) {
        rows.add(new Reconciler.Row(line, reference, session.isEmpty() ? null : session, amount,
            cells.get(at[3]).trim(), settled));
      }
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
    return rows;
  }

  private static BigDecimal amount(String value, int line, List<FieldError> errors) {
    try {
      BigDecimal amount = new BigDecimal(value);
      if (amount.signum() >= 0 && amount.scale() <= 2 && amount.precision() - amount.scale() <= 10) {
        return amount;
      }
    } catch (NumberFormatException notANumber) {
      // named below
    }
    errors.add(new FieldError("line " + line, "amount must be a number like 1250.00"));
    return null;
  }

  /** An ISO-8601 date, or an instant (its day in UTC). */
  private static LocalDate day(String value, int line, List<FieldError> errors) {
    try {
      return value.length() == 10 ? LocalDate.parse(value)
          : OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    } catch (DateTimeParseException notADate) {
      errors.add(new FieldError("line " + line, "settledAt must be an ISO-8601 date or instant"));
      return null;
    }
  }
}
