package com.geftflow.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One row, locked while entries are sealed and days anchored: one sealer at a time across the nodes. */
@Entity
@Table(name = "GEFT_TIMELINE_SEAL")
public class SealLock {

  static final int ROW = 1;

  @Id
  private int id;

  /** The last day anchored; no entry is sealed on it or before. */
  private LocalDate anchoredThrough;

  protected SealLock() {
  }

  LocalDate anchoredThrough() {
    return anchoredThrough;
  }

  void anchored(LocalDate day) {
    this.anchoredThrough = day;
  }
}
