package com.geftflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class JsonBodiesTest {

  @ParameterizedTest
  @ValueSource(strings = {"{\"zzz\":{\"a\":1", "{\"a\":[1,2", "{", "[", "{\"a\":1}{", "{\"a\":1} x", "{\"a\":1,}",
      "nul", "{\"a\":\"x"})
  void anIncompleteOrMalformedBodyIsABadRequestAndNeverHangs(String body) throws Exception {
    ProblemException refused = CompletableFuture.supplyAsync(() -> catchThrowableOfType(ProblemException.class,
        () -> JsonBodies.check(body.getBytes(StandardCharsets.UTF_8)))).get(Duration.ofSeconds(5).toMillis(),
        TimeUnit.MILLISECONDS);

    assertThat(refused).isNotNull();
    assertThat(refused.getResponse().getStatus()).isEqualTo(400);
  }

  @Test
  void aControlCharacterIsAFieldErrorNamingTheField() {
    ProblemException refused = catchThrowableOfType(ProblemException.class, () -> JsonBodies.check(
        "{\"referenceId\":\"R\",\"payor\":{\"firstName\":\"Jo\\u0000hn\",\"lastName\":\"S\"},\"tags\":[\"\\u001b\"]}"
            .getBytes(StandardCharsets.UTF_8)));

    assertThat(refused.getResponse().getStatus()).isEqualTo(400);
    assertThat(refused.getResponse().getEntity().toString()).contains("payor.firstName").contains("tags")
        .doesNotContain("lastName");
  }

  @Test
  void lineBreaksAndTabsInFreeTextAreText() {
    assertThatCode(() -> JsonBodies.check("{\"reason\":\"line one\\nline\\ttwo\\r\"}".getBytes(StandardCharsets.UTF_8)))
        .doesNotThrowAnyException();
  }

  @Test
  void aBodyAboveTheLimitIsTooLargeAndOneAtTheLimitIsRead() throws Exception {
    ProblemException refused = catchThrowableOfType(ProblemException.class,
        () -> JsonBodies.read(new ByteArrayInputStream(new byte[101]), 100));

    assertThat(refused.getResponse().getStatus()).isEqualTo(413);
    assertThat(JsonBodies.read(new ByteArrayInputStream(new byte[100]), 100)).hasSize(100);
  }
}
