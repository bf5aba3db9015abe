package com.geftflow.audit;

import com.geftflow.payment.TimelineChain;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A payment's last sealed timeline entry, and the day it was sealed: what that day's anchor covers. */
@Entity
@Table(name = "GEFT_TIMELINE_HEAD")
public class TimelineHead {

  @Id
  private String paymentId;

  @Column(name = "SEQNO")
  private int seq;

  private String hash;

  private LocalDate sealedOn;

  protected TimelineHead() {
  }

  TimelineHead(String paymentId) {
    this.paymentId = paymentId;
    this.hash = TimelineChain.GENESIS;
  }

  void advance(int seq, String hash, LocalDate day) {
    this.seq = seq;
    this.hash = hash;
    this.sealedOn = day;
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
}
