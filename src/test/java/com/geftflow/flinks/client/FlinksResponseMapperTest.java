package com.geftflow.flinks.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.geftflow.flinks.FlinksException;
import com.geftflow.flinks.FlinksRejectedException;
import com.geftflow.flinks.FlinksUnavailableException;
import com.geftflow.web.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FlinksResponseMapperTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"400, FlinksRejectedException", "404, FlinksRejectedException", "409, FlinksRejectedException",
      "422, FlinksRejectedException", "401, FlinksAuthenticationException", "403, FlinksAuthenticationException",
      "408, FlinksUnavailableException", "429, FlinksUnavailableException", "500, FlinksUnavailableException",
      "502, FlinksUnavailableException", "503, FlinksUnavailableException"})
  void mapsEveryStatusToWhatTheProcessBranchesOn(int status, String type) {
    FlinksException mapped = FlinksResponseMapper.map(status, null);

    assertThat(mapped.getClass().getSimpleName()).isEqualTo(type);
    assertThat(mapped.httpStatus()).isEqualTo(status);
  }

  @Test
  void keepsTheProblemDetailsAndFieldErrors() {
    String body = """
        {"type":"about:blank","title":"Bad Request","status":400,"detail":"The request has invalid fields",
         "errors":[{"field":"payor.firstName","message":"is required"}]}""";

    FlinksRejectedException rejected = (FlinksRejectedException) FlinksResponseMapper.map(400, body);

    assertThat(rejected.getMessage()).isEqualTo(
        "Flinks answered 400: Bad Request - The request has invalid fields [FieldError[field=payor.firstName, message=is required]]");
    assertThat(rejected.errors()).containsExactly(new FieldError("payor.firstName", "is required"));
  }

  @Test
  void anAnswerThatIsNotJsonStillMaps() {
    FlinksException mapped = FlinksResponseMapper.map(502, "<html>Bad gateway</html>");

    assertThat(mapped).isInstanceOf(FlinksUnavailableException.class).hasMessage("Flinks answered 502");
  }
}
