package id.rancang.programme.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.rancang.programme.Horizon;
import id.rancang.programme.rules.ProgrammeFinding.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgrammeYearsTests {

  // A masterplan for 2025-2034.
  private static final int FIRST = 2025;
  private static final int LAST = 2034;

  @Test
  void aQuickWinDoneWithinItsStartYearHasNoFindings() {
    assertThat(ProgrammeYears.check(Horizon.QUICK_WIN, 2025, 2025, FIRST, LAST)).isEmpty();
  }

  @Test
  void aQuickWinReachingIntoASecondYearIsNoQuickWin() {
    List<ProgrammeFinding> findings =
        ProgrammeYears.check(Horizon.QUICK_WIN, 2025, 2026, FIRST, LAST);

    assertThat(findings)
        .extracting(
            ProgrammeFinding::severity, ProgrammeFinding::field, ProgrammeFinding::messageKey)
        .containsExactly(tuple(Severity.ERROR, "endYear", "programme.years.quickWinTooLong"));
    assertThat(findings.get(0).args()).containsExactly(2);
  }

  @Test
  void aMediumProgrammeRunsAtMostFiveYears() {
    assertThat(ProgrammeYears.check(Horizon.MEDIUM, 2026, 2030, FIRST, LAST)).isEmpty();
    assertThat(ProgrammeYears.check(Horizon.MEDIUM, 2026, 2031, FIRST, LAST))
        .extracting(ProgrammeFinding::messageKey, ProgrammeFinding::args)
        .containsExactly(tuple("programme.years.mediumTooLong", List.of(6)));
  }

  @Test
  void aLongProgrammeRunsAtMostTenYears() {
    assertThat(ProgrammeYears.check(Horizon.LONG, 2025, 2034, FIRST, LAST)).isEmpty();
    // A longer masterplan period so that only the horizon is at fault.
    assertThat(ProgrammeYears.check(Horizon.LONG, 2025, 2035, 2025, 2040))
        .extracting(ProgrammeFinding::messageKey, ProgrammeFinding::args)
        .containsExactly(tuple("programme.years.longTooLong", List.of(11)));
  }

  @Test
  void aLongProgrammeOfThreeYearsIsOnlyWarnedThatMediumFits() {
    List<ProgrammeFinding> findings = ProgrammeYears.check(Horizon.LONG, 2027, 2029, FIRST, LAST);

    assertThat(findings)
        .extracting(
            ProgrammeFinding::severity,
            ProgrammeFinding::field,
            ProgrammeFinding::messageKey,
            ProgrammeFinding::args)
        .containsExactly(
            tuple(Severity.WARNING, "horizon", "programme.years.fitsMedium", List.of(3)));
    assertThat(ProgrammeFinding.blocks(findings)).isFalse();
  }

  @Test
  void aOneYearProgrammeWithALongerHorizonIsWarnedThatAQuickWinFits() {
    assertThat(ProgrammeYears.check(Horizon.MEDIUM, 2028, 2028, FIRST, LAST))
        .extracting(ProgrammeFinding::severity, ProgrammeFinding::messageKey)
        .containsExactly(tuple(Severity.WARNING, "programme.years.fitsQuickWin"));
    assertThat(ProgrammeYears.check(Horizon.LONG, 2028, 2028, FIRST, LAST))
        .extracting(ProgrammeFinding::messageKey)
        .containsExactly("programme.years.fitsQuickWin");
  }

  @Test
  void yearsOutsideTheMasterplanPeriodBlockSaving() {
    List<ProgrammeFinding> findings = ProgrammeYears.check(Horizon.MEDIUM, 2024, 2035, FIRST, LAST);

    assertThat(findings)
        .extracting(ProgrammeFinding::field, ProgrammeFinding::messageKey, ProgrammeFinding::args)
        .contains(
            tuple("startYear", "programme.years.startOutsidePeriod", List.of(2024, FIRST, LAST)),
            tuple("endYear", "programme.years.endOutsidePeriod", List.of(2035, FIRST, LAST)));
    assertThat(ProgrammeFinding.blocks(findings)).isTrue();
  }

  @Test
  void theFirstAndLastYearOfThePeriodAreInside() {
    assertThat(ProgrammeYears.check(Horizon.QUICK_WIN, FIRST, FIRST, FIRST, LAST)).isEmpty();
    assertThat(ProgrammeYears.check(Horizon.QUICK_WIN, LAST, LAST, FIRST, LAST)).isEmpty();
  }

  @Test
  void anEndBeforeTheStartIsOneErrorWithoutFurtherGuesses() {
    List<ProgrammeFinding> findings =
        ProgrammeYears.check(Horizon.QUICK_WIN, 2030, 2028, FIRST, LAST, List.of(2031), List.of());

    assertThat(findings)
        .extracting(
            ProgrammeFinding::severity, ProgrammeFinding::messageKey, ProgrammeFinding::args)
        .containsExactly(
            tuple(Severity.ERROR, "programme.years.endBeforeStart", List.of(2028, 2030)));
  }

  @Test
  void withoutAHorizonOnlyTheYearsAreChecked() {
    assertThat(ProgrammeYears.check(null, 2025, 2034, FIRST, LAST)).isEmpty();
  }

  @Test
  void budgetAndActionsMustFallWithinTheProgrammesYearsEachYearNamedOnce() {
    List<ProgrammeFinding> findings =
        ProgrammeYears.check(
            Horizon.MEDIUM,
            2026,
            2028,
            FIRST,
            LAST,
            List.of(2029, 2026, 2025, 2029, 2028),
            List.of(2027, 2030));

    assertThat(findings)
        .extracting(ProgrammeFinding::field, ProgrammeFinding::messageKey, ProgrammeFinding::args)
        .containsExactly(
            tuple(
                "budgetLines", "programme.years.budgetOutsideProgramme", List.of(2025, 2026, 2028)),
            tuple(
                "budgetLines", "programme.years.budgetOutsideProgramme", List.of(2029, 2026, 2028)),
            tuple("actions", "programme.years.actionOutsideProgramme", List.of(2030, 2026, 2028)));
    assertThat(ProgrammeFinding.blocks(findings)).isTrue();
  }

  @Test
  void theFittingHorizonFollowsTheNumberOfCalendarYears() {
    assertThat(ProgrammeYears.horizonFor(2025, 2025)).contains(Horizon.QUICK_WIN);
    assertThat(ProgrammeYears.horizonFor(2025, 2026)).contains(Horizon.MEDIUM);
    assertThat(ProgrammeYears.horizonFor(2025, 2029)).contains(Horizon.MEDIUM);
    assertThat(ProgrammeYears.horizonFor(2025, 2030)).contains(Horizon.LONG);
    assertThat(ProgrammeYears.horizonFor(2025, 2034)).contains(Horizon.LONG);
    assertThat(ProgrammeYears.horizonFor(2025, 2035)).isEmpty();
    assertThat(ProgrammeYears.horizonFor(2025, 2024)).isEmpty();
  }
}
