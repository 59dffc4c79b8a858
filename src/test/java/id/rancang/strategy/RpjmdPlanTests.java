package id.rancang.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@RancangIntegrationTest
class RpjmdPlanTests {

  @Autowired Fixtures fixtures;
  @Autowired RpjmdPlan plan;
  @Autowired JdbcClient jdbc;

  // --- the RPJMD itself ---------------------------------------------------------------------

  @Test
  void theRpjmdIsEnteredOnceAndThenChangedWithTheVersionRead() {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    assertThat(plan.find(region.id(), masterplan)).isEmpty();

    Rpjmd created =
        plan.save(
            region.id(),
            masterplan,
            new RpjmdCommand(2019, 2024, "  Tegal sejahtera  ", " "),
            null);
    assertThat(created.startYear()).isEqualTo(2019);
    assertThat(created.vision()).isEqualTo("Tegal sejahtera");
    assertThat(created.regulation()).isNull();
    assertThat(created.version()).isZero();

    Rpjmd changed =
        plan.save(
            region.id(),
            masterplan,
            new RpjmdCommand(2019, 2028, "Tegal sejahtera", "Perda No. 5 Tahun 2019"),
            0);
    assertThat(changed.endYear()).isEqualTo(2028);
    assertThat(changed.regulation()).isEqualTo("Perda No. 5 Tahun 2019");
    assertThat(changed.version()).isEqualTo(1);
    assertThat(audit(RpjmdPlan.RECORD_TYPE, created.id())).containsExactly("CREATED", "UPDATED");
  }

  @Test
  void enteringAnRpjmdThatSomeoneElseEnteredMeanwhileOrAStaleVersionIsAConflict() {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    RpjmdCommand command = new RpjmdCommand(2021, 2026, "Visi pertama", null);
    plan.save(region.id(), masterplan, command, null);

    // a second person who also saw no RPJMD
    assertThatThrownBy(
            () ->
                plan.save(
                    region.id(), masterplan, new RpjmdCommand(2021, 2026, "Lain", null), null))
        .isInstanceOf(ConcurrentEditException.class);
    plan.save(region.id(), masterplan, new RpjmdCommand(2021, 2026, "Visi kedua", null), 0);
    assertThatThrownBy(
            () -> plan.save(region.id(), masterplan, new RpjmdCommand(2021, 2026, "Basi", null), 0))
        .isInstanceOf(ConcurrentEditException.class);
    // a version for an RPJMD that does not exist (it was never entered in this masterplan)
    long other = fixtures.createMasterplan(region.id());
    assertThatThrownBy(() -> plan.save(region.id(), other, command, 0))
        .isInstanceOf(ConcurrentEditException.class);

    assertThat(plan.find(region.id(), masterplan).orElseThrow().vision()).isEqualTo("Visi kedua");
    assertThat(plan.find(region.id(), other)).isEmpty();
  }

  @Test
  void thePeriodMustLieBetween2000And2200EndNoEarlierThanItStartsAndLastAtMostTenYears() {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());

    assertProblem(
        () -> plan.save(region.id(), masterplan, new RpjmdCommand(1999, 2003, "V", null), null),
        "startYear",
        "strategy.rpjmd.year.range");
    assertProblem(
        () -> plan.save(region.id(), masterplan, new RpjmdCommand(2024, 2201, "V", null), null),
        "endYear",
        "strategy.rpjmd.year.range");
    assertProblem(
        () -> plan.save(region.id(), masterplan, new RpjmdCommand(2024, 2023, "V", null), null),
        "endYear",
        "strategy.rpjmd.period.endBeforeStart");
    assertProblem(
        () -> plan.save(region.id(), masterplan, new RpjmdCommand(2024, 2034, "V", null), null),
        "endYear",
        "strategy.rpjmd.period.tooLong");
    assertProblem(
        () -> plan.save(region.id(), masterplan, new RpjmdCommand(2024, 2028, " ", null), null),
        "vision",
        "shared.validation.required");
    assertProblem(
        () -> plan.save(region.id(), masterplan, new RpjmdCommand(null, 2028, "V", null), null),
        "startYear",
        "shared.validation.required");
    assertThat(plan.find(region.id(), masterplan)).isEmpty();

