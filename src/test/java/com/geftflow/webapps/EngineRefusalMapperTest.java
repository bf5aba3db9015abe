package com.geftflow.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.errorcode.BuiltinExceptionCode;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;

class EngineRefusalMapperTest {

  private static final OptimisticLockingException MOVED = new OptimisticLockingException(
      "ENGINE-03005 Execution of 'DELETE EventSubscriptionEntity[42]' failed");

  static {
    // as the engine's command context codes what it throws
    MOVED.setCode(BuiltinExceptionCode.OPTIMISTIC_LOCKING.getCode());
  }

  @Test
  void aCorrelationThatMetThePaymentMovingIsAConflictToSendAgain() {
    Response answer = new EngineRefusalMapper.Engine().toResponse(MOVED);

    assertThat(answer.getStatus()).isEqualTo(409);
    assertThat(answer.getHeaderString("Retry-After")).isEqualTo("1");
    ExceptionDto body = (ExceptionDto) answer.getEntity();
    assertThat(body.getType()).isEqualTo("OptimisticLockingException");
    assertThat(body.getCode()).as("Camunda's code for an optimistic-locking conflict").isEqualTo(1);
  }

  @Test
  void aTaskCompletionWrappedByTheResourceIsTheSameConflict() {
    Response answer = new EngineRefusalMapper().toResponse(new RestException(Response.Status.INTERNAL_SERVER_ERROR,
        new ProcessEngineException("listener", MOVED), "Cannot complete task"));

    assertThat(answer.getStatus()).isEqualTo(409);
  }

  @Test
  void aListenersRefusalIsA400AndAnyOtherEngineFailureStaysCamundas500() {
    assertThat(new EngineRefusalMapper().toResponse(new RestException(Response.Status.INTERNAL_SERVER_ERROR,
        new ProcessEngineException("listener", new BadUserRequestException("another paymentId")), "Cannot complete"))
        .getStatus()).isEqualTo(400);
    assertThat(new EngineRefusalMapper.Engine().toResponse(new ProcessEngineException("disk full")).getStatus())
        .isEqualTo(500);
  }
}
