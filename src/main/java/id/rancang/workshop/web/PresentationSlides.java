package id.rancang.workshop.web;

import id.rancang.shared.Formats;
import id.rancang.shared.chart.Palette;
import id.rancang.shared.chart.Series;
import id.rancang.shared.chart.SvgCharts;
import id.rancang.shared.web.Messages;
import id.rancang.strategy.BreakdownItem;
import id.rancang.strategy.Indicator;
import id.rancang.strategy.ProfileStat;
import id.rancang.strategy.rules.YearValue;
import id.rancang.workshop.PresentationSlide;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Turns the items of a data presentation into what the page shows: a profile statistic as its value
 * (with year and source) and, when it has a breakdown, a bar per part; an indicator with its unit,
 * source and polarity, and its baseline and yearly targets as columns with the numbers beneath.
 */
@Component
class PresentationSlides {

  /** The baseline's colour (grey) and the targets' (blue): apart in print and for colour-blind. */
  private static final String BASELINE = Palette.colour(8);

  private static final String TARGET = Palette.colour(0);

  private final Messages messages;

  PresentationSlides(Messages messages) {
    this.messages = messages;
  }

  /** One value of an indicator's row: the baseline or a year's target. */
  record YearCell(String year, String value, boolean baseline) {}

  /**
   * What a slide shows. {@code value} is a statistic's figure (with {@code unit}); {@code facts}
   * are short lines (year, source, baseline, polarity); {@code chart} is SVG or null; {@code years}
   * the indicator's values under its chart.
   */
  record Slide(
      long itemId,
      String kind,
      String code,
      String title,
      String value,
      String unit,
      List<String> facts,
      String chart,
      List<YearCell> years) {}

  List<Slide> of(List<PresentationSlide> slides, Locale locale) {
    Formats formats = new Formats(locale);
    List<Slide> result = new ArrayList<>();
    for (PresentationSlide s : slides) {
      result.add(
          s.statistic() != null
              ? statistic(s.item().id(), s.statistic(), formats)
              : indicator(s.item().id(), s.indicator(), formats));
    }
    return result;
  }

  private Slide statistic(long itemId, ProfileStat stat, Formats formats) {
    List<String> facts = new ArrayList<>();
    facts.add(messages.get("workshop.presentation.year", Integer.toString(stat.year())));
    if (stat.source() != null && !stat.source().isBlank()) {
      facts.add(messages.get("workshop.presentation.source", stat.source()));
    }
    String chart = null;
    if (!stat.breakdown().isEmpty()) {
      List<String> labels = new ArrayList<>();
      List<BigDecimal> values = new ArrayList<>();
      for (BreakdownItem item : stat.breakdown()) {
        labels.add(item.label());
        values.add(item.value());
      }
      chart =
          SvgCharts.bars(
              messages.get("workshop.presentation.breakdownOf", stat.name()),
              labels,
              values,
              List.of(TARGET),
              v -> unitSuffix(formats.number(v), stat.unit()));
    }
    return new Slide(
        itemId,
        "PROFILE_STAT",
        null,
        stat.name(),
        formats.number(stat.value()),
        stat.unit(),
        facts,
        chart,
        List.of());
  }

  private Slide indicator(long itemId, Indicator indicator, Formats formats) {
    List<String> facts = new ArrayList<>();
    YearValue baseline = indicator.baseline();
    if (baseline != null) {
      facts.add(
          messages.get(
              "workshop.presentation.baseline",
              Integer.toString(baseline.year()),
              unitSuffix(formats.number(baseline.value()), indicator.unit())));
    }
    if (indicator.endTarget() != null) {
      facts.add(
          messages.get(
              "workshop.presentation.endTarget",
              unitSuffix(formats.number(indicator.endTarget()), indicator.unit())));
    }
    if (indicator.polarity() != null) {
      facts.add(messages.get("strategy.polarity." + indicator.polarity()));
    }
    if (indicator.dataSource() != null && !indicator.dataSource().isBlank()) {
      facts.add(messages.get("workshop.presentation.source", indicator.dataSource()));
    }
    List<String> categories = new ArrayList<>();
    List<BigDecimal> baselineValues = new ArrayList<>();
    List<BigDecimal> targetValues = new ArrayList<>();
    List<YearCell> years = new ArrayList<>();
    if (baseline != null) {
      categories.add(Integer.toString(baseline.year()));
      baselineValues.add(baseline.value());
      targetValues.add(BigDecimal.ZERO);
      years.add(
          new YearCell(Integer.toString(baseline.year()), formats.number(baseline.value()), true));
    }
    for (YearValue target :
        indicator.targets().stream()
            .sorted(java.util.Comparator.comparingInt(YearValue::year))
            .toList()) {
      categories.add(Integer.toString(target.year()));
      baselineValues.add(BigDecimal.ZERO);
      targetValues.add(target.value());
      years.add(
          new YearCell(Integer.toString(target.year()), formats.number(target.value()), false));
    }
    String chart = null;
    if (!categories.isEmpty()) {
      chart =
          SvgCharts.stackedColumns(
              messages.get("workshop.presentation.chartOf", indicator.name()),
              categories,
              List.of(
                  new Series(
                      messages.get("workshop.presentation.series.baseline"),
                      BASELINE,
                      baselineValues),
                  new Series(
                      messages.get("workshop.presentation.series.target"), TARGET, targetValues)),
              formats::number);
    }
    return new Slide(
        itemId,
        "INDICATOR",
        indicator.code(),
        indicator.name(),
        null,
        indicator.unit(),
        facts,
        chart,
        years);
  }

  private static String unitSuffix(String number, String unit) {
    return unit == null || unit.isBlank() ? number : number + " " + unit;
  }
}
