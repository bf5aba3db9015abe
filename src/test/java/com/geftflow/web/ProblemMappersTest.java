package com.geftflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
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
}
