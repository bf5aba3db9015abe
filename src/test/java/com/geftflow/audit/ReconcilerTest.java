package com.geftflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.geftflow.audit.Reconciler.Kind;
import com.geftflow.web.ProblemException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconcilerTest {

  private static final List<String> COLUMNS = SettlementFile.FIELDS;
  // Thursday 3 December 2026: two business days later is Monday the 7th
  private static final LocalDate CREATED = LocalDate.of(2026, 12, 3);
  private static final LocalDate SETTLED = LocalDate.of(2026, 12, 7);

  private static Reconciler.Ours scheduled(String id) {
    return new Reconciler.Ours(id, "REF-" + id, "S-" + id, "SCHEDULED", new BigDecimal("500.00"), CREATED);
  }

  private static Reconciler.Row row(int line, String id, String amount) {
    return new Reconciler.Row(line, "REF-" + id, "S-" + id, new BigDecimal(amount), "SETTLED", SETTLED);
  }

  @Test
  void everyPlantedDifferenceIsFoundAndNothingElse() {
    List<Reconciler.Ours> ours = List.of(scheduled("ok"), scheduled("amount"), scheduled("missing"), scheduled("dup"),
        new Reconciler.Ours("waiting", "REF-waiting", "S-waiting", "AWAITING_BORROWER", new BigDecimal("500.00"),
            CREATED),
        // scheduled long before the file's days: settled in an earlier file
        new Reconciler.Ours("old", "REF-old", "S-old", "SCHEDULED", BigDecimal.TEN, CREATED.minusDays(30)));
    List<Reconciler.Row> rows = List.of(row(2, "ok", "500.00"), row(3, "amount", "499.99"), row(4, "dup", "500"),
        row(5, "dup", "500.00"), row(6, "waiting", "500.00"), row(7, "stranger", "12.00"));

    List<Reconciler.Finding> findings = Reconciler.reconcile(rows, ours, 2);

    assertThat(findings).extracting(Reconciler.Finding::kind, Reconciler.Finding::line, Reconciler.Finding::paymentId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Kind.AMOUNT_DIFFERS, 3, "amount"),
            org.assertj.core.groups.Tuple.tuple(Kind.DUPLICATE, 5, "dup"),
            org.assertj.core.groups.Tuple.tuple(Kind.SETTLED_NOT_SCHEDULED, 6, "waiting"),
            org.assertj.core.groups.Tuple.tuple(Kind.UNKNOWN_REFERENCE, 7, null),
            org.assertj.core.groups.Tuple.tuple(Kind.NOT_SETTLED, null, "missing"));
    assertThat(findings.get(0).ours()).isEqualTo("500.00");
    assertThat(findings.get(0).theirs()).isEqualTo("499.99");
  }

  @Test
  void aRowIsMatchedBySessionFirstAndByReferenceOnlyWhenOnePaymentHasIt() {
    Reconciler.Ours a = new Reconciler.Ours("a", "SHARED", "S-a", "SCHEDULED", new BigDecimal("1.00"), CREATED);
    Reconciler.Ours b = new Reconciler.Ours("b", "SHARED", "S-b", "SCHEDULED", new BigDecimal("1.00"), CREATED);
    Reconciler.Row bySession = new Reconciler.Row(2, "SHARED", "S-b", new BigDecimal("1.00"), "SETTLED", SETTLED);
    Reconciler.Row ambiguous = new Reconciler.Row(3, "SHARED", null, new BigDecimal("1.00"), "SETTLED", SETTLED);

    assertThat(Reconciler.reconcile(List.of(bySession, ambiguous), List.of(a, b), 2))
        .extracting(Reconciler.Finding::kind, Reconciler.Finding::paymentId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.UNKNOWN_REFERENCE, null),
            org.assertj.core.groups.Tuple.tuple(Kind.NOT_SETTLED, "a"));
  }

  @Test
  void businessDaysSkipTheWeekend() {
    assertThat(Reconciler.businessDaysBefore(SETTLED, 2)).isEqualTo(CREATED);
    assertThat(Reconciler.businessDaysBefore(SETTLED, 0)).isEqualTo(SETTLED);
  }

  @Test
  void aFileIsReadByItsHeaderNamesInAnyOrderWithOtherColumnsIgnored() {
    String csv = "note,settledAt,amount,status,sessionId,referenceId\r\n"
        + "\"a, b\",2026-12-07,1250.00,SETTLED,S-1,REF-1\r\n"
        + "x,2026-12-07T10:00:00-05:00,3,SETTLED,,REF-2\n";

    List<Reconciler.Row> rows = SettlementFile.read(csv.getBytes(StandardCharsets.UTF_8), COLUMNS);

    assertThat(rows).containsExactly(
        new Reconciler.Row(2, "REF-1", "S-1", new BigDecimal("1250.00"), "SETTLED", SETTLED),
        new Reconciler.Row(3, "REF-2", null, new BigDecimal("3"), "SETTLED", SETTLED));
  }

  @Test
  void aBadFileIsRefusedWholeWithEveryBadLineNamed() {
    String missing = "referenceId,amount\r\nREF,1\r\n";
    assertThatThrownBy(() -> SettlementFile.read(missing.getBytes(StandardCharsets.UTF_8), COLUMNS))
        .isInstanceOfSatisfying(ProblemException.class, p -> {
          assertThat(p.getResponse().getStatus()).isEqualTo(400);
          assertThat(String.valueOf(p.getResponse().getEntity())).contains("no column sessionId")
              .contains("no column status").contains("no column settledAt").doesNotContain("no column amount");
        });
    String bad = "referenceId,sessionId,amount,status,settledAt\r\n"
        + "REF-1,S-1,12.345,SETTLED,2026-12-07\r\n"
        + "REF-2,S-2,abc,SETTLED,2026-12-07\r\n"
        + "REF-3,S-3,1.00,SETTLED,yesterday\r\n"
        + "REF-4,S-4,1.00\r\n"
        + "REF-\u00005,S-5,1.00,SETTLED,2026-12-07\r\n"
        + "REF-6,S-6,1.00,SETTLED,2026-12-07\r\n";
    assertThatThrownBy(() -> SettlementFile.read(bad.getBytes(StandardCharsets.UTF_8), COLUMNS))
        .isInstanceOfSatisfying(ProblemException.class, p -> {
          assertThat(p.getResponse().getStatus()).isEqualTo(400);
          String problem = String.valueOf(p.getResponse().getEntity());
          assertThat(problem).contains("line 2").contains("line 3").contains("line 4").contains("line 5")
              .contains("line 6").doesNotContain("line 7");
        });
    byte[] latin1 = "referenceId\r\nR\u00e9f\r\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> SettlementFile.read(latin1, COLUMNS)).isInstanceOf(ProblemException.class);
  }
}
