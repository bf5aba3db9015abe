package com.geftflow.process;

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
