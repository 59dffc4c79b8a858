package id.rancang.document.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import id.rancang.document.MasterplanContent;
import id.rancang.document.MasterplanContent.ActionEntry;
import id.rancang.document.MasterplanContent.BudgetEntry;
import id.rancang.document.MasterplanContent.IndicatorEntry;
import id.rancang.document.MasterplanContent.LinkEntry;
import id.rancang.document.MasterplanContent.PartnerEntry;
import id.rancang.document.MasterplanContent.PlanInfo;
import id.rancang.document.MasterplanContent.ProgrammeEntry;
import id.rancang.document.MasterplanContent.RegionInfo;
import id.rancang.document.MasterplanContent.RiskEntry;
import id.rancang.document.MasterplanContent.StrategyEntry;
import id.rancang.document.MasterplanContent.YearAmount;
import id.rancang.programme.ActionCategory;
import id.rancang.programme.ActionStatus;
import id.rancang.programme.Horizon;
import id.rancang.programme.ProgrammeStatus;
import id.rancang.region.MasterplanStatus;
import id.rancang.region.PentahelixRole;
import id.rancang.strategy.Dimension;
import id.rancang.strategy.Element;
import id.rancang.strategy.IndicatorLevel;
import id.rancang.strategy.Polarity;
import id.rancang.strategy.StrategyItemKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Comparisons of hand-built contents of one masterplan. */
class ContentDiffTests {

  // --- the masterplan shell and the strategy tree ---

