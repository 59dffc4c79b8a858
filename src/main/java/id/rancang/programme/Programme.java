package id.rancang.programme;

import id.rancang.strategy.Dimension;
import id.rancang.strategy.Element;
import java.math.BigDecimal;
import java.util.List;

/**
 * An innovative programme of Buku 2 (program inovatif), with everything its sheet holds: where it
 * sits in the smart-city framework, what it addresses and changes, when it runs, who leads and who
 * partners, what it contributes to, what it costs per year and source, what it waits for, and its
 * risks.
 */
public record Programme(
    long id,
    long masterplanId,
    String code,
    String name,
    Dimension dimension,
    Element element,
    String problem,
    String description,
    String impactSociety,
    String impactEnvironment,
    Horizon horizon,
    int startYear,
    int endYear,
    Long leadOpdId,
    boolean quickWin,
    String sipdProgram,
    String sipdKegiatan,
    String sipdSubKegiatan,
    ProgrammeStatus status,
    List<Partner> partners,
    List<Contribution> targets,
    List<Contribution> indicators,
    List<BudgetItem> budget,
    List<Long> dependsOn,
    List<Risk> risks,
    int version) {

  public Programme {
    partners = List.copyOf(partners);
    targets = List.copyOf(targets);
    indicators = List.copyOf(indicators);
    budget = List.copyOf(budget);
    dependsOn = List.copyOf(dependsOn);
    risks = List.copyOf(risks);
  }

  /** The sum of all budget lines, in rupiah. */
  public BigDecimal totalBudget() {
    return budget.stream().map(BudgetItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
