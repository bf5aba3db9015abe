package com.geftflow.events;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Work that must follow a commit and never a rollback: announcing what the transaction wrote. */
public final class AfterCommit {

  private AfterCommit() {
  }

  /** Runs {@code work} on the committing thread once the caller's JTA transaction has committed. */
  public static void run(TransactionSynchronizationRegistry transactions, Runnable work) {
    transactions.registerInterposedSynchronization(new Synchronization() {
      @Override
      public void beforeCompletion() {
      }

      @Override
      public void afterCompletion(int status) {
        if (status == Status.STATUS_COMMITTED) {
          work.run();
        }
      }
    });
  }
}
