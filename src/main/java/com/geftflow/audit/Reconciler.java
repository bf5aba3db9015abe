package com.geftflow.audit;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Compares a settlement file with the payments here and lists every difference: pure, so that each
 * rule is tested without a database. A row is matched by its session id, else by its reference when
 * one payment has it.
 */
final class Reconciler {

  static final String SCHEDULED = "SCHEDULED";

  enum Kind {
    /** Flinks settled a payment that is not SCHEDULED here. */
    SETTLED_NOT_SCHEDULED,
    /** SCHEDULED here, and not in the file although its settlement days have passed. */
    NOT_SETTLED,
    /** Settled for another amount than scheduled here. */
    AMOUNT_DIFFERS,
    /** A row no payment here has. */
    UNKNOWN_REFERENCE,
    /** A second row for a payment already in the file. */
    DUPLICATE
  }

  /** One row of the file, as read. */
  record Row(int line, String referenceId, String sessionId, BigDecimal amount, String status, LocalDate settledOn) {
  }

  /** One payment here. */
  record Ours(String paymentId, String referenceId, String sessionId, String state, BigDecimal amount,
      LocalDate createdOn) {
  }

  /** A difference; {@code ours} and {@code theirs} say what each side holds. */
  record Finding(Kind kind, Integer line, String paymentId, String referenceId, String sessionId, String ours,
      String theirs) {
  }

  private Reconciler() {
  }

  /**
   * @param payments the payments the rows name, and every payment that should be in the file (SCHEDULED,
   *     created in its period less the settlement days)
   * @param settleDays business days (Monday to Friday) a scheduled payment takes to settle
   */
  static List<Finding> reconcile(List<Row> rows, List<Ours> payments, int settleDays) {
    Map<String, Ours> bySession = index(payments, Ours::sessionId);
    Map<String, List<Ours>> byReference = new HashMap<>();
    payments.forEach(p -> byReference.computeIfAbsent(p.referenceId(), r -> new ArrayList<>()).add(p));
    List<Finding> findings = new ArrayList<>();
    Set<String> settled = new HashSet<>();
    for (Row row : rows) {
      Optional<Ours> ours = Optional.ofNullable(bySession.get(row.sessionId()))
          .or(() -> Optional.ofNullable(byReference.get(row.referenceId())).filter(l -> l.size() == 1).map(l -> l.get(0)));
      if (ours.isEmpty()) {
        findings.add(new Finding(Kind.UNKNOWN_REFERENCE, row.line(), null, row.referenceId(), row.sessionId(), null,
            row.status() + " " + row.amount()));
        continue;
      }
      Ours payment = ours.get();
      if (!settled.add(payment.paymentId())) {
        findings.add(new Finding(Kind.DUPLICATE, row.line(), payment.paymentId(), row.referenceId(), row.sessionId(),
            null, row.status() + " " + row.amount() + " on " + row.settledOn()));
        continue;
      }
      if (!SCHEDULED.equals(payment.state())) {
        findings.add(new Finding(Kind.SETTLED_NOT_SCHEDULED, row.line(), payment.paymentId(), row.referenceId(),
            row.sessionId(), payment.state(), row.status() + " on " + row.settledOn()));
      }
      if (payment.amount() != null && payment.amount().compareTo(row.amount()) != 0) {
        findings.add(new Finding(Kind.AMOUNT_DIFFERS, row.line(), payment.paymentId(), row.referenceId(),
            row.sessionId(), payment.amount().toPlainString(), row.amount().toPlainString()));
      }
    }
    Optional<LocalDate> last = rows.stream().map(Row::settledOn).max(Comparator.naturalOrder());
    Optional<LocalDate> first = rows.stream().map(Row::settledOn).min(Comparator.naturalOrder());
    if (last.isPresent()) {
      LocalDate from = businessDaysBefore(first.get(), settleDays);
      LocalDate until = businessDaysBefore(last.get(), settleDays);
      payments.stream()
          .filter(p -> SCHEDULED.equals(p.state()) && !settled.contains(p.paymentId()))
          .filter(p -> !p.createdOn().isBefore(from) && !p.createdOn().isAfter(until))
          .sorted(Comparator.comparing(Ours::createdOn).thenComparing(Ours::paymentId))
          .forEach(p -> findings.add(new Finding(Kind.NOT_SETTLED, null, p.paymentId(), p.referenceId(), p.sessionId(),
              SCHEDULED + " " + p.amount() + " since " + p.createdOn(), null)));
    }
    return findings;
  }

  /** The day {@code days} business days (Monday to Friday) before {@code day}. */
  static LocalDate businessDaysBefore(LocalDate day, int days) {
    LocalDate result = day;
    for (int left = days; left > 0; ) {
      result = result.minusDays(1);
      if (result.getDayOfWeek() != DayOfWeek.SATURDAY && result.getDayOfWeek() != DayOfWeek.SUNDAY) {
        left--;
      }
    }
    return result;
  }

  private static Map<String, Ours> index(List<Ours> payments, Function<Ours, String> key) {
    Map<String, Ours> index = new HashMap<>();
    payments.stream().filter(p -> key.apply(p) != null).forEach(p -> index.put(key.apply(p), p));
    return index;
  }
}
