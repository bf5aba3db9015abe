package com.geftflow.audit;

import com.geftflow.payment.TimelineChain;
import com.geftflow.payment.TimelineEntry;
import com.geftflow.payment.TimelineEvent;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One CSV row per payment; the timeline and the operator tasks in one cell each, entries separated by
 * " | ", and the timeline's chain head ({@code seq:hash}). The timeline export: one row per entry.
 */
final class AuditCsv {

  static final String HEADER = "paymentId,referenceId,state,amount,scheduledAmount,currency,sessionId,flinksStatus,"
      + "flinksStatusDetails,rejectionReason,createdAt,updatedAt,processInstanceId,timeline,timelineHead,tasks,incidents";

  private AuditCsv() {
  }

  static String of(List<PaymentAudit> audits) {
    return Stream.concat(Stream.of(HEADER), audits.stream().map(AuditCsv::row))
        .collect(Collectors.joining("\r\n", "", "\r\n"));
  }

  static String row(PaymentAudit a) {
    String timeline = a.timeline().stream()
        .map(e -> e.at() + " " + e.source() + " " + e.kind() + (e.detail() == null ? "" : " " + e.detail()))
        .collect(Collectors.joining(" | "));
    String head = a.timeline().stream().filter(e -> e.seq() != null && e.seq() > 0)
        .max(Comparator.comparing(TimelineEvent::seq)).map(e -> e.seq() + ":" + e.hash()).orElse("");
    String tasks = a.tasks().stream()
        .map(t -> t.name() + " by " + t.assignee() + " " + t.created() + " - " + t.ended())
        .collect(Collectors.joining(" | "));
    String incidents = a.incidents().stream()
        .map(i -> i.type() + " at " + i.activityId() + ": " + i.message())
        .collect(Collectors.joining(" | "));
    return Stream.of(a.paymentId(), a.referenceId(), a.state(), a.amount(), a.scheduledAmount(), a.currency(),
            a.sessionId(), a.flinksStatus(), a.flinksStatusDetails(), a.rejectionReason(), a.createdAt(),
            a.updatedAt(), a.processInstanceId(), timeline, head, tasks, incidents)
        .map(value -> cell(value == null ? "" : Objects.toString(value)))
        .collect(Collectors.joining(","));
  }

  static final String TIMELINE_HEADER = "paymentId,seq,at,source,kind,detail,state,rowHash,hash";

  /** One CSV row per timeline entry, with its hashes: what {@code tools/VerifyTimeline.java} checks offline. */
  static String timeline(List<TimelineEntry> entries) {
    return Stream.concat(Stream.of(TIMELINE_HEADER), entries.stream().map(e -> Stream.of(e.paymentId(), e.seq(),
                TimelineChain.AT.format(e.at().toInstant()), e.source().name(), e.kind(), e.detail(),
                e.state() == null ? null : e.state().name(), e.rowHash(), e.hash())
            .map(value -> cell(value == null ? "" : Objects.toString(value))).collect(Collectors.joining(","))))
        .collect(Collectors.joining("\r\n", "", "\r\n"));
  }

  static final String FINDINGS_HEADER = "kind,line,paymentId,referenceId,sessionId,ours,theirs,resolvedBy,resolvedAt,resolution";

  /** One CSV row per finding of a reconciliation. */
  static String findings(ReconciliationReport report) {
    return Stream.concat(Stream.of(FINDINGS_HEADER), report.findings().stream().map(f -> Stream.of(f.kind(), f.line(),
                f.paymentId(), f.referenceId(), f.sessionId(), f.ours(), f.theirs(), f.resolvedBy(), f.resolvedAt(),
                f.resolution())
            .map(value -> cell(value == null ? "" : Objects.toString(value))).collect(Collectors.joining(","))))
        .collect(Collectors.joining("\r\n", "", "\r\n"));
  }

  /**
   * RFC 4180 quoting; a leading formula character (OWASP's list: = + - @, and TAB and CR, which
   * spreadsheets skip before reading one) is neutralised with a leading {@code '} so that spreadsheets
   * do not run it. A value that starts with {@code '} gets one too: a reader drops the first {@code '}
   * of any cell and has the value exactly (the hashes cover the value).
   */
  static String cell(String value) {
    String safe = !value.isEmpty() && "=+-@\t\r'".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
        ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
  }
}
