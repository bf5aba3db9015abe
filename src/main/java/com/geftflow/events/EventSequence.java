package com.geftflow.events;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The last position given to an event: one row, locked while positions are given, so that every
 * committed event gets the next one and a reader's cursor never passes an event committed later.
 */
@Entity
@Table(name = "GEFT_LENDER_EVENT_SEQUENCE")
public class EventSequence {

  static final int ROW = 1;

  @Id
  private int id;

  private long lastPosition;

  protected EventSequence() {
  }

  long next() {
    return ++lastPosition;
  }
}
