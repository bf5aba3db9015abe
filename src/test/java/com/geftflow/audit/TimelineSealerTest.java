package com.geftflow.audit;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimelineSealerTest {

  private final TimelineSealer sealer = new TimelineSealer();

  TimelineSealerTest() {
    sealer.seal = mock(TimelineSeal.class);
    at("2026-12-03T23:59:58Z");
  }

  private void at(String instant) {
    sealer.clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
  }

  @Test
  void anIdlePassTakesNoLockUntilThereIsAnEntryToSealOrTheDayTurns() {
    sealer.pass();
    verify(sealer.seal).seal(anyInt(), eq(LocalDate.parse("2026-12-03")));

    sealer.pass();
    sealer.pass();
    verify(sealer.seal, times(1)).seal(anyInt(), any());
    verify(sealer.seal, times(2)).anyUnsealed();

    when(sealer.seal.anyUnsealed()).thenReturn(true);
    sealer.pass();
    verify(sealer.seal, times(2)).seal(anyInt(), any());

    // past midnight the days before are anchored, entries or not
    when(sealer.seal.anyUnsealed()).thenReturn(false);
    at("2026-12-04T00:00:01Z");
    sealer.pass();
    verify(sealer.seal).seal(anyInt(), eq(LocalDate.parse("2026-12-04")));
  }

  @Test
  void aFailedPassIsTriedWholeAgain() {
    when(sealer.seal.seal(anyInt(), any())).thenThrow(new IllegalStateException("db"))
        .thenReturn(0);
    sealer.pass();
    sealer.pass();

    verify(sealer.seal, times(2)).seal(anyInt(), any());
    verify(sealer.seal, never()).anyUnsealed();
  }
}
