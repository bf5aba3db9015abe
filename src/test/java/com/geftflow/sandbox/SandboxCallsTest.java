package com.geftflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SandboxCallsTest {

  @Test
  void callsAreCountedPerEndpointWhateverTheSession() {
    SandboxCalls calls = new SandboxCalls();

    calls.count("POST", "api/v2/sessions");
    calls.count("GET", "api/v2/sessions/a/status");
    calls.count("GET", "api/v2/sessions/b/status");
    calls.count("GET", "api/v2/sessions/b/details");
    calls.count("POST", "api/v2/sessions/b/guarantees/confirm");
    calls.count("POST", "api/v1/authorize");

    assertThat(calls.snapshot()).isEqualTo(Map.of("POST create", 1L, "GET status", 2L, "GET details", 1L,
        "POST guarantees/confirm", 1L, "POST authorize", 1L));
    calls.reset();
    assertThat(calls.snapshot()).isEmpty();
  }
}