  @Test
  void twoEqualContentsHaveNoDifferences() {
    MasterplanContent content =
        content(
            tree(),
            List.of(indicator(21).build()),
            List.of(programme(31, "PRG-1", "Satu Data").build()));

    Differences diff =
        ContentDiff.between(content, content(tree(), content.indicators(), content.programmes()));

    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.changes()).isEmpty();
  }

  @Test
  void trailingZerosBlankTextAndTheOrderOfBudgetLinesAreNoDifference() {
    ProgrammeBuilder earlier =
        programme(31, "PRG-1", "Satu Data")
            .problem(null)
            .budget(
                new BudgetEntry(2025, "APBD", new BigDecimal("100000000")),
                new BudgetEntry(2026, "APBN", new BigDecimal("50000000.5")));
    ProgrammeBuilder later =
        programme(31, "PRG-1", "Satu Data")
            .problem("  ")
            .budget(
                new BudgetEntry(2026, "APBN", new BigDecimal("50000000.50")),
                new BudgetEntry(2025, "APBD", new BigDecimal("100000000.00")));

    Differences diff =
        ContentDiff.between(
            content(List.of(), List.of(), List.of(earlier.build())),
            content(List.of(), List.of(), List.of(later.build())));

    assertThat(diff.isEmpty()).isTrue();
  }

  @Test
  void adoptingTheMasterplanChangesItsStatusAndRegulation() {
    MasterplanContent draft = content(List.of(), List.of(), List.of());
    MasterplanContent adopted =
        new MasterplanContent(
            MasterplanContent.SCHEMA,
            draft.region(),
            new PlanInfo(
                7,
                "Masterplan Smart City",
                2024,
                2033,
                "ADOPTED",
                "Perbup 20/2024",
                LocalDate.of(2024, 3, 1)),
            "Tegal Cerdas, Mandiri, Unggul",
            null,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            null,
            null,
            List.of(),
            List.of(),
            null);

    Differences diff = ContentDiff.between(draft, adopted);

    assertThat(diff.changes()).hasSize(1);
    Change change = diff.changes().get(0);
    assertThat(change.subject()).isEqualTo(Subject.MASTERPLAN);
    assertThat(change.kind()).isEqualTo(ChangeKind.CHANGED);
    assertThat(change.fields())
        .extracting(FieldChange::field, FieldChange::before, FieldChange::after)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "status", MasterplanStatus.DRAFT, MasterplanStatus.ADOPTED),
            org.assertj.core.groups.Tuple.tuple("regulationNumber", null, "Perbup 20/2024"),
            org.assertj.core.groups.Tuple.tuple("regulationDate", null, LocalDate.of(2024, 3, 1)),
            org.assertj.core.groups.Tuple.tuple(
                "vision", "Tegal Cerdas", "Tegal Cerdas, Mandiri, Unggul"));
  }

  @Test
  void aTargetWithANewStatementAndAnotherDimensionIsChangedFieldByField() {
    List<StrategyEntry> earlier = tree();
    List<StrategyEntry> later = new ArrayList<>(tree());
    later.set(
        2,
        new StrategyEntry(
            13,
            StrategyItemKind.TARGET,
            12L,
            "S1.1.1",
            "Meningkatnya layanan perizinan daring menjadi 90 %",
            List.of(Dimension.GOVERNANCE, Dimension.ECONOMY),
            List.of(Element.PUBLIC_SERVICE),
            List.of("RPJMD-S1")));

    Differences diff =
        ContentDiff.between(
            content(earlier, List.of(), List.of()), content(later, List.of(), List.of()));

    assertThat(diff.changes()).hasSize(1);
    Change target = diff.find(Subject.TARGET, 13).orElseThrow();
    assertThat(target.kind()).isEqualTo(ChangeKind.CHANGED);
    assertThat(target.code()).isEqualTo("S1.1.1");
    FieldChange statement = target.field("statement").orElseThrow();
    assertThat(statement.before()).isEqualTo("Meningkatnya layanan perizinan daring");
    assertThat(statement.after()).isEqualTo("Meningkatnya layanan perizinan daring menjadi 90 %");
    FieldChange dimensions = target.field("dimensions").orElseThrow();
    assertThat(dimensions.added()).containsExactly(Dimension.ECONOMY);
    assertThat(dimensions.removed()).isEmpty();
    assertThat(target.field("elements")).isEmpty();
  }

  @Test
  void aGoalMovedToAnotherMissionNamesBothMissionsByCode() {
    List<StrategyEntry> earlier = new ArrayList<>(tree());
    earlier.add(
        new StrategyEntry(
            14, StrategyItemKind.MISSION, null, "M2", "Misi kedua", List.of(), List.of(), null));
    List<StrategyEntry> later = new ArrayList<>(earlier);
    later.set(
        1,
        new StrategyEntry(
            12,
            StrategyItemKind.GOAL,
            14L,
            "T1.1",
            "Meningkatkan pelayanan publik digital",
            List.of(Dimension.GOVERNANCE),
            List.of(),
            null));

    Change goal =
        ContentDiff.between(
                content(earlier, List.of(), List.of()), content(later, List.of(), List.of()))
            .find(Subject.GOAL, 12)
            .orElseThrow();

    FieldChange parent = goal.field("parent").orElseThrow();
    assertThat(parent.before()).isEqualTo("M1");
    assertThat(parent.after()).isEqualTo("M2");
  }

  @Test
  void missionsGoalsAndTargetsAreAddedAndRemovedEachUnderTheirOwnKind() {
    List<StrategyEntry> earlier = tree();
    List<StrategyEntry> later =
        List.of(
            earlier.get(0),
            new StrategyEntry(
                15,
                StrategyItemKind.GOAL,
                11L,
                "T1.2",
                "Tujuan baru",
                List.of(),
                List.of(),
                List.of()));

    Differences diff =
        ContentDiff.between(
            content(earlier, List.of(), List.of()), content(later, List.of(), List.of()));

    assertThat(diff.changes())
        .extracting(Change::subject, Change::kind, Change::id)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Subject.GOAL, ChangeKind.ADDED, 15L),
            org.assertj.core.groups.Tuple.tuple(Subject.GOAL, ChangeKind.REMOVED, 12L),
            org.assertj.core.groups.Tuple.tuple(Subject.TARGET, ChangeKind.REMOVED, 13L));
    assertThat(diff.count(Subject.GOAL, ChangeKind.ADDED)).isEqualTo(1);
    assertThat(diff.count(Subject.MISSION, ChangeKind.CHANGED)).isZero();
  }

  // --- indicators ---

  @Test
  void yearlyTargetsAreComparedYearByYear() {
    IndicatorEntry earlier =
        indicator(21)
            .targets(new YearAmount(2024, bd("45")), new YearAmount(2025, bd("50")))
            .build();
    IndicatorEntry later =
        indicator(21)
            .targets(new YearAmount(2025, bd("55")), new YearAmount(2026, bd("60.0")))
            .build();

    Change change =
        ContentDiff.between(
                content(tree(), List.of(earlier), List.of()),
                content(tree(), List.of(later), List.of()))
            .find(Subject.INDICATOR, 21)
            .orElseThrow();

    assertThat(change.fields())
        .extracting(FieldChange::field, FieldChange::key, FieldChange::before, FieldChange::after)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("target", "2024", bd("45"), null),
            org.assertj.core.groups.Tuple.tuple("target", "2025", bd("50"), bd("55")),
            org.assertj.core.groups.Tuple.tuple("target", "2026", null, bd("60.0")));
  }

  @Test
  void anIndicatorKeepsItsIdentityWhenItsCodeChangesAndNamesTheTargetItMovedTo() {
    List<StrategyEntry> items = new ArrayList<>(tree());
    items.add(
        new StrategyEntry(
            16,
            StrategyItemKind.TARGET,
            12L,
            "S1.1.2",
            "Sasaran kedua",
            List.of(),
            List.of(),
            List.of()));
    IndicatorEntry earlier = indicator(21).code("IKU-1").build();
    IndicatorEntry later =
        indicator(21)
            .code("IKU-01")
            .item(16)
            .polarity(Polarity.NEGATIVE)
            .baseline(new YearAmount(2023, bd("41")))
            .endTarget(bd("95"))
            .build();

    Differences diff =
        ContentDiff.between(
            content(items, List.of(earlier), List.of()), content(items, List.of(later), List.of()));

    assertThat(diff.changes()).hasSize(1);
    Change change = diff.changes().get(0);
    assertThat(change.code()).isEqualTo("IKU-01");
    assertThat(change.fields())
        .extracting(FieldChange::field, FieldChange::before, FieldChange::after)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("code", "IKU-1", "IKU-01"),
            org.assertj.core.groups.Tuple.tuple("item", "S1.1.1", "S1.1.2"),
            org.assertj.core.groups.Tuple.tuple("polarity", Polarity.POSITIVE, Polarity.NEGATIVE),
            org.assertj.core.groups.Tuple.tuple(
                "baseline", new YearAmount(2023, bd("40")), new YearAmount(2023, bd("41"))),
            org.assertj.core.groups.Tuple.tuple("endTarget", bd("90"), bd("95")));
  }

  // --- programmes ---

  @Test
  void programmesAreAddedChangedAndRemovedByIdInTheLaterOrderWithTheRemovedLast() {
    ProgrammeEntry kept = programme(31, "PRG-1", "Satu Data").build();
    ProgrammeEntry renamed = programme(32, "PRG-2", "Kepo Sate").build();
    ProgrammeEntry dropped = programme(33, "PRG-3", "Dolan").build();
    ProgrammeEntry added = programme(34, "PRG-4", "Yuh Sekolah Maning").build();

    Differences diff =
        ContentDiff.between(
            content(List.of(), List.of(), List.of(kept, renamed, dropped)),
            content(
                List.of(),
                List.of(),
                List.of(added, kept, programme(32, "PRG-2A", "Kepo Sate Tegal").build())));

    assertThat(diff.changes())
        .extracting(Change::kind, Change::code, Change::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ChangeKind.ADDED, "PRG-4", "Yuh Sekolah Maning"),
            org.assertj.core.groups.Tuple.tuple(ChangeKind.CHANGED, "PRG-2A", "Kepo Sate Tegal"),
            org.assertj.core.groups.Tuple.tuple(ChangeKind.REMOVED, "PRG-3", "Dolan"));
    Change change = diff.find(Subject.PROGRAMME, 32).orElseThrow();
    assertThat(change.fields())
        .extracting(FieldChange::field, FieldChange::before, FieldChange::after)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("code", "PRG-2", "PRG-2A"),
            org.assertj.core.groups.Tuple.tuple("name", "Kepo Sate", "Kepo Sate Tegal"));
  }

  @Test
  void singleFieldsOfAProgrammeShowTheirOldAndNewValue() {
    ProgrammeEntry earlier = programme(31, "PRG-1", "Satu Data").build();
    ProgrammeEntry later =
        programme(31, "PRG-1", "Satu Data")
            .horizon(Horizon.QUICK_WIN)
            .years(2025, 2025)
            .quickWin(true)
            .leadOpd("Dinas Kominfo")
            .status(ProgrammeStatus.RUNNING)
            .build();

    Change change =
        ContentDiff.between(
                content(List.of(), List.of(), List.of(earlier)),
                content(List.of(), List.of(), List.of(later)))
            .changes()
            .get(0);

    assertThat(change.fields())
        .extracting(FieldChange::field, FieldChange::before, FieldChange::after)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("horizon", Horizon.MEDIUM, Horizon.QUICK_WIN),
            org.assertj.core.groups.Tuple.tuple("endYear", 2027, 2025),
            org.assertj.core.groups.Tuple.tuple("leadOpd", "Bappeda", "Dinas Kominfo"),
            org.assertj.core.groups.Tuple.tuple("quickWin", false, true),
            org.assertj.core.groups.Tuple.tuple(
                "status", ProgrammeStatus.PLANNED, ProgrammeStatus.RUNNING));
  }

  @Test
  void budgetLinesAreComparedAsASetWithTheTotalBeforeAndAfter() {
    BudgetEntry same = new BudgetEntry(2025, "APBD", bd("100000000"));
    BudgetEntry raisedBefore = new BudgetEntry(2026, "APBD", bd("100000000"));
    BudgetEntry raisedAfter = new BudgetEntry(2026, "APBD", bd("150000000"));
    BudgetEntry csr = new BudgetEntry(2027, "CSR", bd("50000000"));
    ProgrammeEntry earlier = programme(31, "PRG-1", "Satu Data").budget(same, raisedBefore).build();
    ProgrammeEntry later =
        programme(31, "PRG-1", "Satu Data").budget(same, raisedAfter, csr).build();

    FieldChange budget =
        ContentDiff.between(
                content(List.of(), List.of(), List.of(earlier)),
                content(List.of(), List.of(), List.of(later)))
            .find(Subject.PROGRAMME, 31)
            .orElseThrow()
            .field("budget")
            .orElseThrow();

    assertThat(budget.before()).isEqualTo(bd("200000000"));
    assertThat(budget.after()).isEqualTo(bd("300000000"));
    assertThat(budget.added()).containsExactly(raisedAfter, csr);
    assertThat(budget.removed()).containsExactly(raisedBefore);
    assertThat(budget.isSet()).isTrue();
  }

  @Test
  void aChangedActionIsTheOldOneRemovedAndTheNewOneAddedWhileTheirNumberStays() {
    ActionEntry server = action("Pengadaan server", 10);
    ActionEntry regulation = action("Perbup satu data", 0);
    ActionEntry serverLater = action("Pengadaan server", 60);
    ProgrammeEntry earlier =
        programme(31, "PRG-1", "Satu Data").actions(server, regulation).build();
    ProgrammeEntry later =
        programme(31, "PRG-1", "Satu Data").actions(regulation, serverLater).build();

    FieldChange actions =
        ContentDiff.between(
                content(List.of(), List.of(), List.of(earlier)),
                content(List.of(), List.of(), List.of(later)))
            .find(Subject.PROGRAMME, 31)
            .orElseThrow()
            .field("actions")
            .orElseThrow();

    assertThat(actions.before()).isEqualTo(2);
    assertThat(actions.after()).isEqualTo(2);
    assertThat(actions.added()).containsExactly(serverLater);
    assertThat(actions.removed()).containsExactly(server);
  }

  @Test
  void partnersLinksDependenciesAndRisksAreComparedAsSetsCountingDuplicates() {
    PartnerEntry telkom = new PartnerEntry("PT Telkom", PentahelixRole.BUSINESS, "Jaringan");
    PartnerEntry campus = new PartnerEntry("UPS Tegal", PentahelixRole.ACADEMIA, null);
    LinkEntry target = new LinkEntry(13, "S1.1.1", "Sasaran", "Naik 10 %");
    RiskEntry risk = new RiskEntry("Anggaran terlambat", 3, 4, "Usulkan lebih awal");
    ProgrammeBuilder earlier =
        programme(31, "PRG-1", "Satu Data")
            .partners(telkom, telkom)
            .targets(target)
            .dependsOn("PRG-2")
            .risks(risk);
    ProgrammeBuilder later =
        programme(31, "PRG-1", "Satu Data")
            .partners(telkom, campus)
            // the same link, only the target's code changed meanwhile: no change of the programme
            .targets(new LinkEntry(13, "S1.1.9", "Sasaran", "Naik 10 %"))
            .dependsOn("PRG-2", "PRG-3")
            .risks();

    Change change =
        ContentDiff.between(
                content(List.of(), List.of(), List.of(earlier.build())),
                content(List.of(), List.of(), List.of(later.build())))
            .changes()
            .get(0);

    assertThat(change.fields())
        .extracting(FieldChange::field)
        .containsExactly("partners", "dependsOn", "risks");
    FieldChange partners = change.field("partners").orElseThrow();
    assertThat(partners.added()).containsExactly(campus);
    assertThat(partners.removed()).containsExactly(telkom);
    assertThat(partners.before()).isNull();
    assertThat(change.field("dependsOn").orElseThrow().added()).containsExactly("PRG-3");
    assertThat(change.field("risks").orElseThrow().removed()).containsExactly(risk);
  }

  @Test
  void everyFieldAChangeNamesIsListedForItsSubject() {
    ProgrammeEntry earlier = programme(31, "PRG-1", "Satu Data").build();
    ProgrammeEntry later =
        new ProgrammeEntry(
            31,
            "X",
            "X",
            Dimension.LIVING,
            Element.HEALTH,
            "X",
            "X",
            "X",
            "X",
            Horizon.LONG,
            2030,
            2033,
            "X",
            true,
            "1.01.01",
            "1.01.01.2.01",
            "1.01.01.2.01.0001",
            ProgrammeStatus.DONE,
            List.of(new PartnerEntry("X", PentahelixRole.MEDIA, null)),
            List.of(new LinkEntry(1, null, null, null)),
            List.of(new LinkEntry(2, null, null, null)),
            List.of(new BudgetEntry(2030, "DAK", bd("1"))),
            List.of("X"),
            List.of(new RiskEntry("X", 1, 1, null)),
            List.of(action("X", 1)));
    IndicatorEntry indicatorLater =
        new IndicatorEntry(
            21,
            14,
            StrategyItemKind.MISSION,
            "X",
            "X",
            "X",
            "X",
            "X",
            "X",
            "X",
            "X",
            IndicatorLevel.IMPACT,
            false,
            Polarity.FINAL_VALUE,
            new YearAmount(2020, bd("1")),
            List.of(new YearAmount(2030, bd("1"))),
            bd("1"));
    List<StrategyEntry> itemsLater =
        tree().stream()
            .map(
                s ->
                    new StrategyEntry(
                        s.id(),
                        s.kind(),
                        s.parentId() == null ? null : s.parentId() + 100,
                        "X",
                        "X",
                        List.of(Dimension.SOCIETY),
                        List.of(Element.SECURITY),
                        List.of("X")))
            .toList();
    MasterplanContent from = content(tree(), List.of(indicator(21).build()), List.of(earlier));
    MasterplanContent to =
        new MasterplanContent(
            MasterplanContent.SCHEMA,
            from.region(),
            new PlanInfo(7, "X", 2025, 2034, "ARCHIVED", "X", LocalDate.of(2025, 1, 1)),
            "X",
            "X",
            itemsLater,
            List.of(indicatorLater),
            List.of(),
            List.of(),
            List.of(),
            null,
            null,
            List.of(),
            List.of(later),
            null);

    Differences diff = ContentDiff.between(from, to);

    for (Subject subject : Subject.values()) {
      List<String> named =
          diff.of(subject).stream()
              .flatMap(c -> c.fields().stream())
              .map(FieldChange::field)
              .distinct()
              .toList();
      assertThat(named).as("fields of %s", subject).isNotEmpty();
      assertThat(ContentDiff.FIELDS.get(subject))
          .as("listed fields of %s", subject)
          .containsAll(named);
    }
    assertThat(diff.find(Subject.PROGRAMME, 31).orElseThrow().fields())
        .extracting(FieldChange::field)
        .containsExactlyElementsOf(ContentDiff.FIELDS.get(Subject.PROGRAMME));
  }

  @Test
  void theDiffIsPlainJavaWithoutSpringOrTheDatabase() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.rancang.document.diff");
    assertThat(classes).isNotEmpty();
    ArchRuleDefinition.noClasses()
        .that()
        .resideInAPackage("id.rancang.document.diff..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..", "java.sql..", "jakarta.servlet..", "tools.jackson..")
        .check(classes);
  }

  // --- hand-built contents ---

  private static BigDecimal bd(String value) {
    return new BigDecimal(value);
  }

  /** Mission M1 (11) > goal T1.1 (12) > target S1.1.1 (13). */
  private static List<StrategyEntry> tree() {
    return List.of(
        new StrategyEntry(
            11,
            StrategyItemKind.MISSION,
            null,
            "M1",
            "Mewujudkan tata kelola yang cerdas",
            List.of(),
            List.of(),
            List.of("RPJMD-M1")),
        new StrategyEntry(
            12,
            StrategyItemKind.GOAL,
            11L,
            "T1.1",
            "Meningkatkan pelayanan publik digital",
            List.of(Dimension.GOVERNANCE),
            List.of(),
            null),
        new StrategyEntry(
            13,
            StrategyItemKind.TARGET,
            12L,
            "S1.1.1",
            "Meningkatnya layanan perizinan daring",
            List.of(Dimension.GOVERNANCE),
            List.of(Element.PUBLIC_SERVICE),
            List.of("RPJMD-S1")));
  }

  private static MasterplanContent content(
      List<StrategyEntry> strategy,
      List<IndicatorEntry> indicators,
      List<ProgrammeEntry> programmes) {
    return new MasterplanContent(
        MasterplanContent.SCHEMA,
        new RegionInfo(
            "33.28",
            "Kabupaten Tegal",
            "KABUPATEN",
            "Jawa Tengah",
            "Slawi",
            null,
            null,
            null,
            null),
        new PlanInfo(7, "Masterplan Smart City", 2024, 2033, "DRAFT", null, null),
        "Tegal Cerdas",
        "",
        strategy,
        indicators,
        List.of(),
        List.of(),
        List.of(),
        null,
        null,
        List.of(),
        programmes,
        null);
  }

  private static ActionEntry action(String title, int progress) {
    return new ActionEntry(
        ActionCategory.INFRASTRUCTURE,
        title,
        2025,
        1,
        "Diskominfo",
        "Terpasang",
        bd("250000000"),
        progress == 0 ? ActionStatus.PLANNED : ActionStatus.RUNNING,
        progress);
  }

  private static IndicatorBuilder indicator(long id) {
    return new IndicatorBuilder(id);
  }

  private static ProgrammeBuilder programme(long id, String code, String name) {
    return new ProgrammeBuilder(id, code, name);
  }

  /** An outcome indicator of target 13 with baseline 40 (2023), one target and end target 90. */
  private static final class IndicatorBuilder {
    private final long id;
    private String code = "IKU-1";
    private long item = 13;
    private Polarity polarity = Polarity.POSITIVE;
    private YearAmount baseline = new YearAmount(2023, bd("40"));
    private List<YearAmount> targets = List.of(new YearAmount(2024, bd("45")));
    private BigDecimal endTarget = bd("90");

    IndicatorBuilder(long id) {
      this.id = id;
    }

    IndicatorBuilder code(String code) {
      this.code = code;
      return this;
    }

    IndicatorBuilder item(long item) {
      this.item = item;
      return this;
    }

    IndicatorBuilder polarity(Polarity polarity) {
      this.polarity = polarity;
      return this;
    }

    IndicatorBuilder baseline(YearAmount baseline) {
      this.baseline = baseline;
      return this;
    }

    IndicatorBuilder targets(YearAmount... targets) {
      this.targets = List.of(targets);
      return this;
    }

    IndicatorBuilder endTarget(BigDecimal endTarget) {
      this.endTarget = endTarget;
      return this;
    }

    IndicatorEntry build() {
      return new IndicatorEntry(
          id,
          item,
          StrategyItemKind.TARGET,
          code,
          "Persentase layanan perizinan daring",
          "persen",
          null,
          null,
          "DPMPTSP",
          "DPMPTSP",
          null,
          IndicatorLevel.OUTCOME,
          true,
          polarity,
          baseline,
          targets,
          endTarget);
    }
  }

  /** A planned medium-term Smart Governance programme 2025-2027 led by Bappeda. */
  private static final class ProgrammeBuilder {
    private final long id;
    private final String code;
    private final String name;
    private String problem = "Data tersebar";
    private Horizon horizon = Horizon.MEDIUM;
    private int startYear = 2025;
    private int endYear = 2027;
    private String leadOpd = "Bappeda";
    private boolean quickWin;
    private ProgrammeStatus status = ProgrammeStatus.PLANNED;
    private List<PartnerEntry> partners = List.of();
    private List<LinkEntry> targets = List.of();
    private List<BudgetEntry> budget = List.of();
    private List<String> dependsOn = List.of();
    private List<RiskEntry> risks = List.of();
    private List<ActionEntry> actions = List.of();

    ProgrammeBuilder(long id, String code, String name) {
      this.id = id;
      this.code = code;
      this.name = name;
    }

    ProgrammeBuilder problem(String problem) {
      this.problem = problem;
      return this;
    }

    ProgrammeBuilder horizon(Horizon horizon) {
      this.horizon = horizon;
      return this;
    }

    ProgrammeBuilder years(int start, int end) {
      this.startYear = start;
      this.endYear = end;
      return this;
    }

    ProgrammeBuilder leadOpd(String leadOpd) {
      this.leadOpd = leadOpd;
      return this;
    }

    ProgrammeBuilder quickWin(boolean quickWin) {
      this.quickWin = quickWin;
      return this;
    }

    ProgrammeBuilder status(ProgrammeStatus status) {
      this.status = status;
      return this;
    }

    ProgrammeBuilder partners(PartnerEntry... partners) {
      this.partners = List.of(partners);
      return this;
    }

    ProgrammeBuilder targets(LinkEntry... targets) {
      this.targets = List.of(targets);
      return this;
    }

    ProgrammeBuilder budget(BudgetEntry... budget) {
      this.budget = List.of(budget);
      return this;
    }

    ProgrammeBuilder dependsOn(String... codes) {
      this.dependsOn = List.of(codes);
      return this;
    }

    ProgrammeBuilder risks(RiskEntry... risks) {
      this.risks = List.of(risks);
      return this;
    }

    ProgrammeBuilder actions(ActionEntry... actions) {
      this.actions = List.of(actions);
      return this;
    }

    ProgrammeEntry build() {
      return new ProgrammeEntry(
          id,
          code,
          name,
          Dimension.GOVERNANCE,
          null,
          problem,
          "Satu portal data",
          null,
          null,
          horizon,
          startYear,
          endYear,
          leadOpd,
          quickWin,
          null,
          null,
          null,
          status,
          partners,
          targets,
          List.of(),
          budget,
          dependsOn,
          risks,
          actions);
    }
  }
}
