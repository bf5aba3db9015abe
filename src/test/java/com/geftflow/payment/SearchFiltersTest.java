package com.geftflow.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.geftflow.web.ProblemException;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SearchFiltersTest {

  @Test
  void aPageStartsAtMostTenThousandRowsIn() {
    assertThat(SearchFilters.parse(null, null, null, null, 10_000, 100, 500).offset()).isEqualTo(10_000);
    assertThatThrownBy(() -> SearchFilters.parse(null, null, null, null, 10_001, 100, 500))
        .isInstanceOfSatisfying(ProblemException.class, refused -> assertThat(fields(refused))
            .containsExactly("offset"));
  }

  @Test
  void everyInvalidFilterIsReportedAtOnce() {
    assertThatThrownBy(() -> SearchFilters.parse(null, "PAID", "2026-12-02", "2026-12-01", -1, 501, 500))
        .isInstanceOfSatisfying(ProblemException.class, refused -> assertThat(fields(refused))
            .containsExactly("state", "to", "offset", "limit"));
  }

  @Test
  void aReferenceIdWithAControlCharacterOrTooLongIsAFieldError() {
    for (String referenceId : new String[] {"REF\u0000", "x".repeat(101)}) {
      assertThatThrownBy(() -> SearchFilters.parse(referenceId, null, null, null, 0, 100, 500))
          .isInstanceOfSatisfying(ProblemException.class, refused -> assertThat(fields(refused))
              .containsExactly("referenceId"));
    }
    assertThat(SearchFilters.parse("x".repeat(100), null, null, null, 0, 100, 500).referenceId()).hasSize(100);
  }

  /** The fields the problem document names, in order. */
  private static List<String> fields(ProblemException refused) {
    return Pattern.compile("\"field\":\"([^\"]+)\"").matcher((String) refused.getResponse().getEntity())
        .results().map(match -> match.group(1)).toList();
  }
}
