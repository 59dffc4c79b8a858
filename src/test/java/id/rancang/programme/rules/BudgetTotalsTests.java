package id.rancang.programme.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.rancang.programme.rules.ProgrammeFinding.Severity;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class BudgetTotalsTests {

  // MPP Digital: APBD every year, a DAK grant in 2026, a CSR contribution in 2025.
  private static final List<BudgetLine> MPP =
      List.of(
          BudgetLine.of(2026, "APBD", "750000000"),
          BudgetLine.of(2025, "APBD", "1250000000"),
          BudgetLine.of(2026, "DAK", "2000000000"),
          BudgetLine.of(2025, "CSR", "150000000.50"));

  @Test
  void wellFormedLinesHaveNoFindings() {
    assertThat(BudgetTotals.check(MPP)).isEmpty();
    assertThat(BudgetTotals.check(List.of())).isEmpty();
  }

  @Test
  void aNegativeAmountBlocksSavingOnItsOwnLine() {
    List<ProgrammeFinding> findings =
        BudgetTotals.check(
            List.of(BudgetLine.of(2025, "APBD", "100"), BudgetLine.of(2026, "APBN", "-5000")));

    assertThat(findings)
        .extracting(
            ProgrammeFinding::severity,
            ProgrammeFinding::field,
            ProgrammeFinding::messageKey,
            ProgrammeFinding::args)
        .containsExactly(
            tuple(
                Severity.ERROR,
                "budgetLines[1].amount",
                "programme.budget.negative",
                List.of(2026, "APBN", "-5000")));
  }

  @Test
  void aZeroAmountIsOnlyAWarningWhateverItsScale() {
    List<ProgrammeFinding> findings =
        BudgetTotals.check(
            List.of(BudgetLine.of(2025, "APBD", "0"), BudgetLine.of(2025, "CSR", "0.00")));

    assertThat(findings)
        .extracting(
            ProgrammeFinding::severity, ProgrammeFinding::field, ProgrammeFinding::messageKey)
        .containsExactly(
            tuple(Severity.WARNING, "budgetLines[0].amount", "programme.budget.zero"),
            tuple(Severity.WARNING, "budgetLines[1].amount", "programme.budget.zero"));
    assertThat(ProgrammeFinding.blocks(findings)).isFalse();
  }

  @Test
  void rupiahHaveAtMostTwoDecimalsButTrailingZerosDoNotCount() {
    List<ProgrammeFinding> findings =
        BudgetTotals.check(
            List.of(
                BudgetLine.of(2025, "APBD", "1000.005"),
                BudgetLine.of(2025, "APBN", "1000.50"),
                BudgetLine.of(2025, "DAK", "1000.5000"),
                BudgetLine.of(2025, "CSR", "1E+9")));

    assertThat(findings)
        .extracting(ProgrammeFinding::field, ProgrammeFinding::messageKey, ProgrammeFinding::args)
        .containsExactly(
            tuple(
                "budgetLines[0].amount",
                "programme.budget.tooManyDecimals",
                List.of(2025, "APBD", "1000.005")));
  }

  @Test
  void aNegativeAmountWithTooManyDecimalsGetsBothErrors() {
    assertThat(BudgetTotals.check(List.of(BudgetLine.of(2025, "APBD", "-0.001"))))
        .extracting(ProgrammeFinding::messageKey)
        .containsExactly("programme.budget.negative", "programme.budget.tooManyDecimals");
  }

  @Test
  void aBlankSourceBlocksSaving() {
    assertThat(BudgetTotals.check(List.of(BudgetLine.of(2027, " ", "10"))))
        .extracting(ProgrammeFinding::severity, ProgrammeFinding::field, ProgrammeFinding::args)
        .containsExactly(tuple(Severity.ERROR, "budgetLines[0].source", List.of(2027)));
  }

  @Test
  void aLineNeedsASourceAndAnAmount() {
    assertThatThrownBy(() -> new BudgetLine(2025, null, BigDecimal.ONE))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new BudgetLine(2025, "APBD", null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void totalsPerYearPerSourceAndOverallAddUpTheLines() {
    assertThat(BudgetTotals.total(MPP)).isEqualByComparingTo("4150000000.50");
    assertThat(BudgetTotals.perYear(MPP))
        .containsExactly(
            Map.entry(2025, new BigDecimal("1400000000.50")),
            Map.entry(2026, new BigDecimal("2750000000")));
    assertThat(BudgetTotals.perSource(MPP))
        .containsExactly(
            Map.entry("APBD", new BigDecimal("2000000000")),
            Map.entry("CSR", new BigDecimal("150000000.50")),
            Map.entry("DAK", new BigDecimal("2000000000")));
  }

  @Test
  void totalsPerYearAndSourceKeepBothInOrder() {
    SortedMap<Integer, SortedMap<String, BigDecimal>> table = BudgetTotals.perYearAndSource(MPP);

    assertThat(table.keySet()).containsExactly(2025, 2026);
    assertThat(table.get(2025))
        .containsExactly(
            Map.entry("APBD", new BigDecimal("1250000000")),
            Map.entry("CSR", new BigDecimal("150000000.50")));
    assertThat(table.get(2026))
        .containsExactly(
            Map.entry("APBD", new BigDecimal("750000000")),
            Map.entry("DAK", new BigDecimal("2000000000")));
  }

  @Test
  void sumsAreExactWhereDoublesWouldDrift() {
    // 0.1 + 0.2 is 0.30000000000000004 in double arithmetic; ten lines of 0.10 are not 0.99999...
    List<BudgetLine> cents =
        List.of(BudgetLine.of(2025, "APBD", "0.10"), BudgetLine.of(2025, "APBD", "0.20"));
    List<BudgetLine> tenDimes = Collections.nCopies(10, BudgetLine.of(2025, "CSR", "0.10"));

    assertThat(0.1 + 0.2).isNotEqualTo(0.3); // the trap the rule must avoid
    assertThat(BudgetTotals.total(cents)).isEqualTo(new BigDecimal("0.30"));
    assertThat(BudgetTotals.perYear(tenDimes).get(2025)).isEqualTo(new BigDecimal("1.00"));
  }

  @Test
  void largeRegionalBudgetsKeepEverySen() {
    // A double (15-16 significant digits) cannot even hold the first amount to the sen.
    List<BudgetLine> lines =
        List.of(
            BudgetLine.of(2025, "APBD", "9999999999999999.99"),
            BudgetLine.of(2025, "APBN", "0.01"));

    assertThat(BudgetTotals.total(lines)).isEqualTo(new BigDecimal("10000000000000000.00"));
    assertThat(new BigDecimal(9999999999999999.99)).isNotEqualByComparingTo("9999999999999999.99");
  }

  @Test
  void noLinesAddUpToZeroAndEmptyMaps() {
    assertThat(BudgetTotals.total(List.of())).isEqualByComparingTo("0");
    assertThat(BudgetTotals.perYear(List.of())).isEmpty();
    assertThat(BudgetTotals.perYearAndSource(List.of())).isEmpty();
    assertThat(BudgetTotals.summary(List.of())).isEmpty();
  }

  @Test
  void theMapsCannotBeChangedByTheCaller() {
    assertThatThrownBy(() -> BudgetTotals.perYear(MPP).put(2030, BigDecimal.ONE))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> BudgetTotals.perYearAndSource(MPP).get(2025).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theSummaryOfSeveralProgrammesIsPerYearDimensionAndSource() {
    List<DimensionBudgetLine> lines =
        List.of(
            new DimensionBudgetLine("GOVERNANCE", BudgetLine.of(2025, "APBD", "100.10")),
            new DimensionBudgetLine("ENVIRONMENT", BudgetLine.of(2025, "DANA_DESA", "40")),
            new DimensionBudgetLine("GOVERNANCE", BudgetLine.of(2025, "APBD", "0.20")),
            new DimensionBudgetLine("BRANDING", BudgetLine.of(2026, "CSR", "7")),
            new DimensionBudgetLine("GOVERNANCE", BudgetLine.of(2026, "APBN", "3")),
            new DimensionBudgetLine("ENVIRONMENT", BudgetLine.of(2025, "APBD", "5")));

    SortedMap<Integer, SortedMap<String, SortedMap<String, BigDecimal>>> summary =
        BudgetTotals.summary(lines);

    assertThat(summary.keySet()).containsExactly(2025, 2026);
    assertThat(summary.get(2025).keySet()).containsExactly("ENVIRONMENT", "GOVERNANCE");
    assertThat(summary.get(2025).get("GOVERNANCE"))
        .containsExactly(Map.entry("APBD", new BigDecimal("100.30")));
    assertThat(summary.get(2025).get("ENVIRONMENT"))
        .containsExactly(
            Map.entry("APBD", new BigDecimal("5")), Map.entry("DANA_DESA", new BigDecimal("40")));
    assertThat(summary.get(2026).keySet()).containsExactly("BRANDING", "GOVERNANCE");
    assertThat(summary.get(2026).get("BRANDING"))
        .containsExactly(Map.entry("CSR", new BigDecimal("7")));
  }

  @Test
  void theSummaryCanFollowTheFrameworksOrderOfDimensions() {
    List<String> framework =
        List.of("GOVERNANCE", "BRANDING", "ECONOMY", "LIVING", "SOCIETY", "ENVIRONMENT");
    List<DimensionBudgetLine> lines =
        List.of(
            new DimensionBudgetLine("ENVIRONMENT", BudgetLine.of(2025, "APBD", "1")),
            new DimensionBudgetLine("BRANDING", BudgetLine.of(2025, "APBD", "1")),
            new DimensionBudgetLine("GOVERNANCE", BudgetLine.of(2025, "APBD", "1")));

    var summary = BudgetTotals.summary(lines, Comparator.comparingInt(framework::indexOf));

    assertThat(summary.get(2025).keySet()).containsExactly("GOVERNANCE", "BRANDING", "ENVIRONMENT");
  }
}
