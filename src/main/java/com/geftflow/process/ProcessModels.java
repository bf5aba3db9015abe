package com.geftflow.process;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

/**
 * Deploys the models of the top-level {@code bpmn/} folder, which the build packages under the
 * same name on the classpath.
 */
@ApplicationScoped
public class ProcessModels {

  static final String DEPLOYMENT_NAME = "geft-flow";

  /** Every model the product runs; a model added to {@code bpmn/} must be listed here. */
  static final List<String> RESOURCES = List.of("bpmn/geft-payment.bpmn");

  void deploy(RepositoryService repositoryService) {
    DeploymentBuilder deployment = repositoryService.createDeployment()
        .name(DEPLOYMENT_NAME)
        // unchanged models are not redeployed, so restarts and cluster nodes share one version
        .enableDuplicateFiltering(false);
    RESOURCES.forEach(deployment::addClasspathResource);
    deployment.deploy();
  }
}
