package com.geftflow.audit;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One CSV row per payment; the timeline and the operator tasks in one cell each, entries separated by " | ". */
final class AuditCsv {

  static final String HEADER = "paymentId,referenceId,state,amount,scheduledAmount,currency,sessionId,flinksStatus,"
      + "flinksStatusDetails,rejectionReason,createdAt,updatedAt,processInstanceId,timeline,tasks,incidents";

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
    String tasks = a.tasks().stream()
        .map(t -> t.name() + " by " + t.assignee() + " " + t.created() + " - " + t.ended())
        .collect(Collectors.joining(" | "));
    String incidents = a.incidents().stream()
        .map(i -> i.type() + " at " + i.activityId() + ": " + i.message())
        .collect(Collectors.joining(" | "));
    return Stream.of(a.paymentId(), a.referenceId(), a.state(), a.amount(), a.scheduledAmount(), a.currency(),
            a.sessionId(), a.flinksStatus(), a.flinksStatusDetails(), a.rejectionReason(), a.createdAt(),
            a.updatedAt(), a.processInstanceId(), timeline, tasks, incidents)
        .map(value -> cell(value == null ? "" : Objects.toString(value)))
        .collect(Collectors.joining(","));
  }

  /**
   * RFC 4180 quoting; a leading formula character (OWASP's list: = + - @, and TAB and CR, which
   * spreadsheets skip before reading one) is neutralised so that spreadsheets do not run it.
   */
  static String cell(String value) {
    String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
        ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
  }
}
