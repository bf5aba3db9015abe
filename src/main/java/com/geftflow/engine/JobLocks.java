package com.geftflow.engine;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Jobs this node locked before it stopped. A node's lock owner is its stable name
 * ({@code geft.node-name}), so at start every job still locked under that name belongs to a run that
 * died (kill -9, a crash, a lost machine): nothing will finish it, and its lock would hold the
 * payment still until {@code geft.job-executor.lock-time} ran out. They are released before the job
 * executor starts, so that it takes them at once.
 */
@ApplicationScoped
public class JobLocks {

  @Resource(lookup = "jdbc/camunda")
  DataSource dataSource;

  /** @return how many jobs were released */
  int releaseHeldBy(String lockOwner, String jobTable) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement release = connection.prepareStatement("UPDATE " + jobTable
            + " SET LOCK_OWNER_ = NULL, LOCK_EXP_TIME_ = NULL WHERE LOCK_OWNER_ = ?")) {
      connection.setAutoCommit(true);
      release.setString(1, lockOwner);
      return release.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not release the jobs of " + lockOwner + ": " + e.getMessage(), e);
    }
  }
}
