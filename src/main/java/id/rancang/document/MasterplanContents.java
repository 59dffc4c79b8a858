package id.rancang.document;

import id.rancang.document.MasterplanContent.ActionEntry;
import id.rancang.document.MasterplanContent.BrandingInfo;
import id.rancang.document.MasterplanContent.BudgetEntry;
import id.rancang.document.MasterplanContent.FundingSourceInfo;
import id.rancang.document.MasterplanContent.GapEntry;
import id.rancang.document.MasterplanContent.IndicatorEntry;
import id.rancang.document.MasterplanContent.LinkEntry;
import id.rancang.document.MasterplanContent.PartnerEntry;
import id.rancang.document.MasterplanContent.PlanInfo;
import id.rancang.document.MasterplanContent.ProfileEntry;
import id.rancang.document.MasterplanContent.ProgrammeEntry;
import id.rancang.document.MasterplanContent.RegionInfo;
import id.rancang.document.MasterplanContent.RiskEntry;
import id.rancang.document.MasterplanContent.RpjmdEntry;
import id.rancang.document.MasterplanContent.RpjmdInfo;
import id.rancang.document.MasterplanContent.Share;
import id.rancang.document.MasterplanContent.StrategyEntry;
import id.rancang.document.MasterplanContent.SwotEntry;
import id.rancang.document.MasterplanContent.YearAmount;
import id.rancang.prioritisation.PrioritisationResults;
import id.rancang.prioritisation.ProgrammeRanking;
import id.rancang.programme.FundingSources;
import id.rancang.programme.PlannedAction;
import id.rancang.programme.Programme;
import id.rancang.programme.ProgrammeCatalog;
import id.rancang.region.Masterplan;
import id.rancang.region.MasterplanManagement;
import id.rancang.region.Opd;
import id.rancang.region.OpdDirectory;
import id.rancang.region.Region;
import id.rancang.region.RegionCatalog;
import id.rancang.region.Stakeholder;
import id.rancang.region.StakeholderKind;
import id.rancang.region.StakeholderRegister;
import id.rancang.shared.NotFoundException;
import id.rancang.strategy.Branding;
import id.rancang.strategy.Indicator;
import id.rancang.strategy.IndicatorRegister;
import id.rancang.strategy.ProfileStatistics;
import id.rancang.strategy.ReadinessAnalysis;
import id.rancang.strategy.RpjmdItem;
import id.rancang.strategy.RpjmdPlan;
import id.rancang.strategy.SmartVision;
import id.rancang.strategy.StrategyItem;
import id.rancang.strategy.StrategyTree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles the {@link MasterplanContent} of a masterplan from the live records of the region,
 * strategy and programme modules, in one read-only transaction so the parts agree with each other.
 */
@Service
@Transactional(readOnly = true)
public class MasterplanContents {

  private final RegionCatalog regions;
  private final MasterplanManagement masterplans;
  private final OpdDirectory opds;
  private final StakeholderRegister stakeholders;
  private final StrategyTree tree;
  private final IndicatorRegister indicators;
  private final ProfileStatistics profile;
  private final ReadinessAnalysis readiness;
  private final RpjmdPlan rpjmd;
  private final Branding branding;
  private final FundingSources fundingSources;
  private final ProgrammeCatalog programmes;

  private final PrioritisationResults priorities;

  MasterplanContents(
      RegionCatalog regions,
      MasterplanManagement masterplans,
      OpdDirectory opds,
      StakeholderRegister stakeholders,
      StrategyTree tree,
      IndicatorRegister indicators,
      ProfileStatistics profile,
      ReadinessAnalysis readiness,
      RpjmdPlan rpjmd,
      Branding branding,
      FundingSources fundingSources,
      ProgrammeCatalog programmes,
      PrioritisationResults priorities) {
    this.priorities = priorities;
    this.regions = regions;
    this.masterplans = masterplans;
    this.opds = opds;
    this.stakeholders = stakeholders;
    this.tree = tree;
    this.indicators = indicators;
    this.profile = profile;
    this.readiness = readiness;
    this.rpjmd = rpjmd;
    this.branding = branding;
    this.fundingSources = fundingSources;
    this.programmes = programmes;
  }

