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
 * anything uses them. The JPA provider's own DDL generation is not used: on PostgreSQL its
 * existence probes abort the surrounding transaction and every later statement fails.
 */
@ApplicationScoped
public class RecordsSchema {

  static final String SCRIPT = "/db/geft-schema.sql";

  @Resource(lookup = "jdbc/camunda")
  DataSource dataSource;

  public void create() {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      connection.setAutoCommit(true);
      for (String sql : statements()) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create the GEFT Flow tables: " + e.getMessage(), e);
    }
  }

  static String[] statements() {
    try (InputStream in = RecordsSchema.class.getResourceAsStream(SCRIPT)) {
      String script = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
      return Arrays.stream(script.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toArray(String[]::new);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
