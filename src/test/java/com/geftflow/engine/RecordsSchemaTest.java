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
          "GEFT_LENDER_EVENT_ATTEMPT", "GEFT_LENDER_UNSUBSCRIBED", "GEFT_LENDER_EVENT_SEQUENCE");
    }
    // the feed's one sequence row, once however often the script runs
    try (Connection c = DriverManager.getConnection("jdbc:h2:mem:schema-test");
        ResultSet rows = c.createStatement().executeQuery("select count(*), max(LASTPOSITION) from GEFT_LENDER_EVENT_SEQUENCE")) {
      rows.next();
      assertThat(rows.getInt(1)).isEqualTo(1);
      assertThat(rows.getLong(2)).isZero();
    }
  }
}
