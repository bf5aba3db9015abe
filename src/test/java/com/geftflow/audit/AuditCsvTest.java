package com.geftflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuditCsvTest {

  @ParameterizedTest
  @ValueSource(strings = {"=HYPERLINK(\"x\")", "+1", "-1+2", "@SUM(A1)", "\t=1+2", "\r=1+2"})
  void aCellAForSpreadsheetWouldRunStartsAsText(String value) {
    String cell = AuditCsv.cell(value);

    assertThat(cell.startsWith("'") || cell.startsWith("\"'")).as(cell).isTrue();
  }

  @Test
  void aValueStartingWithTheGuardGetsOneTooSoThatDroppingTheFirstGivesTheValueBack() {
    assertThat(AuditCsv.cell("'quoted")).isEqualTo("''quoted");
    assertThat(AuditCsv.cell("=1").substring(1)).isEqualTo("=1");
  }

  @Test
  void plainTextAndQuotesAreRfc4180() {
    assertThat(AuditCsv.cell("John Smith")).isEqualTo("John Smith");
    assertThat(AuditCsv.cell("a,\"b\"")).isEqualTo("\"a,\"\"b\"\"\"");
  }
}
