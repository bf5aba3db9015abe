package com.geftflow.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** One settlement file reconciled: who sent it, when, what it covered; its findings beside it. */
@Entity
@Table(name = "GEFT_RECONCILIATION")
public class ReconciliationRecord {

  @Id
  @Column(length = 36)
  private String id;

  private OffsetDateTime receivedAt;

  @Column(length = 100)
  private String receivedBy;

  @Column(length = 64)
  private String fileSha256;

  @Column(name = "FILEROWS")
  private int rowCount;

  private int findingCount;

  private LocalDate settledFrom;

  private LocalDate settledTo;

  protected ReconciliationRecord() {
  }

  ReconciliationRecord(String id, OffsetDateTime receivedAt, String receivedBy, String fileSha256, int rowCount,
      int findingCount, LocalDate settledFrom, LocalDate settledTo) {
    this.id = id;
    this.receivedAt = receivedAt;
    this.receivedBy = receivedBy;
    this.fileSha256 = fileSha256;
    this.rowCount = rowCount;
    this.findingCount = findingCount;
    this.settledFrom = settledFrom;
    this.settledTo = settledTo;
  }

  ReconciliationReport report(List<ReconciliationReport.Item> findings) {
    return new ReconciliationReport(id, receivedAt, receivedBy, fileSha256, rowCount, settledFrom, settledTo,
        findingCount, findings);
  }
}
