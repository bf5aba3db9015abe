package com.geftflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class RecordsSchemaTest {

  @Test
  void createsEveryTableAndCanRunAgainOnTheSameDatabase() throws Exception {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:schema-test;DB_CLOSE_DELAY=-1");
    RecordsSchema schema = new RecordsSchema();
    schema.dataSource = h2;

    schema.create();
    schema.create();

    try (Connection c = DriverManager.getConnection("jdbc:h2:mem:schema-test");
        ResultSet tables = c.getMetaData().getTables(null, null, "GEFT_%", new String[] {"TABLE"})) {
      java.util.List<String> names = new java.util.ArrayList<>();
      while (tables.next()) {
        names.add(tables.getString("TABLE_NAME"));
      }
      assertThat(names).containsExactlyInAnyOrder("GEFT_PAYMENT", "GEFT_TIMELINE", "GEFT_BORROWER_ACTIVITY",
          "GEFT_WEBHOOK_INBOX", "GEFT_SESSION", "GEFT_SANDBOX_SESSION", "GEFT_LENDER_EVENT",
          "GEFT_LENDER_EVENT_ATTEMPT", "GEFT_LENDER_UNSUBSCRIBED", "GEFT_LENDER_EVENT_SEQUENCE", "GEFT_TIMELINE_HEAD",
          "GEFT_TIMELINE_ANCHOR", "GEFT_TIMELINE_ANCHOR_ENTRY", "GEFT_TIMELINE_SEAL", "GEFT_RECONCILIATION",
          "GEFT_RECONCILIATION_FINDING");
    }
    // the feed's one sequence row, once however often the script runs
    try (Connection c = DriverManager.getConnection("jdbc:h2:mem:schema-test");
        ResultSet rows = c.createStatement().executeQuery("select count(*), max(LASTPOSITION) from GEFT_LENDER_EVENT_SEQUENCE")) {
      rows.next();
      assertThat(rows.getInt(1)).isEqualTo(1);
      assertThat(rows.getLong(2)).isZero();
    }
    // and the sealer's one lock row
    try (Connection c = DriverManager.getConnection("jdbc:h2:mem:schema-test");
        ResultSet rows = c.createStatement().executeQuery("select count(*) from GEFT_TIMELINE_SEAL")) {
      rows.next();
      assertThat(rows.getInt(1)).isEqualTo(1);
    }
  }

  @Test
  void indexesTheEngineJobsByDueDateAndGivesOldJobsOne() throws Exception {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:engine-index-test;DB_CLOSE_DELAY=-1");
    RecordsSchema schema = new RecordsSchema();
    schema.dataSource = h2;
    try (Connection c = h2.getConnection()) {
      // the columns of the engine's job table the script touches
      c.createStatement().execute("create table ACT_RU_JOB (ID_ varchar(64) primary key, DUEDATE_ timestamp,"
          + " CREATE_TIME_ timestamp)");
      c.createStatement().execute("insert into ACT_RU_JOB values ('before', null, timestamp '2026-01-02 03:04:05'),"
          + " ('timer', timestamp '2026-02-01 00:00:00', timestamp '2026-01-01 00:00:00')");
    }

    schema.indexEngineTables();
    schema.indexEngineTables();

    try (Connection c = h2.getConnection();
        ResultSet indexes = c.getMetaData().getIndexInfo(null, null, "ACT_RU_JOB", false, false)) {
      java.util.List<String> columns = new java.util.ArrayList<>();
      while (indexes.next()) {
        if ("GEFT_JOB_DUE".equals(indexes.getString("INDEX_NAME"))) {
          columns.add(indexes.getString("COLUMN_NAME"));
        }
      }
      assertThat(columns).containsExactly("DUEDATE_");
      ResultSet due = c.createStatement().executeQuery("select ID_, DUEDATE_ from ACT_RU_JOB order by ID_");
      due.next();
      assertThat(due.getString(2)).startsWith("2026-01-02 03:04:05");
      due.next();
      assertThat(due.getString(2)).startsWith("2026-02-01 00:00:00");
    }
  }
}
