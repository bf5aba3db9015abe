package com.geftflow.engine;

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

  /** Every model and form the product runs; a file added to {@code bpmn/} must be listed here. */
  static final List<String> RESOURCES = List.of(
      "bpmn/geft-payment.bpmn",
      "bpmn/geft-late-outcome.bpmn",
      "bpmn/geft-cancel-at-flinks.bpmn",
      "bpmn/geft-reconciliation-mismatch.bpmn",
      "bpmn/loan-funding-example.bpmn",
      "bpmn/forms/decide-offer.html",
      "bpmn/forms/arrange-alternative.html",
      "bpmn/forms/review-identity.html",
      "bpmn/forms/investigate-status.html",
      "bpmn/forms/follow-up-pad.html",
      "bpmn/forms/flinks-unreachable.html",
      "bpmn/forms/late-outcome.html",
      "bpmn/forms/reconciliation-mismatch.html",
      "bpmn/forms/send-checkout-link.html");

  void deploy(RepositoryService repositoryService) {
    DeploymentBuilder deployment = repositoryService.createDeployment()
        .name(DEPLOYMENT_NAME)
        // nothing changed: nothing is deployed, so restarts and cluster nodes share one version;
        // one file changed: all are deployed together, so a model and its forms stay one version
        .enableDuplicateFiltering(false);
    // forms are addressed as "embedded:deployment:forms/x.html": deployed under that name
    RESOURCES.forEach(resource -> deployment.addInputStream(resource.substring("bpmn/".length()),
        ProcessModels.class.getClassLoader().getResourceAsStream(resource)));
    deployment.deploy();
  }
}
