package com.geftflow.process;

import com.geftflow.audit.ReconciliationReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Opens a "Reconciliation mismatch" task for each finding of a stored reconciliation, in the
 * report's transaction: the finding's id is the business key, so that the task belongs to its
 * finding whatever a completion sends. A mismatch whose task is still open (the same file sent again,
 * tomorrow's file still missing a payment) opens no second one.
 */
@ApplicationScoped
public class ReconciliationTasks {

  /** The same difference in any report: kind and both sides, not the file's line. */
  static final String MISMATCH = "mismatch";

  @Inject
  RuntimeService runtime;

  void open(@Observes ReconciliationReport report) {
    for (ReconciliationReport.Item finding : report.findings()) {
      String mismatch = Stream.of(finding.kind(), finding.paymentId(), finding.referenceId(), finding.sessionId(),
          finding.ours(), finding.theirs()).map(v -> Objects.toString(v, "")).collect(Collectors.joining("|"));
      if (runtime.createProcessInstanceQuery().processDefinitionKey(GeftProcess.RECONCILIATION_MISMATCH_KEY)
          .variableValueEquals(MISMATCH, mismatch).count() == 0) {
        Map<String, Object> variables = facts(report.id(), finding);
        variables.put(MISMATCH, mismatch);
        runtime.startProcessInstanceByKey(GeftProcess.RECONCILIATION_MISMATCH_KEY, finding.id(), variables);
      }
    }
  }

  /** What the form shows, every one present (a form fails on a missing variable), from the stored finding. */
  static Map<String, Object> facts(String reconciliationId, ReconciliationReport.Item finding) {
    Map<String, Object> facts = new HashMap<>();
    facts.put(GeftVariables.RECONCILIATION_ID, reconciliationId);
    facts.put(GeftVariables.MISMATCH_KIND, finding.kind());
    facts.put(GeftVariables.FILE_LINE, finding.line() == null ? "not in the file" : finding.line().toString());
    facts.put(GeftVariables.PAYMENT_ID, finding.paymentId());
    facts.put(GeftVariables.REFERENCE, finding.referenceId());
    facts.put(GeftVariables.SESSION_ID, finding.sessionId());
    facts.put(GeftVariables.RECORD_SAYS, finding.ours());
    facts.put(GeftVariables.FILE_SAYS, finding.theirs());
    return facts;
  }
}
