package id.rancang.programme;

import id.rancang.strategy.Dimension;
import id.rancang.strategy.Element;
import java.math.BigDecimal;

/** One row of the programme catalogue, with its total budget (read in one query for a page). */
public record ProgrammeSummary(
    long id,
    String code,
    String name,
    Dimension dimension,
    Element element,
    Horizon horizon,
    int startYear,
    int endYear,
    Long leadOpdId,
    boolean quickWin,
    ProgrammeStatus status,
    BigDecimal totalBudget,
    int version) {}
