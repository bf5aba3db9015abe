package com.geftflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Error;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** The names code uses are the model's names: a rename on either side fails here. */
class GeftProcessTest {

  private final BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("bpmn/geft-payment.bpmn").toFile());

  @Test
  void keyMessageAndErrorAreTheModels() {
    assertThat(names(model.getModelElementsByType(Process.class), Process::getId)).containsExactly(GeftProcess.KEY);
    assertThat(names(model.getModelElementsByType(Message.class), Message::getName))
        .containsExactlyInAnyOrder(GeftProcess.STATUS_CHANGED, GeftProcess.CHECKOUT_READY);
    assertThat(names(model.getModelElementsByType(Error.class), Error::getErrorCode))
        .containsExactly(GeftProcess.REJECTED);
  }

  @Test
  void everyUserTaskIsNamedInCode() {
    assertThat(names(model.getModelElementsByType(UserTask.class), UserTask::getId)).containsExactlyInAnyOrder(
        GeftProcess.DECIDE_OFFER, GeftProcess.ARRANGE_ALTERNATIVE, GeftProcess.REVIEW_IDENTITY,
        GeftProcess.INVESTIGATE_STATUS, GeftProcess.FOLLOW_UP_PAD, GeftProcess.FLINKS_UNREACHABLE);
  }

  @Test
  void theLateOutcomeModelIsNamedInCode() {
    BpmnModelInstance late = Bpmn.readModelFromFile(Path.of("bpmn/geft-late-outcome.bpmn").toFile());
    assertThat(names(late.getModelElementsByType(Process.class), Process::getId))
        .containsExactly(GeftProcess.LATE_OUTCOME_KEY);
    assertThat(names(late.getModelElementsByType(UserTask.class), UserTask::getId))
        .containsExactly(GeftProcess.LATE_OUTCOME);
  }

  @Test
  void theCancelAtFlinksModelIsNamedInCodeAndHasNoTaskForAPerson() {
    BpmnModelInstance cancel = Bpmn.readModelFromFile(Path.of("bpmn/geft-cancel-at-flinks.bpmn").toFile());
    assertThat(names(cancel.getModelElementsByType(Process.class), Process::getId))
        .containsExactly(GeftProcess.CANCEL_AT_FLINKS_KEY);
    assertThat(cancel.getModelElementsByType(UserTask.class)).isEmpty();
  }

  @Test
  void theReconciliationMismatchModelIsNamedInCode() {
    BpmnModelInstance mismatch = Bpmn.readModelFromFile(Path.of("bpmn/geft-reconciliation-mismatch.bpmn").toFile());
    assertThat(names(mismatch.getModelElementsByType(Process.class), Process::getId))
        .containsExactly(GeftProcess.RECONCILIATION_MISMATCH_KEY);
    assertThat(names(mismatch.getModelElementsByType(UserTask.class), UserTask::getId))
        .containsExactly(GeftProcess.RECONCILIATION_MISMATCH);
  }

  @Test
  void everyDecisionTheModelAndTheFormsKnowIsADecisionOfCode() throws IOException {
    Set<String> inCode = Arrays.stream(GeftProcess.Decision.values()).map(Enum::name).collect(Collectors.toSet());
    Set<String> inModel = model.getModelElementsByType(SequenceFlow.class).stream()
        .filter(flow -> flow.getConditionExpression() != null)
        .flatMap(flow -> all(Pattern.compile("decision == '([A-Z_]+)'"), flow.getConditionExpression().getTextContent()))
        .collect(Collectors.toSet());
    Set<String> inForms;
    try (Stream<Path> forms = Files.list(Path.of("bpmn/forms"))) {
      inForms = forms.flatMap(form -> all(Pattern.compile("value=\"([A-Z_]+)\""), read(form)))
          .collect(Collectors.toSet());
    }

    assertThat(inModel).isNotEmpty();
    assertThat(inCode).containsAll(inModel).containsAll(inForms);
  }

  private static <T> List<String> names(Collection<T> elements, java.util.function.Function<T, String> name) {
    return elements.stream().map(name).toList();
  }

  private static Stream<String> all(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    return matcher.results().map(result -> result.group(1));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
