package id.rancang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTests {

  @Test
  void typedTextIsFoundAnywhereRegardlessOfCase() {
    assertThat(Search.containsPattern("  Dinas ")).isEqualTo("%dinas%");
  }

  @Test
  void wildcardsTypedByAPersonMatchOnlyThemselves() {
    assertThat(Search.containsPattern("50%_a\\b")).isEqualTo("%50\\%\\_a\\\\b%");
  }

  @Test
  void nothingTypedMatchesEverything() {
    assertThat(Search.containsPattern(null)).isEqualTo("%%");
  }
}
