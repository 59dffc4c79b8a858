package id.rancang.programme;

import id.rancang.strategy.Dimension;
import id.rancang.strategy.Element;
import java.util.List;
import java.util.Objects;

/**
 * What a user enters for a programme. Lists may be null (treated as empty). The status is not part
 * of it: it changes through {@link ProgrammePortfolio#changeStatus}, which keeps the history.
 */
public record ProgrammeCommand(
    String code,
    String name,
    Dimension dimension,
    Element element,
    String problem,
    String description,
    String impactSociety,
    String impactEnvironment,
    Horizon horizon,
    Integer startYear,
    Integer endYear,
    Long leadOpdId,
    boolean quickWin,
    String sipdProgram,
    String sipdKegiatan,
    String sipdSubKegiatan,
    List<Partner> partners,
    List<Contribution> targets,
    List<Contribution> indicators,
    List<BudgetItem> budget,
    List<Long> dependsOn,
    List<Risk> risks) {

  public ProgrammeCommand {
    partners = present(partners);
    targets = present(targets);
    indicators = present(indicators);
    budget = present(budget);
    dependsOn = present(dependsOn);
    risks = present(risks);
  }

  private static <T> List<T> present(List<T> values) {
    return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
  }
}
