package com.geftflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {

  @Test
  void aFailureIsAProblemDocumentThatTellsNothingOfTheInternals() {
    Response answer = new ProblemMappers.Failed().toResponse(new IllegalStateException(
        "Internal Exception: org.postgresql.util.PSQLException: SELECT PAYORFIRSTNAME FROM GEFT_PAYMENT"));

    assertThat(answer.getStatus()).isEqualTo(500);
    assertThat(answer.getMediaType().toString()).isEqualTo("application/problem+json");
    assertThat((String) answer.getEntity()).contains("\"status\":500").contains("incident")
        .doesNotContain("PSQLException").doesNotContain("SELECT").doesNotContain("GEFT_PAYMENT");
  }

  @Test
  void aRequestThatMetTheProcessMovingIsAConflictToSendAgain() {
    Response answer = new ProblemMappers.Failed().toResponse(new ProcessEngineException("task listener failed",
        new OptimisticLockingException("ENGINE-03005 Execution of 'DELETE EventSubscriptionEntity[42]' failed")));

    assertThat(answer.getStatus()).isEqualTo(409);
    assertThat(answer.getHeaderString("Retry-After")).isEqualTo("1");
    assertThat(answer.getMediaType().toString()).isEqualTo("application/problem+json");
    assertThat((String) answer.getEntity()).contains("\"status\":409").contains("again")
        .doesNotContain("EventSubscriptionEntity");
  }
}
