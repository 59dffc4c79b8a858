package id.rancang.document;

import id.rancang.programme.ActionCategory;
import id.rancang.programme.ActionStatus;
import id.rancang.programme.Horizon;
import id.rancang.programme.ProgrammeStatus;
import id.rancang.region.PentahelixRole;
import id.rancang.strategy.Dimension;
import id.rancang.strategy.Element;
import id.rancang.strategy.IndicatorLevel;
import id.rancang.strategy.Pillar;
import id.rancang.strategy.Polarity;
import id.rancang.strategy.RpjmdItemKind;
import id.rancang.strategy.StrategyItemKind;
import id.rancang.strategy.SwotKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything the books and matrices of one masterplan show, self-contained: names of OPDs, partners
 * and funding sources are resolved, so a frozen copy keeps reading the same when the live records
 * change later. Live documents are generated from a fresh one, a version stores one as JSON. Lists
 * are in the order the pages show them.
 *
 * <p>Personal data stays out: a partner who is a person appears by organisation (or as an
 * individual), never by name, because a frozen version can never be erased.
 */
public record MasterplanContent(
    int schema,
    RegionInfo region,
    PlanInfo masterplan,
    String vision,
    String visionExplanation,
    List<StrategyEntry> strategy,
    List<IndicatorEntry> indicators,
    List<ProfileEntry> profile,
    List<SwotEntry> swot,
    List<GapEntry> gaps,
    RpjmdInfo rpjmd,
    BrandingInfo branding,
    List<FundingSourceInfo> fundingSources,
    List<ProgrammeEntry> programmes,
    PriorityInfo priority) {

  /** The layout of this record; a reader of an older layout converts it first. */
  public static final int SCHEMA = 1;

  public MasterplanContent {
    strategy = copy(strategy);
    indicators = copy(indicators);
    profile = copy(profile);
    swot = copy(swot);
    gaps = copy(gaps);
    fundingSources = copy(fundingSources);
    programmes = copy(programmes);
  }

  /** This content with every partner named by role only (for readers who may not see names). */
  public MasterplanContent withoutPartnerNames() {
    return new MasterplanContent(
        schema,
        region,
        masterplan,
        vision,
        visionExplanation,
        strategy,
        indicators,
        profile,
        swot,
        gaps,
        rpjmd,
        branding,
        fundingSources,
        programmes.stream()
            .map(
                p ->
                    new ProgrammeEntry(
                        p.id(),
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
                        p.leadOpd(),
                        p.quickWin(),
                        p.sipdProgram(),
                        p.sipdKegiatan(),
                        p.sipdSubKegiatan(),
                        p.status(),
                        p.partners().stream()
                            .map(x -> new PartnerEntry(null, x.role(), x.contribution()))
                            .toList(),
                        p.targets(),
                        p.indicators(),
                        p.budget(),
                        p.dependsOn(),
                        p.risks(),
                        p.actions()))
            .toList(),
        priority);
  }

  static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /** The region as the cover and the regional profile show it. */
  public record RegionInfo(
      String code,
      String name,
      String type,
      String province,
      String capital,
      BigDecimal areaKm2,
      Long population,
      Integer populationYear,
      String populationSource) {}

  /** The masterplan shell: title, period and the regulation that adopted it, when set. */
  public record PlanInfo(
      long id,
      String title,
      int startYear,
      int endYear,
      String status,
      String regulationNumber,
      LocalDate regulationDate) {

    public int years() {
      return endYear - startYear + 1;
    }
  }

  /** A mission, goal or target, with the RPJMD items it serves by code. */
  public record StrategyEntry(
      long id,
      StrategyItemKind kind,
      Long parentId,
      String code,
      String statement,
      List<Dimension> dimensions,
      List<Element> elements,
      List<String> rpjmdCodes) {

    public StrategyEntry {
      dimensions = copy(dimensions);
      elements = copy(elements);
      rpjmdCodes = copy(rpjmdCodes);
    }

    /** The code, or the statement's first words when the item has no code. */
    public String label() {
      return code != null && !code.isBlank() ? code : statement;
    }
  }

  /** A value of one year: a baseline, a target or an amount. */
  public record YearAmount(int year, BigDecimal value) {
    public YearAmount {
      Objects.requireNonNull(value, "value");
    }
  }

  /** An indicator with its baseline, yearly targets, end target and responsible OPD. */
  public record IndicatorEntry(
      long id,
      long itemId,
      StrategyItemKind itemKind,
      String code,
      String name,
      String unit,
      String definition,
      String formula,
      String dataSource,
      String opd,
      String dataProvider,
      IndicatorLevel level,
      boolean keyIndicator,
      Polarity polarity,
      YearAmount baseline,
      List<YearAmount> targets,
      BigDecimal endTarget) {

    public IndicatorEntry {
      targets = copy(targets);
    }

    /** The target of one year, or null. */
    public BigDecimal target(int year) {
      return targets.stream()
          .filter(t -> t.year() == year)
          .map(YearAmount::value)
          .findFirst()
          .orElse(null);
    }
  }

  /** A regional statistic with its breakdown (e.g. population per kecamatan). */
  public record ProfileEntry(
      String name, BigDecimal value, String unit, int year, String source, List<Share> breakdown) {

    public ProfileEntry {
      breakdown = copy(breakdown);
    }
  }

  /** One part of a breakdown. */
  public record Share(String label, BigDecimal value) {}

  /** A SWOT statement of one dimension and pillar. */
  public record SwotEntry(Dimension dimension, Pillar pillar, SwotKind kind, String statement) {}

  /** The gap of one dimension and pillar: where the region is and where it wants to be. */
  public record GapEntry(
      Dimension dimension, Pillar pillar, String currentState, String desiredState) {}

  /** The RPJMD the masterplan aligns with. */
  public record RpjmdInfo(
      int startYear, int endYear, String vision, String regulation, List<RpjmdEntry> items) {

    public RpjmdInfo {
      items = copy(items);
    }
  }

  /** An RPJMD mission, goal or target. */
  public record RpjmdEntry(
      long id, RpjmdItemKind kind, Long parentId, String code, String statement) {}

  /** The region's smart-city identity. */
  public record BrandingInfo(String tagline, String positioning, String identityNotes) {}

  /** A funding source with its names in both languages. */
  public record FundingSourceInfo(String code, String nameId, String nameEn) {

    public String name(Locale locale) {
      return "en".equals(locale.getLanguage()) ? nameEn : nameId;
    }
  }

  /** A programme in full, with its action plan. */
  public record ProgrammeEntry(
      long id,
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
      String leadOpd,
      boolean quickWin,
      String sipdProgram,
      String sipdKegiatan,
      String sipdSubKegiatan,
      ProgrammeStatus status,
      List<PartnerEntry> partners,
      List<LinkEntry> targets,
      List<LinkEntry> indicators,
      List<BudgetEntry> budget,
      List<String> dependsOn,
      List<RiskEntry> risks,
      List<ActionEntry> actions) {

    public ProgrammeEntry {
      partners = copy(partners);
      targets = copy(targets);
      indicators = copy(indicators);
      budget = copy(budget);
      dependsOn = copy(dependsOn);
      risks = copy(risks);
      actions = copy(actions);
    }

    public BigDecimal totalBudget() {
      return budget.stream().map(BudgetEntry::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }

  /** A pentahelix partner of a programme: organisation, role and what it brings. */
  public record PartnerEntry(String name, PentahelixRole role, String contribution) {}

  /** A target or indicator a programme serves, with the programme's expected contribution. */
  public record LinkEntry(long id, String code, String name, String contribution) {}

  /** A budget line: year, funding source code, rupiah amount. */
  public record BudgetEntry(int year, String source, BigDecimal amount) {}

  /** A risk with its likelihood and impact (1-5) and mitigation. */
  public record RiskEntry(String description, int likelihood, int impact, String mitigation) {}

  /** An action of the programme's action plan (rencana aksi). */
  public record ActionEntry(
      ActionCategory category,
      String title,
      int year,
      Integer quarter,
      String ownerOpd,
      String deliverable,
      BigDecimal budget,
      ActionStatus status,
      int progress) {}

  /**
   * The programme priorities of Buku 2: the most recently published prioritisation exercise of the
   * masterplan, or null when none is published (and in versions frozen before prioritisation).
   *
   * @param aggregation AIJ or AIP
   * @param riTable the random-index table its consistency ratios use
   * @param evaluators how many evaluators took part
   * @param criteria the scored criteria with their global weights, in order
   * @param ranking the ranked programmes, best first
   * @param quickWins the codes of the suggested quick wins, one per dimension that has one
   */
  public record PriorityInfo(
      String exercise,
      String aggregation,
      String riTable,
      int evaluators,
      List<PriorityCriterion> criteria,
      List<PriorityRank> ranking,
      List<String> quickWins) {

    public PriorityInfo {
      criteria = copy(criteria);
      ranking = copy(ranking);
      quickWins = copy(quickWins);
    }
  }

  /** A criterion of the prioritisation with its global weight (0 to 1). */
  public record PriorityCriterion(String code, String name, String parent, double weight) {}

  /** A programme's place in the prioritisation: rank, score (0 to 1), TOPSIS rank. */
  public record PriorityRank(
      int rank, String code, String name, Dimension dimension, double score, int topsisRank) {}
}
