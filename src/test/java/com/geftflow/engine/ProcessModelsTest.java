package com.geftflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProcessModelsTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  @AfterEach
  void removeDeployments() {
    RepositoryService repository = engine.getRepositoryService();
    repository.createDeploymentQuery().list()
        .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
  }

  @Test
  void everyModelInTheBpmnFolderIsListed() throws IOException {
    List<String> inFolder;
    try (Stream<Path> files = Files.walk(Path.of("bpmn"))) {
      inFolder = files.filter(Files::isRegularFile).map(path -> path.toString().replace('\\', '/')).toList();
    }

    assertThat(ProcessModels.RESOURCES).containsExactlyInAnyOrderElementsOf(inFolder);
  }

  @Test
  void everyFormIsNamedSoThatTasklistCanPublishIt() throws IOException {
    // Tasklist publishes the form under its name as an Angular expression: "a-b" breaks the form
    String paymentModels = Files.readString(Path.of("bpmn/geft-payment.bpmn"))
        + Files.readString(Path.of("bpmn/geft-late-outcome.bpmn"))
        + Files.readString(Path.of("bpmn/geft-reconciliation-mismatch.bpmn"));
    try (Stream<Path> forms = Files.list(Path.of("bpmn/forms"))) {
      for (Path form : forms.toList()) {
        String html = Files.readString(form);
        assertThat(html).as(form.toString()).containsPattern("<form role=\"form\" name=\"[A-Za-z][A-Za-z0-9]*\">");
        // the payment's own tasks record an operator's decision; the example's forms need not
        if (paymentModels.contains("forms/" + form.getFileName())) {
          assertThat(html).as(form.toString()).contains("cam-variable-name=\"decision\"")
              .contains("cam-variable-name=\"decisionReason\"").contains("cam-variable-name=\"paymentReference\"");
        }
      }
    }
  }

  @Test
  void aRestartWithUnchangedModelsDeploysNothingNew() {
    RepositoryService repository = engine.getRepositoryService();
    ProcessModels models = new ProcessModels();

    models.deploy(repository);
    models.deploy(repository);

    assertThat(repository.createDeploymentQuery().deploymentName(ProcessModels.DEPLOYMENT_NAME).count())
        .isEqualTo(1);
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("geft-payment").count())
        .isEqualTo(1);
  }
}
