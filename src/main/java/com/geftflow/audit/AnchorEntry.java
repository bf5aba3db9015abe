package com.geftflow.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** A payment's head at the end of a day its timeline was sealed on, as that day's anchor covers it. */
@Entity
@Table(name = "GEFT_TIMELINE_ANCHOR_ENTRY")
@IdClass(AnchorEntry.Key.class)
public class AnchorEntry {

  @Id
  @Column(name = "ANCHORDAY")
  private LocalDate day;

  @Id
  private String paymentId;

  @Column(name = "SEQNO")
  private int seq;

  private String hash;

  protected AnchorEntry() {
  }

  AnchorEntry(LocalDate day, String paymentId, int seq, String hash) {
    this.day = day;
    this.paymentId = paymentId;
    this.seq = seq;
    this.hash = hash;
  }

  LocalDate day() {
    return day;
  }

  String paymentId() {
    return paymentId;
  }

  int seq() {
    return seq;
  }

  String hash() {
    return hash;
  }

  /** The line of the anchor's hashed text. */
  String line() {
    return paymentId + " " + seq + " " + hash;
  }

  public static class Key implements Serializable {
    private LocalDate day;
    private String paymentId;

    public Key() {
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k && Objects.equals(day, k.day) && Objects.equals(paymentId, k.paymentId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(day, paymentId);
    }
  }
}
