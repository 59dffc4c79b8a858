package id.rancang.programme;

import id.rancang.region.PentahelixRole;
import id.rancang.strategy.Dimension;
import id.rancang.strategy.Element;

/**
 * What the programme catalogue is narrowed to: words to search (Indonesian or English), and any of
 * dimension, element, horizon, lead OPD, status, a partner's pentahelix role and the quick-win
 * flag. Null means "any". {@code sort} is one of code, name, start, budget (default code).
 */
public record ProgrammeFilter(
    String q,
    Dimension dimension,
    Element element,
    Horizon horizon,
    Long leadOpdId,
    ProgrammeStatus status,
    PentahelixRole partnerRole,
    Boolean quickWin,
    String sort) {

  public static ProgrammeFilter none() {
    return new ProgrammeFilter(null, null, null, null, null, null, null, null, null);
  }
}
