package com.geftflow.flinks.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.geftflow.flinks.AuthorizeResponse;
import com.geftflow.flinks.FlinksAuthenticationException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlinksTokensTest {

  /** A clock the test moves by hand. */
  static final class ManualClock extends Clock {
    Instant now = Instant.parse("2026-11-26T10:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final ManualClock clock = new ManualClock();
  private final List<String> authorizations = new ArrayList<>();
  private final FlinksAuthorizeApi flinks = basic -> {
    authorizations.add(basic);
    return new AuthorizeResponse("token-" + authorizations.size(), 599);
  };
  private final FlinksTokens tokens = new FlinksTokens(flinks, "client", "s3cret", clock);

  @Test
  void authorizesWithBasicClientCredentialsOnFirstUse() {
    assertThat(tokens.token()).isEqualTo("token-1");
    assertThat(authorizations).containsExactly(
        "Basic " + Base64.getEncoder().encodeToString("client:s3cret".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void reusesTheTokenUntilAMinuteBeforeItsLifetimeEnds() {
    tokens.token();
    clock.now = clock.now.plus(Duration.ofSeconds(538));
    assertThat(tokens.token()).isEqualTo("token-1");

    clock.now = clock.now.plus(Duration.ofSeconds(1));
    assertThat(tokens.token()).isEqualTo("token-2");
    assertThat(authorizations).hasSize(2);
  }

  @Test
  void renewsAtOnceAfterFlinksRefusedTheToken() {
    tokens.token();
    tokens.invalidate();

    assertThat(tokens.token()).isEqualTo("token-2");
  }

  @Test
  void aShortLifetimeIsRenewedHalfway() {
    FlinksTokens shortLived = new FlinksTokens(basic -> new AuthorizeResponse("t" + clock.now, 60), "c", "s", clock);
    String first = shortLived.token();
    clock.now = clock.now.plusSeconds(29);
    assertThat(shortLived.token()).isEqualTo(first);
    clock.now = clock.now.plusSeconds(1);
    assertThat(shortLived.token()).isNotEqualTo(first);
  }

  @Test
  void anEmptyAnswerIsAnAuthenticationFailureThatNamesNoSecret() {
    FlinksTokens broken = new FlinksTokens(basic -> new AuthorizeResponse("", 599), "client", "s3cret", clock);

    assertThatThrownBy(broken::token).isInstanceOf(FlinksAuthenticationException.class)
        .hasMessageNotContaining("s3cret");
    assertThat(broken.toString()).doesNotContain("s3cret");
  }
}
