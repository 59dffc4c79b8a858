package id.rancang.document;

import id.rancang.programme.BudgetItem;
import id.rancang.programme.Partner;
import id.rancang.programme.Programme;
import id.rancang.programme.ProgrammeCommand;
import id.rancang.programme.ProgrammePortfolio;
import id.rancang.strategy.Indicator;
import id.rancang.strategy.IndicatorCommand;
import id.rancang.strategy.IndicatorRegister;
import java.util.List;
import java.util.function.UnaryOperator;

/** Changes to live programmes and indicators after a version was frozen, through their modules. */
public final class ProgrammeEdits {

  private ProgrammeEdits() {}

  public static void rename(
      ProgrammePortfolio portfolio, long regionId, long plan, long id, String name) {
    edit(portfolio, regionId, plan, id, p -> with(p, name, p.budget(), p.partners()));
  }

  public static void budget(
      ProgrammePortfolio portfolio, long regionId, long plan, long id, List<BudgetItem> budget) {
    edit(portfolio, regionId, plan, id, p -> with(p, p.name(), budget, p.partners()));
  }

  public static void partners(
      ProgrammePortfolio portfolio, long regionId, long plan, long id, List<Partner> partners) {
    edit(portfolio, regionId, plan, id, p -> with(p, p.name(), p.budget(), partners));
  }

  private static void edit(
      ProgrammePortfolio portfolio,
      long regionId,
      long plan,
      long id,
      UnaryOperator<ProgrammeCommand> change) {
    Programme p = portfolio.get(regionId, plan, id);
    portfolio.update(regionId, plan, id, change.apply(command(p)), p.version());
  }

  private static ProgrammeCommand command(Programme p) {
    return new ProgrammeCommand(
        p.code(),
        p.name(),
        p.dimension(),
        p.element(),
        p.problem(),
        p.description(),
        p.impactSociety(),
        p.impactEnvironment(),
        p.horizon(),
        p.startYear(),
        p.endYear(),
        p.leadOpdId(),
        p.quickWin(),
        p.sipdProgram(),
        p.sipdKegiatan(),
        p.sipdSubKegiatan(),
        p.partners(),
        p.targets(),
        p.indicators(),
        p.budget(),
        p.dependsOn(),
        p.risks());
  }

  private static ProgrammeCommand with(
      ProgrammeCommand c, String name, List<BudgetItem> budget, List<Partner> partners) {
    return new ProgrammeCommand(
        c.code(),
        name,
        c.dimension(),
        c.element(),
        c.problem(),
        c.description(),
        c.impactSociety(),
        c.impactEnvironment(),
        c.horizon(),
        c.startYear(),
        c.endYear(),
        c.leadOpdId(),
        c.quickWin(),
        c.sipdProgram(),
        c.sipdKegiatan(),
        c.sipdSubKegiatan(),
        partners,
        c.targets(),
        c.indicators(),
        budget,
        c.dependsOn(),
        c.risks());
  }

  /** Renames an indicator, keeping everything else. */
  public static void renameIndicator(
      IndicatorRegister indicators, long regionId, long plan, long id, String name) {
    Indicator i = indicators.get(regionId, plan, id);
    indicators.update(
        regionId,
        plan,
        id,
        new IndicatorCommand(
            i.itemId(),
            i.code(),
            name,
            i.unit(),
            i.definition(),
            i.formula(),
            i.dataSource(),
            i.opdId(),
            i.dataProvider(),
            i.level(),
            i.keyIndicator(),
            i.polarity(),
            i.baseline(),
            i.targets(),
            i.endTarget(),
            i.notes(),
            i.libraryCode()),
        i.version());
  }
}