    // ten years, and a single year, are fine
    plan.save(region.id(), masterplan, new RpjmdCommand(2024, 2033, "V", null), null);
    plan.save(region.id(), masterplan, new RpjmdCommand(2024, 2024, "V", null), 0);
    assertThat(plan.find(region.id(), masterplan).orElseThrow().endYear()).isEqualTo(2024);
  }

  // --- items ----------------------------------------------------------------------------------

  @Test
  void itemsAreListedAsATreeEachMissionFollowedByItsGoalsAndTheirTargets() {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    RpjmdItem m1 = mission(region, masterplan, "M1");
    RpjmdItem m2 = mission(region, masterplan, "M2");
    // added out of tree order on purpose
    RpjmdItem t21 = add(region, masterplan, RpjmdItemKind.GOAL, m2, "T2.1");
    RpjmdItem t11 = add(region, masterplan, RpjmdItemKind.GOAL, m1, "T1.1");
    RpjmdItem s111 = add(region, masterplan, RpjmdItemKind.TARGET, t11, "S1.1.1");
    RpjmdItem t12 = add(region, masterplan, RpjmdItemKind.GOAL, m1, "T1.2");
    RpjmdItem s211 = add(region, masterplan, RpjmdItemKind.TARGET, t21, "S2.1.1");
    RpjmdItem s112 = add(region, masterplan, RpjmdItemKind.TARGET, t11, "S1.1.2");

    assertThat(plan.items(region.id(), masterplan))
        .extracting(RpjmdItem::code)
        .containsExactly("M1", "T1.1", "S1.1.1", "S1.1.2", "T1.2", "M2", "T2.1", "S2.1.1");

    List<RpjmdNode> tree = plan.tree(region.id(), masterplan);
    assertThat(tree).extracting(n -> n.item().id()).containsExactly(m1.id(), m2.id());
    assertThat(tree.get(0).children())
        .extracting(n -> n.item().id())
        .containsExactly(t11.id(), t12.id());
    assertThat(tree.get(0).children().get(0).children())
        .extracting(n -> n.item().id())
        .containsExactly(s111.id(), s112.id());
    assertThat(tree.get(1).children().get(0).children())
        .extracting(n -> n.item().id())
        .containsExactly(s211.id());
    assertThat(s112.parentId()).isEqualTo(t11.id());
    assertThat(audit(RpjmdPlan.ITEM_RECORD, s112.id())).containsExactly("CREATED");
  }

  @Test
  void aGoalNeedsAMissionParentATargetAGoalParentAndAMissionNoParent() {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    RpjmdItem m1 = mission(region, masterplan, "M1");
    RpjmdItem t11 = add(region, masterplan, RpjmdItemKind.GOAL, m1, "T1.1");

    assertProblem(
        () -> plan.addItem(region.id(), masterplan, command(RpjmdItemKind.GOAL, null, "T9")),
        "parentId",
        "strategy.rpjmd.parent.goal");
    assertProblem(
        () -> plan.addItem(region.id(), masterplan, command(RpjmdItemKind.GOAL, t11.id(), "T9")),
        "parentId",
        "strategy.rpjmd.parent.goal");
    assertProblem(
        () -> plan.addItem(region.id(), masterplan, command(RpjmdItemKind.TARGET, m1.id(), "S9")),
        "parentId",
        "strategy.rpjmd.parent.target");
    assertProblem(
        () -> plan.addItem(region.id(), masterplan, command(RpjmdItemKind.TARGET, null, "S9")),
        "parentId",
        "strategy.rpjmd.parent.target");
    assertProblem(
        () -> plan.addItem(region.id(), masterplan, command(RpjmdItemKind.MISSION, m1.id(), "M9")),
        "parentId",
        "strategy.rpjmd.parent.mission");
    assertProblem(
        () -> plan.addItem(region.id(), masterplan, command(null, null, "M9")),
        "kind",
        "shared.validation.required");

    assertThat(plan.items(region.id(), masterplan)).hasSize(2);
  }

  @Test
  void aParentOfAnotherRegionOrMasterplanIsNotFoundAndNeverLinked() {
    TestRegion mine = fixtures.newRegion();
    TestRegion other = fixtures.newRegion();
    long myMasterplan = fixtures.createMasterplan(mine.id());
    long myOtherMasterplan = fixtures.createMasterplan(mine.id());
    long theirMasterplan = fixtures.createMasterplan(other.id());
    RpjmdItem theirs = mission(other, theirMasterplan, "M1");
    RpjmdItem mineElsewhere = mission(mine, myOtherMasterplan, "M1");
    RpjmdItem myMission = mission(mine, myMasterplan, "M1");
    RpjmdItem myGoal = add(mine, myMasterplan, RpjmdItemKind.GOAL, myMission, "T1.1");

    for (long foreign : List.of(theirs.id(), mineElsewhere.id())) {
      assertProblem(
          () -> plan.addItem(mine.id(), myMasterplan, command(RpjmdItemKind.GOAL, foreign, "T1.2")),
          "parentId",
          "strategy.rpjmd.parent.notFound");
      assertProblem(
          () ->
              plan.updateItem(
                  mine.id(),
                  myMasterplan,
                  myGoal.id(),
                  command(RpjmdItemKind.GOAL, foreign, "T1.1"),
                  myGoal.version()),
          "parentId",
          "strategy.rpjmd.parent.notFound");
    }
    assertThat(plan.item(mine.id(), myMasterplan, myGoal.id()).parentId())
        .isEqualTo(myMission.id());
    assertThat(plan.items(mine.id(), myMasterplan)).hasSize(2);
    // nor can the other region's item itself be read, changed or deleted through my region
    assertThatThrownBy(() -> plan.item(mine.id(), theirMasterplan, theirs.id()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> plan.item(mine.id(), myMasterplan, theirs.id()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> plan.deleteItem(mine.id(), myMasterplan, theirs.id()))
        .isInstanceOf(NotFoundException.class);
    assertThat(plan.items(other.id(), theirMasterplan)).hasSize(1);
  }

  @Test
  void aCodeIsUniqueInTheMasterplanWhateverItsCaseAndAStatementIsRequired() {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    RpjmdItem m1 = mission(region, masterplan, "M1");
    RpjmdItem m2 = mission(region, masterplan, "M2");

    assertProblem(
        () -> plan.addItem(region.id(), masterplan, command(RpjmdItemKind.MISSION, null, "m1")),
        "code",
        "strategy.rpjmd.code.duplicate");
    assertProblem(
        () ->
            plan.updateItem(
                region.id(),
                masterplan,
                m2.id(),
                command(RpjmdItemKind.MISSION, null, " M1 "),
                m2.version()),
        "code",
        "strategy.rpjmd.code.duplicate");
    assertProblem(
        () -> plan.addItem(region.id(), masterplan, command(RpjmdItemKind.MISSION, null, "M 3")),
        "code",
        "strategy.rpjmd.code.invalid");
    assertProblem(
        () ->
            plan.addItem(
                region.id(),
                masterplan,
                new RpjmdItemCommand(RpjmdItemKind.GOAL, m1.id(), "T1.1", "  ")),
        "statement",
        "shared.validation.required");
    // the same code in another masterplan is fine
    mission(region, fixtures.createMasterplan(region.id()), "M1");
    // and an item keeps its own code when changed
    plan.updateItem(
        region.id(), masterplan, m1.id(), command(RpjmdItemKind.MISSION, null, "M1"), 0);
    assertThat(plan.items(region.id(), masterplan)).hasSize(2);
  }

  @Test
  void aStaleEditIsAConflictAndChangesNothing() {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    RpjmdItem m1 = mission(region, masterplan, "M1");
    plan.updateItem(
        region.id(),
        masterplan,
        m1.id(),
        new RpjmdItemCommand(RpjmdItemKind.MISSION, null, "M1", "Versi pertama"),
        0);

    assertThatThrownBy(
            () ->
                plan.updateItem(
                    region.id(),
                    masterplan,
                    m1.id(),
                    new RpjmdItemCommand(RpjmdItemKind.MISSION, null, "M1", "Versi basi"),
                    0))
        .isInstanceOf(ConcurrentEditException.class);
    RpjmdItem now = plan.item(region.id(), masterplan, m1.id());
    assertThat(now.statement()).isEqualTo("Versi pertama");
    assertThat(now.version()).isEqualTo(1);
    assertThat(audit(RpjmdPlan.ITEM_RECORD, m1.id())).containsExactly("CREATED", "UPDATED");
  }

  @Test
  void anItemMovedToAnotherParentBecomesItsLastChildAndKeepsItsKindWhileItHasChildren() {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    RpjmdItem m1 = mission(region, masterplan, "M1");
    RpjmdItem m2 = mission(region, masterplan, "M2");
    RpjmdItem t11 = add(region, masterplan, RpjmdItemKind.GOAL, m1, "T1.1");
    add(region, masterplan, RpjmdItemKind.TARGET, t11, "S1.1.1");
    add(region, masterplan, RpjmdItemKind.GOAL, m2, "T2.1");

    plan.updateItem(
        region.id(), masterplan, t11.id(), command(RpjmdItemKind.GOAL, m2.id(), "T1.1"), 0);
    assertThat(plan.items(region.id(), masterplan))
        .extracting(RpjmdItem::code)
        .containsExactly("M1", "M2", "T2.1", "T1.1", "S1.1.1");

    assertProblem(
        () ->
            plan.updateItem(
                region.id(),
                masterplan,
                t11.id(),
                command(RpjmdItemKind.TARGET, t11.id(), "T1.1"),
                1),
        "kind",
        "strategy.rpjmd.hasTargets");
    assertProblem(
        () ->
            plan.updateItem(
                region.id(), masterplan, m1.id(), command(RpjmdItemKind.GOAL, m1.id(), "M1"), 0),
        "parentId",
        "strategy.rpjmd.parent.self");
  }

  @Test
  void anItemMovesUpAndDownAmongItsSiblingsOnly() {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    RpjmdItem m1 = mission(region, masterplan, "M1");
    RpjmdItem t11 = add(region, masterplan, RpjmdItemKind.GOAL, m1, "T1.1");
    RpjmdItem t12 = add(region, masterplan, RpjmdItemKind.GOAL, m1, "T1.2");
    RpjmdItem t13 = add(region, masterplan, RpjmdItemKind.GOAL, m1, "T1.3");
    mission(region, masterplan, "M2");

    RpjmdItem moved = plan.move(region.id(), masterplan, t13.id(), true, t13.version());
    assertThat(moved.version()).isEqualTo(t13.version() + 1);
    assertThat(plan.items(region.id(), masterplan))
        .extracting(RpjmdItem::code)
        .containsExactly("M1", "T1.1", "T1.3", "T1.2", "M2");

    // the first goal cannot go further up, and does not leave its mission
    RpjmdItem unchanged = plan.move(region.id(), masterplan, t11.id(), true, t11.version());
    assertThat(unchanged.version()).isEqualTo(t11.version());
    // a mission moves among missions
    plan.move(region.id(), masterplan, m1.id(), false, m1.version());
    assertThat(plan.items(region.id(), masterplan))
        .extracting(RpjmdItem::code)
        .containsExactly("M2", "M1", "T1.1", "T1.3", "T1.2");

    // t12 was moved down by the first move: its old version is stale now
    assertThatThrownBy(() -> plan.move(region.id(), masterplan, t12.id(), true, t12.version()))
        .isInstanceOf(ConcurrentEditException.class);
    assertThat(audit(RpjmdPlan.ITEM_RECORD, t12.id())).containsExactly("CREATED", "UPDATED");
  }

  // --- delete ---------------------------------------------------------------------------------

  @Test
  void anItemWithGoalsOrTargetsUnderItIsNotDeletedAndTheRefusalSaysWhatIsAttached() {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    RpjmdItem m1 = mission(region, masterplan, "M1");
    RpjmdItem t11 = add(region, masterplan, RpjmdItemKind.GOAL, m1, "T1.1");
    add(region, masterplan, RpjmdItemKind.GOAL, m1, "T1.2");
    RpjmdItem s111 = add(region, masterplan, RpjmdItemKind.TARGET, t11, "S1.1.1");

    InvalidInputException missionRefused = refusal(region, masterplan, m1);
    assertThat(missionRefused.problems())
        .containsExactly(FieldProblem.of("id", "strategy.rpjmd.hasGoals", "M1", 2));
    InvalidInputException goalRefused = refusal(region, masterplan, t11);
    assertThat(goalRefused.problems())
        .containsExactly(FieldProblem.of("id", "strategy.rpjmd.hasTargets", "T1.1", 1));
    assertThat(plan.items(region.id(), masterplan)).hasSize(4);

    // from the leaves up, everything can go
    plan.deleteItem(region.id(), masterplan, s111.id());
    plan.deleteItem(region.id(), masterplan, t11.id());
    assertThat(plan.items(region.id(), masterplan))
        .extracting(RpjmdItem::code)
        .containsExactly("M1", "T1.2");
    assertThat(audit(RpjmdPlan.ITEM_RECORD, s111.id())).containsExactly("CREATED", "DELETED");
  }

  @Test
  void anItemLinkedToSmartCityItemsIsNotDeletedAndTheRefusalCountsTheLinks() {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    RpjmdItem m1 = mission(region, masterplan, "M1");
    RpjmdItem t11 = add(region, masterplan, RpjmdItemKind.GOAL, m1, "T1.1");
    RpjmdItem s111 = add(region, masterplan, RpjmdItemKind.TARGET, t11, "S1.1.1");
    for (int i = 1; i <= 3; i++) {
      link(region, masterplan, s111, "Misi smart city " + i);
    }
    link(region, masterplan, m1, "Misi smart city 4");

    assertThat(refusal(region, masterplan, s111).problems())
        .containsExactly(FieldProblem.of("id", "strategy.rpjmd.delete.linked", "S1.1.1", 3));
    // both what hangs under it and what links to it are named
    assertThat(refusal(region, masterplan, m1).problems())
        .containsExactly(
            FieldProblem.of("id", "strategy.rpjmd.hasGoals", "M1", 1),
            FieldProblem.of("id", "strategy.rpjmd.delete.linked", "M1", 1));
    assertThat(plan.items(region.id(), masterplan)).hasSize(3);
    assertThat(audit(RpjmdPlan.ITEM_RECORD, s111.id())).containsExactly("CREATED");
  }

  // --- helpers --------------------------------------------------------------------------------

  private RpjmdItem mission(TestRegion region, long masterplan, String code) {
    return plan.addItem(region.id(), masterplan, command(RpjmdItemKind.MISSION, null, code));
  }

  private RpjmdItem add(
      TestRegion region, long masterplan, RpjmdItemKind kind, RpjmdItem parent, String code) {
    return plan.addItem(region.id(), masterplan, command(kind, parent.id(), code));
  }

  private static RpjmdItemCommand command(RpjmdItemKind kind, Long parentId, String code) {
    return new RpjmdItemCommand(kind, parentId, code, "Pernyataan " + code);
  }

  private InvalidInputException refusal(TestRegion region, long masterplan, RpjmdItem item) {
    try {
      plan.deleteItem(region.id(), masterplan, item.id());
    } catch (InvalidInputException e) {
      return e;
    }
    throw new AssertionError(item.code() + " was deleted");
  }

  /** A smart-city mission linked to an RPJMD item, as the strategy tree will store it. */
  private void link(TestRegion region, long masterplan, RpjmdItem rpjmdItem, String statement) {
    long smartItem =
        jdbc.sql(
                "insert into strategy_item (region_id, masterplan_id, kind, statement)"
                    + " values (?, ?, 'MISSION', ?) returning id")
            .params(region.id(), masterplan, statement)
            .query(Long.class)
            .single();
    jdbc.sql("insert into strategy_item_rpjmd (item_id, rpjmd_item_id) values (?, ?)")
        .params(smartItem, rpjmdItem.id())
        .update();
  }

  private List<String> audit(String recordType, long id) {
    return jdbc.sql(
            "select action from audit_entry where record_type = ? and record_id = ? order by id")
        .params(recordType, id)
        .query(String.class)
        .list();
  }

  private static void assertProblem(ThrowingCallable call, String field, String key) {
    assertThatThrownBy(call)
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).problems())
                    .as("problems")
                    .anySatisfy(
                        p -> {
                          assertThat(p.field()).isEqualTo(field);
                          assertThat(p.messageKey()).isEqualTo(key);
                        }));
  }
}
