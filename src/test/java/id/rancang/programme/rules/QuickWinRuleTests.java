package id.rancang.programme.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.rancang.programme.rules.ProgrammeFinding.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuickWinRuleTests {

  private static final List<String> DIMENSIONS =
      List.of("GOVERNANCE", "BRANDING", "ECONOMY", "LIVING", "SOCIETY", "ENVIRONMENT");

  @Test
  void tegalsSixQuickWinsOnePerDimensionMeetKominfosPractice() {
    // MPP Digital, Kepo Sate Tegal, UMKM Go Digital, Soeselo Online, Yuh Sekolah Maning,
    // Desa Merdeka Sampah.
    List<String> tegal =
        List.of("GOVERNANCE", "BRANDING", "ECONOMY", "LIVING", "SOCIETY", "ENVIRONMENT");

    assertThat(QuickWinRule.check(DIMENSIONS, tegal)).isEmpty();
  }

  @Test
  void dimensionsWithoutOrWithSeveralQuickWinsAreWarnedInTheFrameworksOrder() {
    List<String> quickWins = List.of("SOCIETY", "GOVERNANCE", "ECONOMY", "GOVERNANCE", "LIVING");

    List<ProgrammeFinding> findings = QuickWinRule.check(DIMENSIONS, quickWins);

    assertThat(findings)
        .extracting(ProgrammeFinding::messageKey, ProgrammeFinding::args)
        .containsExactly(
            tuple("programme.quickWin.tooMany", List.of("GOVERNANCE", 2, 1)),
            tuple("programme.quickWin.none", List.of("BRANDING", 1)),
            tuple("programme.quickWin.none", List.of("ENVIRONMENT", 1)));
    assertThat(findings).allMatch(f -> f.severity() == Severity.WARNING && f.field() == null);
  }

  @Test
  void noQuickWinsAtAllWarnsEveryDimension() {
    assertThat(QuickWinRule.check(DIMENSIONS, List.of()))
        .extracting(f -> f.args().get(0))
        .containsExactlyElementsOf(DIMENSIONS);
  }

  @Test
  void aRegionExpectingTwoPerDimensionIsWarnedAboutOneAndAboutThree() {
    List<String> quickWins =
        List.of(
            "GOVERNANCE",
            "GOVERNANCE",
            "BRANDING",
            "ECONOMY",
            "ECONOMY",
            "ECONOMY",
            "LIVING",
            "LIVING",
            "SOCIETY",
            "SOCIETY",
            "ENVIRONMENT",
            "ENVIRONMENT");

    assertThat(QuickWinRule.check(DIMENSIONS, quickWins, 2))
        .extracting(ProgrammeFinding::messageKey, ProgrammeFinding::args)
        .containsExactly(
            tuple("programme.quickWin.tooFew", List.of("BRANDING", 1, 2)),
            tuple("programme.quickWin.tooMany", List.of("ECONOMY", 3, 2)));
  }

  @Test
  void anExpectationBelowOneOrAnUnknownDimensionIsAProgrammingError() {
    assertThatThrownBy(() -> QuickWinRule.check(DIMENSIONS, List.of(), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> QuickWinRule.check(DIMENSIONS, List.of("SMART")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SMART");
  }
}
