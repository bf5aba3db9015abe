package com.geftflow.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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
    return new ReconciliationReport.Item(kind.name(), line, paymentId, referenceId, sessionId, ours, theirs);
  }
}
