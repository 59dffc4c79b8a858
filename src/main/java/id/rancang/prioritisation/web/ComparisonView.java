package id.rancang.prioritisation.web;

import id.rancang.prioritisation.ComparedCriterion;
import id.rancang.prioritisation.ComparisonSet;
import id.rancang.prioritisation.PairJudgement;
import id.rancang.prioritisation.rules.InconsistentJudgement;
import id.rancang.prioritisation.rules.PriorityResult;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the comparison page shows of a {@link ComparisonSet}: each pair with the scale option that
 * is checked, the weights as percentages, the consistency ratio and the judgements to reconsider,
 * with numbers written for the reader's language.
 */
final class ComparisonView {

  /** Values within this of each other (on the logarithm) are the same scale option. */
  private static final double SAME = 1e-6;

  /** The 17 options of Saaty's scale, from "the first is extremely more important" to the other. */
  static final List<ScaleOption> SCALE = scale();

  private ComparisonView() {}

  /**
   * One option of the scale as a radio button.
   *
   * @param value the form value, e.g. {@code 5} or {@code 1/5}
   * @param intensity 1 to 9, what the button shows
   * @param favours FIRST, EQUAL or SECOND: which criterion the option says is more important
   */
  record ScaleOption(String value, double number, int intensity, String favours) {}

  /** A pair of criteria on the page. */
  record PairRow(
      String key,
      long firstId,
      long secondId,
      String firstName,
      String secondName,
      String checked,
      String shown,
      int version) {}

  /** A criterion's weight in percent (written) and as a bar length (0-100). */
  record WeightRow(String code, String name, String percent, double bar) {}

  /** A judgement worth reconsidering, with the suggested value as a form value. */
  record Suggestion(
      String firstName,
      String secondName,
      long firstId,
      long secondId,
      String current,
      String suggested,
      String consistent,
      String crAfter,
      int version) {}

  /** The whole set as the page shows it. */
  record SetView(
      String key,
      String parentName,
      List<PairRow> pairs,
      List<WeightRow> weights,
      boolean derived,
      String cr,
      boolean acceptable,
      String lambdaMax,
      String randomIndex,
      String riTable,
      String problemKey,
      int judged,
      int total,
      List<Suggestion> suggestions) {}

  static SetView of(ComparisonSet set, Locale locale) {
    List<PairRow> pairs = new ArrayList<>();
    for (PairJudgement pair : set.pairs()) {
      pairs.add(
          new PairRow(
              pair.key(),
              pair.first().id(),
              pair.second().id(),
              pair.first().name(),
              pair.second().name(),
              pair.value() == null ? null : option(pair.value()),
              pair.value() == null ? null : text(pair.value(), locale),
              pair.version()));
    }
    PriorityResult result = set.result();
    if (result == null) {
      return new SetView(
          set.key(),
          set.parent() == null ? null : set.parent().name(),
          pairs,
          List.of(),
          false,
          null,
          false,
          null,
          null,
          null,
          set.problemKey(),
          set.judged(),
          set.pairs().size(),
          List.of());
    }
    NumberFormat percent = decimals(locale, 1);
    NumberFormat ratio = decimals(locale, 3);
    List<WeightRow> weights = new ArrayList<>();
    for (int i = 0; i < set.criteria().size(); i++) {
      ComparedCriterion c = set.criterion(i);
      double w = result.weight(i) * 100;
      weights.add(new WeightRow(c.code(), c.name(), percent.format(w) + " %", w));
    }
    List<Suggestion> suggestions = new ArrayList<>();
    if (!result.isAcceptable()) {
      for (InconsistentJudgement j : result.inconsistentJudgements()) {
        ComparedCriterion first = set.criterion(j.i());
        ComparedCriterion second = set.criterion(j.j());
        suggestions.add(
            new Suggestion(
                first.name(),
                second.name(),
                first.id(),
                second.id(),
                text(j.current(), locale),
                text(j.suggested(), locale),
                text(j.consistentValue(), locale),
                ratio.format(j.crAfter()),
                versionOf(set, first.id(), second.id())));
      }
    }
    return new SetView(
        set.key(),
        set.parent() == null ? null : set.parent().name(),
        pairs,
        weights,
        true,
        ratio.format(result.cr()),
        result.isAcceptable(),
        ratio.format(result.lambdaMax()),
        ratio.format(result.randomIndex()),
        result.riTable(),
        null,
        set.judged(),
        set.pairs().size(),
        suggestions);
  }

  private static int versionOf(ComparisonSet set, long a, long b) {
    return set.pairs().stream()
        .filter(
            p ->
                (p.first().id() == a && p.second().id() == b)
                    || (p.first().id() == b && p.second().id() == a))
        .mapToInt(PairJudgement::version)
        .findFirst()
        .orElse(0);
  }

  /** The scale option a value is, or null for a value between options (typed through the API). */
  static String option(double value) {
    for (ScaleOption o : SCALE) {
      if (Math.abs(Math.log(o.number()) - Math.log(value)) < SAME) {
        return o.value();
      }
    }
    return null;
  }

  /** A value written as people read the scale: {@code 3}, {@code 1/3}, or {@code 2,5}. */
  static String text(double value, Locale locale) {
    if (value >= 1) {
      long whole = Math.round(value);
      return Math.abs(value - whole) < 0.005
          ? String.valueOf(whole)
          : decimals(locale, 2).format(value);
    }
    double inverse = 1 / value;
    long whole = Math.round(inverse);
    return Math.abs(inverse - whole) < 0.005 ? "1/" + whole : decimals(locale, 2).format(value);
  }

  /**
   * Reads a form value: {@code 5}, {@code 1/5}, {@code 2.5} or {@code 2,5}; blank is no judgement.
   *
   * @throws NumberFormatException for anything else
   */
  static Double parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip().replace(',', '.');
    int slash = t.indexOf('/');
    if (slash > 0) {
      return Double.parseDouble(t.substring(0, slash)) / Double.parseDouble(t.substring(slash + 1));
    }
    return Double.parseDouble(t);
  }

  private static NumberFormat decimals(Locale locale, int digits) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(digits);
    format.setMaximumFractionDigits(digits);
    return format;
  }

  private static List<ScaleOption> scale() {
    List<ScaleOption> options = new ArrayList<>();
    for (int k = 9; k >= 2; k--) {
      options.add(new ScaleOption(String.valueOf(k), k, k, "FIRST"));
    }
    options.add(new ScaleOption("1", 1, 1, "EQUAL"));
    for (int k = 2; k <= 9; k++) {
      options.add(new ScaleOption("1/" + k, 1.0 / k, k, "SECOND"));
    }
    return List.copyOf(options);
  }
}
