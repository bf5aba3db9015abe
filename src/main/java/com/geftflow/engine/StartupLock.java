package com.geftflow.engine;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * One node at a time sets the database up: the product's tables, the engine's schema, the models'
 * deployment and the roles' rights. Nodes that start together on one fresh PostgreSQL database would
 * otherwise create the same tables or deploy the same models at once (a failed start, or two
 * versions). A PostgreSQL advisory lock, held on a connection of its own for the set-up and
 * released even when it fails; H2 serves one process, which needs none.
 */
@ApplicationScoped
public class StartupLock {

  /** Any number that no other application takes on the same database: "GEFT" in ASCII. */
  static final long KEY = 0x47454654L;

  @Resource(lookup = "jdbc/camunda")
  DataSource dataSource;

  void during(Runnable setUp) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(true);
      boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
      if (!postgres) {
        setUp.run();
        return;
      }
      advisory(connection, "SELECT pg_advisory_lock(?)");
      try {
        setUp.run();
      } finally {
        advisory(connection, "SELECT pg_advisory_unlock(?)");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not take the start-up lock: " + e.getMessage(), e);
    }
  }

  private static void advisory(Connection connection, String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, KEY);
      statement.execute();
    }
  }
}