  /**
   * The masterplan as it is now. Another region's masterplan is not found.
   *
   * @throws NotFoundException when the region has no such masterplan
   */
  public MasterplanContent live(long regionId, long masterplanId) {
    Masterplan plan = masterplans.get(regionId, masterplanId);
    Region region =
        regions.findById(regionId).orElseThrow(() -> new NotFoundException("region", regionId));
    Map<Long, String> opdNames = new HashMap<>();
    for (Opd opd : opds.all(regionId)) {
      opdNames.put(opd.id(), opd.name());
    }
    Optional<SmartVision> vision = tree.vision(regionId, masterplanId);
    List<RpjmdItem> rpjmdItems = rpjmd.items(regionId, masterplanId);
    Map<Long, String> rpjmdCodes = new HashMap<>();
    rpjmdItems.forEach(i -> rpjmdCodes.put(i.id(), i.code()));
    List<StrategyItem> items = inTreeOrder(tree.items(regionId, masterplanId));
    Map<Long, StrategyItem> itemsById = new HashMap<>();
    items.forEach(i -> itemsById.put(i.id(), i));
    List<StrategyEntry> strategy =
        items.stream()
            .map(
                i ->
                    new StrategyEntry(
                        i.id(),
                        i.kind(),
                        i.parentId(),
                        i.code(),
                        i.statement(),
                        i.dimensions(),
                        i.elements(),
                        i.rpjmdItemIds().stream()
                            .map(rpjmdCodes::get)
                            .filter(Objects::nonNull)
                            .toList()))
            .toList();
    Map<Long, Integer> itemOrder = new HashMap<>();
    for (int n = 0; n < items.size(); n++) {
      itemOrder.put(items.get(n).id(), n);
    }
    List<Indicator> indicatorList = new ArrayList<>(indicators.list(regionId, masterplanId));
    indicatorList.sort(
        (a, b) -> {
          int byItem =
              Integer.compare(
                  itemOrder.getOrDefault(a.itemId(), Integer.MAX_VALUE),
                  itemOrder.getOrDefault(b.itemId(), Integer.MAX_VALUE));
          return byItem != 0 ? byItem : Integer.compare(a.position(), b.position());
        });
    List<IndicatorEntry> indicatorEntries =
        indicatorList.stream()
            .map(
                i ->
                    new IndicatorEntry(
                        i.id(),
                        i.itemId(),
                        i.itemKind(),
                        i.code(),
                        i.name(),
                        i.unit(),
                        i.definition(),
                        i.formula(),
                        i.dataSource(),
                        i.opdId() == null ? null : opdNames.get(i.opdId()),
                        i.dataProvider(),
                        i.level(),
                        i.keyIndicator(),
                        i.polarity(),
                        i.baseline() == null
                            ? null
                            : new YearAmount(i.baseline().year(), i.baseline().value()),
                        i.targets().stream().map(t -> new YearAmount(t.year(), t.value())).toList(),
                        i.endTarget()))
            .toList();
    Map<Long, IndicatorEntry> indicatorsById = new HashMap<>();
    indicatorEntries.forEach(i -> indicatorsById.put(i.id(), i));
    List<ProfileEntry> stats =
        profile.list(regionId, masterplanId).stream()
            .map(
                s ->
                    new ProfileEntry(
                        s.name(),
                        s.value(),
                        s.unit(),
                        s.year(),
                        s.source(),
                        s.breakdown().stream().map(b -> new Share(b.label(), b.value())).toList()))
            .toList();
    List<SwotEntry> swot =
        readiness.items(regionId, masterplanId).stream()
            .map(s -> new SwotEntry(s.dimension(), s.pillar(), s.kind(), s.statement()))
            .toList();
    List<GapEntry> gaps =
        readiness.gaps(regionId, masterplanId).stream()
            .map(g -> new GapEntry(g.dimension(), g.pillar(), g.currentState(), g.desiredState()))
            .toList();
    RpjmdInfo rpjmdInfo =
        rpjmd
            .find(regionId, masterplanId)
            .map(
                r ->
                    new RpjmdInfo(
                        r.startYear(),
                        r.endYear(),
                        r.vision(),
                        r.regulation(),
                        rpjmdItems.stream()
                            .map(
                                i ->
                                    new RpjmdEntry(
                                        i.id(), i.kind(), i.parentId(), i.code(), i.statement()))
                            .toList()))
            .orElse(null);
    BrandingInfo brandingInfo =
        branding
            .find(regionId, masterplanId)
            .map(b -> new BrandingInfo(b.tagline(), b.positioning(), b.identityNotes()))
            .orElse(null);
    List<FundingSourceInfo> sources =
        fundingSources.list(regionId).stream()
            .map(f -> new FundingSourceInfo(f.code(), f.nameId(), f.nameEn()))
            .toList();
    Map<Long, String> partnerNames = new HashMap<>();
    for (Stakeholder s : stakeholders.all(regionId)) {
      partnerNames.put(s.id(), partnerName(s));
    }
    List<Programme> all = programmes.all(regionId, masterplanId);
    Map<Long, String> programmeCodes = new HashMap<>();
    all.forEach(p -> programmeCodes.put(p.id(), p.code()));
    Map<Long, List<ActionEntry>> actions = new LinkedHashMap<>();
    for (PlannedAction a : programmes.actions(regionId, masterplanId)) {
      actions
          .computeIfAbsent(a.programmeId(), k -> new ArrayList<>())
          .add(
              new ActionEntry(
                  a.category(),
                  a.title(),
                  a.year(),
                  a.quarter(),
                  a.ownerOpdId() == null ? null : opdNames.get(a.ownerOpdId()),
                  a.deliverable(),
                  a.budget(),
                  a.status(),
                  a.progress()));
    }
    List<ProgrammeEntry> programmeEntries =
        all.stream()
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
                        p.leadOpdId() == null ? null : opdNames.get(p.leadOpdId()),
                        p.quickWin(),
                        p.sipdProgram(),
                        p.sipdKegiatan(),
                        p.sipdSubKegiatan(),
                        p.status(),
                        p.partners().stream()
                            .map(
                                x ->
                                    new PartnerEntry(
                                        partnerNames.get(x.stakeholderId()),
                                        x.role(),
                                        x.contribution()))
                            .toList(),
                        p.targets().stream()
                            .map(
                                c -> {
                                  StrategyItem item = itemsById.get(c.id());
                                  return new LinkEntry(
                                      c.id(),
                                      item == null ? null : item.code(),
                                      item == null ? null : item.statement(),
                                      c.contribution());
                                })
                            .toList(),
                        p.indicators().stream()
                            .map(
                                c -> {
                                  IndicatorEntry i = indicatorsById.get(c.id());
                                  return new LinkEntry(
                                      c.id(),
                                      i == null ? null : i.code(),
                                      i == null ? null : i.name(),
                                      c.contribution());
                                })
                            .toList(),
                        p.budget().stream()
                            .map(b -> new BudgetEntry(b.year(), b.source(), b.amount()))
                            .toList(),
                        p.dependsOn().stream()
                            .map(programmeCodes::get)
                            .filter(Objects::nonNull)
                            .sorted(String.CASE_INSENSITIVE_ORDER)
                            .toList(),
                        p.risks().stream()
                            .map(
                                r ->
                                    new RiskEntry(
                                        r.description(),
                                        r.likelihood(),
                                        r.impact(),
                                        r.mitigation()))
                            .toList(),
                        actions.getOrDefault(p.id(), List.of())))
            .toList();
    return new MasterplanContent(
        MasterplanContent.SCHEMA,
        new RegionInfo(
            region.code(),
            region.name(),
            region.type().name(),
            region.province(),
            region.capital(),
            region.areaKm2(),
            region.population(),
            region.populationYear(),
            region.populationSource()),
        new PlanInfo(
            plan.id(),
            plan.title(),
            plan.startYear(),
            plan.endYear(),
            plan.status().name(),
            plan.regulationNumber(),
            plan.regulationDate()),
        vision.map(SmartVision::statement).orElse(null),
        vision.map(SmartVision::explanation).orElse(null),
        strategy,
        indicatorEntries,
        stats,
        swot,
        gaps,
        rpjmdInfo,
        brandingInfo,
        sources,
        programmeEntries,
        priorities
            .published(regionId, masterplanId)
            .map(MasterplanContents::priority)
            .orElse(null));
  }

  /** The published prioritisation as Buku 2 shows it. */
  static MasterplanContent.PriorityInfo priority(ProgrammeRanking r) {
    return new MasterplanContent.PriorityInfo(
        r.weights().exerciseName(),
        r.weights().aggregation(),
        r.weights().riTable(),
        r.weights().evaluators(),
        r.weights().leaves().stream()
            .map(
                l ->
                    new MasterplanContent.PriorityCriterion(
                        l.code(), l.name(), l.parentName(), l.global() == null ? 0 : l.global()))
            .toList(),
        r.ranking().stream()
            .map(
                p ->
                    new MasterplanContent.PriorityRank(
                        p.ranked().rank(),
                        p.code(),
                        p.name(),
                        p.dimension(),
                        p.ranked().score(),
                        p.ranked().topsisRank()))
            .toList(),
        r.quickWins().stream().map(q -> q.code()).toList());
  }

  /**
   * An organisation by its name; a person by their organisation only (null when they have none),
   * because documents and frozen versions must not carry personal data.
   */
  static String partnerName(Stakeholder s) {
    if (s.kind() == StakeholderKind.PERSON) {
      return s.organisation() == null || s.organisation().isBlank() ? null : s.organisation();
    }
    return s.name();
  }

  /** Missions, each followed by its goals, each followed by its targets, by position. */
  static List<StrategyItem> inTreeOrder(List<StrategyItem> items) {
    Map<Long, List<StrategyItem>> children = new HashMap<>();
    List<StrategyItem> roots = new ArrayList<>();
    for (StrategyItem i : items) {
      if (i.parentId() == null) {
        roots.add(i);
      } else {
        children.computeIfAbsent(i.parentId(), k -> new ArrayList<>()).add(i);
      }
    }
    List<StrategyItem> ordered = new ArrayList<>();
    roots.sort((a, b) -> Integer.compare(a.position(), b.position()));
    for (StrategyItem root : roots) {
      visit(root, children, ordered);
    }
    return ordered;
  }

  private static void visit(
      StrategyItem item, Map<Long, List<StrategyItem>> children, List<StrategyItem> ordered) {
    ordered.add(item);
    // a leaf has no list of its own (List.of() cannot be sorted, even when empty)
    List<StrategyItem> below = new ArrayList<>(children.getOrDefault(item.id(), List.of()));
    below.sort((a, b) -> Integer.compare(a.position(), b.position()));
    for (StrategyItem child : below) {
      visit(child, children, ordered);
    }
  }
}
