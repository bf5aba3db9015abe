package com.geftflow.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One day's anchor: the heads of every payment whose timeline was sealed that day
 * ({@link AnchorEntry}), chained to the anchor of the day before. A deleted payment leaves its
 * anchor entry without entries; a changed anchor entry changes the anchor's hash.
 */
@Entity
@Table(name = "GEFT_TIMELINE_ANCHOR")
public class TimelineAnchor {

  @Id
  @Column(name = "ANCHORDAY")
  private LocalDate day;

  private String previousHash;

  private int payments;

  private String hash;

  private OffsetDateTime closedAt;

  protected TimelineAnchor() {
  }

  TimelineAnchor(LocalDate day, String previousHash, int payments, String hash, OffsetDateTime closedAt) {
    this.day = day;
    this.previousHash = previousHash;
    this.payments = payments;
    this.hash = hash;
    this.closedAt = closedAt;
  }

  LocalDate day() {
    return day;
  }

  String previousHash() {
    return previousHash;
  }

  int payments() {
    return payments;
  }

  String hash() {
    return hash;
  }
}
