package com.geftflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.geftflow.web.ProblemException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SandboxGateTest {

  private static ContainerRequestContext request(String path, String apiKey, String clientId) {
    ContainerRequestContext request = mock(ContainerRequestContext.class);
    UriInfo uri = mock(UriInfo.class);
    when(uri.getPath()).thenReturn(path);
    when(request.getUriInfo()).thenReturn(uri);
    when(request.getMethod()).thenReturn("POST");
    when(request.getHeaderString("x-api-key")).thenReturn(apiKey);
    when(request.getHeaderString("x-client-id")).thenReturn(clientId);
    return request;
  }

  private static SandboxGate gate(boolean enabled) {
    SandboxGate gate = new SandboxGate();
    gate.settings = new SandboxSettings();
    gate.settings.enabled = enabled;
    gate.settings.apiKey = Optional.of("key");
    gate.settings.clientId = Optional.of("client");
    gate.faults = new SandboxFaults();
    gate.calls = new SandboxCalls();
    gate.tokens = new SandboxTokens();
    return gate;
  }

  @Test
  void aDisabledSandboxIsNotThereAtAll() {
    for (String path : new String[] {"api/v2/sessions", "app/", "embed", "admin/faults", "api/v1/authorize"}) {
      assertThatThrownBy(() -> gate(false).filter(request(path, "key", "client")))
          .as(path).isInstanceOf(NotFoundException.class);
    }
  }

  @Test
  void theApiAndTheFaultSettingsNeedTheClientsCredentialsTheIframeDoesNot() {
    SandboxGate gate = gate(true);

    assertThatThrownBy(() -> gate.filter(request("api/v2/sessions", "wrong", "client")))
        .isInstanceOf(ProblemException.class)
        .satisfies(e -> assertThat(((ProblemException) e).getResponse().getStatus()).isEqualTo(401));
    assertThatThrownBy(() -> gate.filter(request("admin/faults", null, null))).isInstanceOf(ProblemException.class);
    assertThatCode(() -> gate.filter(request("api/v2/sessions", "key", "client"))).doesNotThrowAnyException();
    assertThatCode(() -> gate.filter(request("app/", null, null))).doesNotThrowAnyException();
    assertThatCode(() -> gate.filter(request("api/v1/authorize", null, null))).doesNotThrowAnyException();
    assertThat(gate.calls.snapshot()).as("every call that reached the API, refused or not; not the iframe")
        .isEqualTo(java.util.Map.of("POST create", 2L, "POST authorize", 1L));
  }
}
