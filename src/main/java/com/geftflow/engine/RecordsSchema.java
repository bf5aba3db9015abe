package com.geftflow.engine;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import javax.sql.DataSource;

/**
 * Creates the product's tables when missing, from {@code db/geft-schema.sql}, in autocommit before
 * anything uses them, and the index the job acquisition needs on the engine's job table, from
 * {@code db/engine-indexes.sql}, once the engine has created its tables. The JPA provider's own DDL
 * generation is not used: on PostgreSQL its existence probes abort the surrounding transaction and
 * every later statement fails.
 */
@ApplicationScoped
public class RecordsSchema {

  static final String SCRIPT = "/db/geft-schema.sql";
  static final String ENGINE_SCRIPT = "/db/engine-indexes.sql";

  @Resource(lookup = "jdbc/camunda")
  DataSource dataSource;

  public void create() {
    run(SCRIPT);
  }

  /** After the engine has created or upgraded its tables, before its job executor starts. */
  public void indexEngineTables() {
    run(ENGINE_SCRIPT);
  }

  private void run(String script) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      connection.setAutoCommit(true);
      for (String sql : statements(script)) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not run " + script + ": " + e.getMessage(), e);
    }
  }

  static String[] statements(String script) {
    try (InputStream in = RecordsSchema.class.getResourceAsStream(script)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
      return Arrays.stream(text.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toArray(String[]::new);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
