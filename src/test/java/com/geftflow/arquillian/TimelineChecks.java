package com.geftflow.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.geftflow.audit.ChainReport;
import com.geftflow.audit.TimelineSeal;
import com.geftflow.audit.TimelineVerifier;
import com.geftflow.payment.TimelineSource;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The tamper-evident timeline against the real database: entries sealed by the running sealer,
 * days anchored, then rows changed, deleted and inserted with SQL behind the product's back.
 */
abstract class TimelineChecks extends PaymentLifecycleChecks {

  @Inject
  TimelineSeal seal;

  @Inject
  TimelineVerifier verifier;

  @Resource(lookup = "jdbc/camunda")
  DataSource database;

  @Test
  void sqlThatChangesDeletesOrInsertsTimelineRowsIsNamedByVerification() throws Exception {
    String changed = timelineOf(4);
    String shortened = timelineOf(4);
    String lengthened = timelineOf(3);
    String smuggled = timelineOf(2);
    String deleted = timelineOf(3);
    for (String payment : List.of(changed, shortened, lengthened, smuggled, deleted)) {
      awaitSealed(payment);
      assertTrue(verifier.payment(payment).orElseThrow().valid(), payment);
    }
    // the first pass of the next day anchors today's heads
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    seal.seal(500, today.plusDays(1));
    ChainReport day = verifier.days(today, today.plusDays(2));
    assertTrue(day.valid(), String.valueOf(day.broken()));
    assertTrue(day.anchors() >= 1 && day.payments() >= 5, day.toString());
    assertEquals(today, verifier.payment(changed).orElseThrow().anchoredThrough());

    // a whole payment's timeline deleted: only the day's anchor still knows it
    sql("delete from GEFT_TIMELINE where PAYMENTID = ?", deleted);
    sql("delete from GEFT_TIMELINE_HEAD where PAYMENTID = ?", deleted);
    ChainReport afterDelete = verifier.days(today, today.plusDays(1));
    assertFalse(afterDelete.valid());
    assertEquals(deleted, afterDelete.broken().paymentId());
    assertEquals(today, afterDelete.broken().day());

    sql("update GEFT_TIMELINE set DETAIL = 'amount 9999.00' where PAYMENTID = ? and SEQNO = 2", changed);
    assertBroken(changed, 2, "does not match its hash");

    sql("delete from GEFT_TIMELINE where PAYMENTID = ? and SEQNO = 4", shortened);
    assertBroken(shortened, 4, "ends before its last sealed entry");

    sql("insert into GEFT_TIMELINE (ID, PAYMENTID, AT, SOURCE, KIND, DETAIL, SEQNO, ROWHASH, HASH)"
        + " select ?, PAYMENTID, AT, SOURCE, KIND, 'forged', SEQNO, ROWHASH, HASH from GEFT_TIMELINE"
        + " where PAYMENTID = ? and SEQNO = 2", UUID.randomUUID().toString(), lengthened);
    assertBroken(lengthened, 2, "");

    // a row without the product's row hash is refused by the sealer, never chained
    String smuggledId = "smuggled-" + UUID.randomUUID().toString().substring(9);
    sql("insert into GEFT_TIMELINE (ID, PAYMENTID, AT, SOURCE, KIND, DETAIL) select ?, PAYMENTID,"
        + " AT, SOURCE, 'STATUS', 'SCHEDULED by hand' from GEFT_TIMELINE where PAYMENTID = ? and SEQNO = 1",
        smuggledId, smuggled);
    Awaitility.await().atMost(Duration.ofSeconds(20))
        .until(() -> verifier.payment(smuggled).orElseThrow().pending() == 0);
    ChainReport refused = verifier.payment(smuggled).orElseThrow();
    assertFalse(refused.valid());
    assertEquals(smuggledId, refused.broken().entryId(), refused.toString());

    // an anchor entry rewritten to match a rewritten chain: the anchor's own hash gives it away
    sql("update GEFT_TIMELINE_ANCHOR_ENTRY set HASH = '" + "f".repeat(64) + "' where PAYMENTID = ?", changed);
    ChainReport anchor = verifier.days(today, today.plusDays(1));
    assertFalse(anchor.valid());
    assertEquals(today, anchor.broken().day());
    assertTrue(anchor.broken().problem().contains("anchor"), anchor.broken().problem());
  }

  /** A timeline of {@code entries} entries, with the characters an export must carry exactly. */
  private String timelineOf(int entries) throws Exception {
    String paymentId = UUID.randomUUID().toString();
    userTransaction.begin();
    try {
      for (int i = 1; i <= entries; i++) {
        payments.record(paymentId, TimelineSource.SYSTEM, "TEST", i == 2 ? "amount 100.00" : "=1+2, \"quoted\"\n'" + i);
      }
      userTransaction.commit();
    } catch (Exception e) {
      userTransaction.rollback();
      throw e;
    }
    return paymentId;
  }

  private void awaitSealed(String paymentId) {
    Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> verifier.payment(paymentId)
        .map(r -> r.pending() == 0).orElse(false));
  }

  private void assertBroken(String paymentId, int seq, String problem) {
    ChainReport report = verifier.payment(paymentId).orElseThrow();
    assertFalse(report.valid(), paymentId);
    assertNotNull(report.broken());
    assertEquals(paymentId, report.broken().paymentId());
    assertEquals(seq, report.broken().seq(), report.broken().toString());
    assertTrue(report.broken().problem().contains(problem), report.broken().problem());
  }

  private void sql(String statement, String... parameters) throws SQLException {
    try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setString(i + 1, parameters[i]);
      }
      assertTrue(s.executeUpdate() > 0, statement);
    }
  }
}
