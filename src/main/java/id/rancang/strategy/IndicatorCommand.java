package id.rancang.strategy;

import id.rancang.strategy.rules.YearValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What a user enters for an indicator. {@code itemId} is the goal or target it measures; {@code
 * baseline}, {@code endTarget} and the optional texts may be null; {@code targets} may be empty.
 * Validation happens in {@link IndicatorRegister} because most rules need the masterplan.
 */
public record IndicatorCommand(
    Long itemId,
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
    String libraryCode) {

  public IndicatorCommand {
    targets = targets == null ? List.of() : targets.stream().filter(Objects::nonNull).toList();
  }
}
