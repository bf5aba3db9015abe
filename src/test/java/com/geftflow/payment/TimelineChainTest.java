package com.geftflow.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineChainTest {

  private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 3, 1, 2, 3, 456_789_123, ZoneOffset.ofHours(-5));

  @Test
  void theContentIsEachFieldsUtf8LengthAndValueWithTheTimeInUtcToTheMicrosecond() {
    TimelineEntry entry = new TimelineEntry("p-1", AT, TimelineSource.WEBHOOK, "STATUS", "é, \"q\"\n", PaymentState.SCHEDULED);

    assertThat(entry.at()).isEqualTo(OffsetDateTime.parse("2026-12-03T06:02:03.456789Z"));
    assertThat(entry.content()).isEqualTo("3:p-1\n27:2026-12-03T06:02:03.456789Z\n7:WEBHOOK\n6:STATUS\n8:é, \"q\"\n\n"
        + "9:SCHEDULED\n");
    assertThat(entry.rowHash()).isEqualTo(TimelineChain.rowHash(entry.content())).hasSize(64);
    assertThat(entry.writtenHere()).isTrue();
    assertThat(entry.seq()).isNull();
  }

  @Test
  void aNullIsTheEmptyValueAndFieldsCannotBeShiftedIntoOneAnother() {
    Instant at = AT.toInstant();
    assertThat(TimelineChain.content("p", at, "API", "KIND", null, null))
        .endsWith("4:KIND\n0:\n0:\n");
    // the same characters split differently between detail and state give another content
    assertThat(TimelineChain.content("p", at, "API", "K", "ab", "c"))
        .isNotEqualTo(TimelineChain.content("p", at, "API", "K", "a", "bc"));
  }

  @Test
  void eachSealedEntryHashesThePreviousHashItsPlaceAndItsContent() {
    TimelineEntry first = new TimelineEntry("p-1", AT, TimelineSource.API, "CREATED", null, null);
    TimelineEntry second = new TimelineEntry("p-1", AT, TimelineSource.API, "CREATED", null, null);

    first.seal(1, TimelineChain.GENESIS);
    second.seal(2, first.hash());

    assertThat(first.hash()).isEqualTo(TimelineChain.link(TimelineChain.GENESIS, 1, first.content()));
    assertThat(second.hash()).isNotEqualTo(first.hash())
        .isEqualTo(TimelineChain.link(first.hash(), 2, second.content()));
    assertThat(TimelineChain.link(first.hash(), 3, second.content())).isNotEqualTo(second.hash());
  }

  @Test
  void aDaysAnchorCoversItsDayItsPredecessorAndEveryHeadInOrder() {
    LocalDate day = LocalDate.of(2026, 12, 3);
    String anchor = TimelineChain.anchor(TimelineChain.GENESIS, day, List.of("a 1 x", "b 2 y"));

    assertThat(anchor).hasSize(64);
    assertThat(TimelineChain.anchor(TimelineChain.GENESIS, day.plusDays(1), List.of("a 1 x", "b 2 y"))).isNotEqualTo(anchor);
    assertThat(TimelineChain.anchor(anchor, day, List.of("a 1 x", "b 2 y"))).isNotEqualTo(anchor);
    assertThat(TimelineChain.anchor(TimelineChain.GENESIS, day, List.of("a 1 x"))).isNotEqualTo(anchor);
  }
}
