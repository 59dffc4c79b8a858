package id.rancang.prioritisation;

import id.rancang.shared.chart.Palette;
import id.rancang.shared.chart.SvgCharts;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The charts of a prioritisation as SVG, the same drawings on the results page and in Buku 2: the
 * global weights of the criteria, and the first programmes of the ranking by score, coloured by
 * smart-city dimension.
 */
public final class PrioritisationCharts {

  /** How many programmes the ranking chart shows. */
  public static final int RANKING_BARS = 20;

  private PrioritisationCharts() {}

  /** One bar per scored criterion: its global weight in percent. */
  public static String weights(CriteriaWeights weights, String title, Locale locale) {
    List<String> labels = new ArrayList<>();
    List<BigDecimal> values = new ArrayList<>();
    for (LeafWeight leaf : weights.leaves()) {
      labels.add(leaf.code() + " " + leaf.name());
      values.add(BigDecimal.valueOf(leaf.global() == null ? 0 : leaf.global() * 100));
    }
    NumberFormat percent = NumberFormat.getNumberInstance(locale);
    percent.setMinimumFractionDigits(1);
    percent.setMaximumFractionDigits(1);
    return SvgCharts.bars(
        title, labels, values, List.of(Palette.colour(0)), v -> percent.format(v) + " %");
  }

  /** One bar per programme among the first {@link #RANKING_BARS}: its score (0 to 1). */
  public static String ranking(ProgrammeRanking ranking, String title, Locale locale) {
    List<String> labels = new ArrayList<>();
    List<BigDecimal> values = new ArrayList<>();
    List<String> colours = new ArrayList<>();
    for (RankedProgramme p : ranking.ranking()) {
      if (labels.size() == RANKING_BARS) {
        break;
      }
      labels.add(p.ranked().rank() + ". " + p.code() + " " + p.name());
      values.add(BigDecimal.valueOf(p.ranked().score()));
      colours.add(Palette.colour(p.dimension().ordinal()));
    }
    NumberFormat score = NumberFormat.getNumberInstance(locale);
    score.setMinimumFractionDigits(3);
    score.setMaximumFractionDigits(3);
    return SvgCharts.bars(title, labels, values, colours, score::format);
  }
}
