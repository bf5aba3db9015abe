package com.geftflow.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One difference a reconciliation found, with what each side holds. */
@Entity
@Table(name = "GEFT_RECONCILIATION_FINDING")
public class ReconciliationFinding {

  @Id
  @Column(length = 36)
  private String id;

  @Column(length = 36)
  private String reconciliationId;

  @Column(name = "SEQNO")
  private int seq;

  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private Reconciler.Kind kind;

  @Column(name = "FILELINE")
  private Integer line;

  @Column(length = 36)
  private String paymentId;

  @Column(length = 100)
  private String referenceId;

  @Column(length = 64)
  private String sessionId;

  @Column(length = 200)
  private String ours;

  @Column(length = 200)
  private String theirs;

  @Column(length = 100)
  private String resolvedBy;

  private OffsetDateTime resolvedAt;

  @Column(length = 1000)
  private String resolution;

  protected ReconciliationFinding() {
  }

  ReconciliationFinding(String id, String reconciliationId, int seq, Reconciler.Finding f) {
    this.id = id;
    this.reconciliationId = reconciliationId;
    this.seq = seq;
    this.kind = f.kind();
    this.line = f.line();
    this.paymentId = f.paymentId();
    this.referenceId = f.referenceId();
    this.sessionId = f.sessionId();
    this.ours = f.ours();
    this.theirs = f.theirs();
  }

  ReconciliationReport.Item item() {
    return new ReconciliationReport.Item(id, kind.name(), line, paymentId, referenceId, sessionId, ours, theirs,
        resolvedBy, resolvedAt, resolution);
  }

  String reconciliationId() {
    return reconciliationId;
  }

  boolean resolved() {
    return resolvedAt != null;
  }

  void resolve(String by, OffsetDateTime at, String what) {
    this.resolvedBy = by;
    this.resolvedAt = at;
    this.resolution = what == null || what.length() <= 1000 ? what : what.substring(0, 1000);
  }
}
