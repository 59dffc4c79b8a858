package id.rancang.strategy;

import id.rancang.strategy.rules.YearValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A measurable indicator (indikator kinerja) of a goal or target: every field of a Buku 1 indicator
 * sheet, with the baseline (kondisi awal), a target for each year and the end target (kondisi
 * akhir). {@code itemKind} says whether {@code itemId} is a goal or a target.
 */
public record Indicator(
    long id,
    long masterplanId,
    long itemId,
    StrategyItemKind itemKind,
    String code,
    String name,
    String unit,
    String definition,
    String formula,
    String dataSource,
    Long opdId,
    String dataProvider,
    IndicatorLevel level,
    boolean keyIndicator,
    Polarity polarity,
    YearValue baseline,
    List<YearValue> targets,
    BigDecimal endTarget,
    String notes,
    String libraryCode,
    int position,
    int version) {

  public Indicator {
    targets = List.copyOf(targets);
  }

  /** The target of one year, if set. */
  public Optional<BigDecimal> target(int year) {
    return targets.stream().filter(t -> t.year() == year).map(YearValue::value).findFirst();
  }
}
