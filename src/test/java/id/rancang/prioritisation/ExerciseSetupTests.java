package id.rancang.prioritisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rancang.identity.AuditTrail;
import id.rancang.identity.Role;
import id.rancang.prioritisation.rules.Direction;
import id.rancang.prioritisation.rules.IncompleteMethod;
import id.rancang.region.PentahelixRole;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.PageRequest;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.PrioritisationFixtures;
import id.rancang.support.RancangIntegrationTest;
import id.rancang.support.WorkshopFixtures;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Setting up a prioritisation exercise: defaults, criteria, groups, evaluators and status. */
@RancangIntegrationTest
class ExerciseSetupTests {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id");

  @Autowired Fixtures fixtures;
  @Autowired PrioritisationFixtures prioritisation;
  @Autowired WorkshopFixtures workshops;
  @Autowired PrioritisationExercises exercises;
  @Autowired PrioritisationCriteria criteria;
  @Autowired PrioritisationEvaluators evaluators;
  @Autowired AuditTrail audit;
  @Autowired JdbcClient jdbc;

  // ---- creating ----

  @Test
  void anExerciseCreatedFromTheDefaultsHasTheNineCriteriaWithCostMeasuredAsACost() {
    TestRegion region = fixtures.newRegion();
    long exercise = prioritisation.createExercise(region.id(), plan(region));

    List<Criterion> tree = criteria.tree(region.id(), exercise);

    assertThat(tree).hasSize(9).allMatch(Criterion::topLevel).allMatch(Criterion::leaf);
    List<Criterion> measured = tree.stream().filter(c -> !c.rated()).toList();
    assertThat(measured).hasSize(1);
    Criterion cost = measured.get(0);
    assertThat(cost.kind()).isEqualTo(CriterionKind.MEASURED);
    assertThat(cost.measure()).isEqualTo(Measure.TOTAL_COST);
    assertThat(cost.direction()).isEqualTo(Direction.COST);
    assertThat(cost.levels()).isEmpty();
    assertThat(tree.get(tree.size() - 1)).as("cost comes last").isEqualTo(cost);
    for (Criterion rated : tree.stream().filter(Criterion::rated).toList()) {
      assertThat(rated.direction()).as(rated.code()).isEqualTo(Direction.BENEFIT);
      assertThat(rated.levels()).as(rated.code()).hasSize(5);
      assertThat(rated.levels())
          .as("every level of %s is labelled and defined in words", rated.code())
          .allMatch(l -> !l.label().isBlank() && l.definition() != null)
          .extracting(CriterionLevel::definition)
          .doesNotHaveDuplicates();
      assertThat(rated.levels()).extracting(CriterionLevel::level).containsExactly(1, 2, 3, 4, 5);
    }
    assertThat(tree).extracting(Criterion::name).doesNotHaveDuplicates();
  }

  @Test
  void theDefaultsAreNamedInTheLanguageOfThePersonWhoCreatesTheExercise() {
    TestRegion region = fixtures.newRegion();
    long plan = plan(region);

    Exercise indonesian = exercises.create(region.id(), plan, defaults("Prioritas"), INDONESIAN);
    Exercise english = exercises.create(region.id(), plan, defaults("Priorities"), Locale.ENGLISH);

    Criterion first = criteria.tree(region.id(), indonesian.id()).get(0);
    Criterion firstInEnglish = criteria.tree(region.id(), english.id()).get(0);
    assertThat(first.name()).isEqualTo("Dampak terhadap masyarakat");
    assertThat(firstInEnglish.name()).isEqualTo("Impact on society");
    assertThat(first.levels().get(0).label()).isEqualTo("Sangat rendah");
    assertThat(firstInEnglish.levels().get(4).label()).isEqualTo("Very high");
    assertThat(evaluators.groups(region.id(), english.id()))
        .extracting(EvaluatorGroup::name)
        .contains("Government", "Academia");
  }

  @Test
  void theDefaultGroupsAreOnePerPentahelixRoleEachWeighingOne() {
    TestRegion region = fixtures.newRegion();
    long exercise = prioritisation.createExercise(region.id(), plan(region));

    List<EvaluatorGroup> groups = evaluators.groups(region.id(), exercise);

    assertThat(groups)
        .extracting(EvaluatorGroup::pentahelixRole)
        .containsExactly(PentahelixRole.values());
    assertThat(groups).allMatch(g -> g.weight().compareTo(BigDecimal.ONE) == 0);
    assertThat(groups).allMatch(g -> g.evaluators() == 0);
  }

  @Test
  void anExerciseMayStartEmptyWithTheUsualMethod() {
    TestRegion region = fixtures.newRegion();
    Exercise exercise =
        exercises.create(
            region.id(),
            plan(region),
            ExerciseCommand.of("Kosong", "  ", null, null, null, null),
            INDONESIAN);

    assertThat(exercise.status()).isEqualTo(ExerciseStatus.DRAFT);
    assertThat(exercise.aggregation()).isEqualTo(Aggregation.AIJ);
    assertThat(exercise.riTable().id()).isEqualTo("saaty-1980");
    assertThat(exercise.incompleteMethod()).isEqualTo(IncompleteMethod.HARKER);
    assertThat(exercise.description()).isNull();
    assertThat(criteria.tree(region.id(), exercise.id())).isEmpty();
    assertThat(evaluators.groups(region.id(), exercise.id())).isEmpty();
  }

  @Test
  void aSecondExerciseWithTheSameNameInOneMasterplanIsRefusedWhateverItsCase() {
    TestRegion region = fixtures.newRegion();
    long plan = plan(region);
    exercises.create(
        region.id(),
        plan,
        ExerciseCommand.of("Prioritas 2025", null, null, null, null, null),
        INDONESIAN);

    assertThat(
            problems(
                () ->
                    exercises.create(
                        region.id(),
                        plan,
                        ExerciseCommand.of("PRIORITAS 2025", null, null, null, null, null),
                        INDONESIAN)))
        .extracting(FieldProblem::field, FieldProblem::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("name", "prioritisation.exercise.nameTaken"));
  }

  @Test
  void anUnknownRandomIndexTableAndAWorkshopOfAnotherMasterplanAreRefused() {
    TestRegion region = fixtures.newRegion();
    long plan = plan(region);
    long otherPlan = fixtures.createMasterplan(region.id());
    long foreignWorkshop = workshops.createWorkshop(region.id(), otherPlan);
    long ownWorkshop = workshops.createWorkshop(region.id(), plan);

    assertThat(
            problems(
                () ->
                    exercises.create(
                        region.id(),
                        plan,
                        ExerciseCommand.of(
                            "Salah", null, null, "saaty-1890", null, foreignWorkshop),
                        INDONESIAN)))
        .extracting(FieldProblem::field)
        .containsExactlyInAnyOrder("riTable", "workshopId");
    Exercise fine =
        exercises.create(
            region.id(),
            plan,
            ExerciseCommand.of(
                "Benar",
                null,
                Aggregation.AIP,
                "alonso-lamata-2006",
                IncompleteMethod.LLSM,
                ownWorkshop),
            INDONESIAN);
    assertThat(fine.riTable().source()).contains("Alonso");
    assertThat(fine.workshopId()).isEqualTo(ownWorkshop);
  }

  @Test
  void aChangeBasedOnAnOldVersionIsAConflictAndChangesNothing() {
    TestRegion region = fixtures.newRegion();
    long id = prioritisation.createExercise(region.id(), plan(region));
    Exercise read = exercises.get(region.id(), id);
    exercises.update(
        region.id(),
        id,
        ExerciseCommand.of("Nama baru", null, null, null, null, null),
        read.version());

    assertThatThrownBy(
            () ->
                exercises.update(
                    region.id(),
                    id,
                    ExerciseCommand.of("Nama lama", null, Aggregation.AIP, null, null, null),
                    read.version()))
        .isInstanceOf(ConcurrentEditException.class);
    assertThat(exercises.get(region.id(), id).name()).isEqualTo("Nama baru");
    assertThat(exercises.get(region.id(), id).aggregation()).isEqualTo(Aggregation.AIJ);
  }

  // ---- criteria ----

  @Test
  void aSubCriterionUnderASubCriterionIsRefused() {
    TestRegion region = fixtures.newRegion();
    long exercise = prioritisation.createExercise(region.id(), plan(region));
    Criterion society = criteria.tree(region.id(), exercise).get(0);
    Criterion health = criteria.create(region.id(), exercise, rated(society.id(), "SOS-KES", 3));

    List<FieldProblem> problems =
        problems(() -> criteria.create(region.id(), exercise, rated(health.id(), "SOS-KES-1", 3)));

    assertThat(problems)
        .extracting(FieldProblem::field, FieldProblem::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "parentId", "prioritisation.criterion.parentNotTopLevel"));
    assertThat(criteria.get(region.id(), society.id()).children())
        .extracting(Criterion::code)
        .containsExactly("SOS-KES");
  }

  @Test
  void aCriterionWithSubCriteriaCannotItselfBecomeOne() {
    TestRegion region = fixtures.newRegion();
    long exercise = prioritisation.createExercise(region.id(), plan(region));
    List<Criterion> tree = criteria.tree(region.id(), exercise);
    Criterion society = tree.get(0);
    Criterion environment = tree.get(1);
    criteria.create(region.id(), exercise, rated(society.id(), "SOS-KES", 3));

    CriterionCommand underEnvironment =
        new CriterionCommand(
            environment.id(),
            society.code(),
            society.name(),
            null,
            CriterionKind.RATED,
            null,
            Direction.BENEFIT,
            society.levels());

    assertThat(
            problems(
                () ->
                    criteria.update(
                        region.id(), society.id(), underEnvironment, society.version())))
        .extracting(FieldProblem::messageKey)
        .containsExactly("prioritisation.criterion.hasChildren");
  }

  @Test
  void aTopLevelCriterionMovedUnderAnotherComesLastAmongItsNewSiblings() {
    TestRegion region = fixtures.newRegion();
    long exercise = prioritisation.createExercise(region.id(), plan(region));
    List<Criterion> tree = criteria.tree(region.id(), exercise);
    Criterion society = tree.get(0);
    criteria.create(region.id(), exercise, rated(society.id(), "SOS-KES", 3));
    Criterion innovation = tree.get(4);

    Criterion moved =
        criteria.update(
            region.id(),
            innovation.id(),
            new CriterionCommand(
                society.id(),
                innovation.code(),
                innovation.name(),
                innovation.description(),
                innovation.kind(),
                null,
                innovation.direction(),
                innovation.levels()),
            innovation.version());

    assertThat(moved.parentId()).isEqualTo(society.id());
    assertThat(moved.levels()).hasSize(5);
    assertThat(criteria.get(region.id(), society.id()).children())
        .extracting(Criterion::code)
        .containsExactly("SOS-KES", innovation.code());
    assertThat(criteria.tree(region.id(), exercise)).hasSize(8);
  }

  @Test
  void aDuplicateCodeIsRefusedWhateverItsCaseOnTheCodeField() {
    TestRegion region = fixtures.newRegion();
    long exercise = prioritisation.createExercise(region.id(), plan(region));
    String existing = criteria.tree(region.id(), exercise).get(0).code();

    List<FieldProblem> problems =
        problems(
            () ->
                criteria.create(
                    region.id(), exercise, rated(null, existing.toLowerCase(Locale.ROOT), 5)));

    assertThat(problems).extracting(FieldProblem::field).containsExactly("code");
    assertThat(problems.get(0).messageKey()).isEqualTo("prioritisation.criterion.codeTaken");
    assertThat(criteria.tree(region.id(), exercise)).hasSize(9);
  }

  @Test
  void theSameCodeIsFreeInAnotherExercise() {
    TestRegion region = fixtures.newRegion();
    long plan = plan(region);
    long first = prioritisation.createExercise(region.id(), plan);
    long second = prioritisation.createExercise(region.id(), plan);
    criteria.create(region.id(), first, rated(null, "DIGITAL", 3));

    Criterion again = criteria.create(region.id(), second, rated(null, "digital", 3));

    assertThat(again.code()).isEqualTo("digital");
  }

  @Test
  void aScaleHasTwoToTenLabelledLevelsAndAMeasuredCriterionNone() {
    TestRegion region = fixtures.newRegion();
    long exercise = prioritisation.createExercise(region.id(), plan(region));

    assertThat(problems(() -> criteria.create(region.id(), exercise, rated(null, "SATU", 1))))
        .extracting(FieldProblem::messageKey)
        .containsExactly("prioritisation.criterion.levelCount");
    assertThat(problems(() -> criteria.create(region.id(), exercise, rated(null, "SEBELAS", 11))))
        .extracting(FieldProblem::messageKey)
        .containsExactly("prioritisation.criterion.levelCount");
    List<CriterionLevel> unlabelled =
        List.of(new CriterionLevel(1, "Rendah", null), new CriterionLevel(2, " ", "Tinggi sekali"));
    List<FieldProblem> label =
        problems(
            () ->
                criteria.create(
                    region.id(),
                    exercise,
                    new CriterionCommand(
                        null, "TANPA-LABEL", "Tanpa label", null, null, null, null, unlabelled)));
    assertThat(label)
        .extracting(FieldProblem::messageKey)
        .containsExactly("prioritisation.criterion.levelLabel");
    assertThat(label.get(0).args()).containsExactly(2);
    assertThat(
            problems(
                () ->
                    criteria.create(
                        region.id(),
                        exercise,
                        new CriterionCommand(
                            null,
                            "DURASI",
                            "Durasi",
                            null,
                            CriterionKind.MEASURED,
                            Measure.DURATION,
                            Direction.COST,
                            levels(3)))))
        .extracting(FieldProblem::field)
        .containsExactly("levels");

    Criterion ten = criteria.create(region.id(), exercise, rated(null, "SEPULUH", 10));
    assertThat(ten.levels()).hasSize(10);
    assertThat(ten.levels().get(9).level()).isEqualTo(10);
  }

  @Test
  void aCriterionMovesAmongItsSiblingsAndTheFirstStaysFirst() {
    TestRegion region = fixtures.newRegion();
    long exercise = prioritisation.createExercise(region.id(), plan(region));
    List<String> before = codes(region, exercise);

    Criterion second = criteria.tree(region.id(), exercise).get(1);
    criteria.move(region.id(), second.id(), PrioritisationCriteria.Move.UP);
    criteria.move(region.id(), second.id(), PrioritisationCriteria.Move.UP);

    List<String> after = codes(region, exercise);
    assertThat(after.get(0)).isEqualTo(before.get(1));
    assertThat(after.get(1)).isEqualTo(before.get(0));
    assertThat(after.subList(2, after.size())).isEqualTo(before.subList(2, before.size()));

    Criterion last = criteria.tree(region.id(), exercise).get(8);
    criteria.move(region.id(), last.id(), PrioritisationCriteria.Move.DOWN);
    assertThat(codes(region, exercise)).isEqualTo(after);
  }

  @Test
  void criteriaAndGroupsAreFixedOnceAnEvaluatorHasJudgedButEvaluatorsMayStillJoin() {
    TestRegion region = fixtures.newRegion();
    long exercise = prioritisation.createExercise(region.id(), plan(region));
    long evaluator =
        prioritisation.addEvaluator(region.id(), exercise, region.as(Role.PARTICIPANT).accountId());
    prioritisation.open(region.id(), exercise);
    Criterion added = criteria.create(region.id(), exercise, rated(null, "SEBELUM", 5));
    judge(region, exercise, evaluator);

    List<FieldProblem> problems =
        problems(() -> criteria.create(region.id(), exercise, rated(null, "SESUDAH", 5)));
    assertThat(problems).extracting(FieldProblem::field).containsExactly("status");
    assertThat(problems.get(0).messageKey()).isEqualTo("prioritisation.setup.lockedInput");
    assertThat(problems.get(0).args()).containsExactly(1L, 0L);
    assertThat(problems(() -> criteria.delete(region.id(), added.id())))
        .extracting(FieldProblem::messageKey)
        .containsExactly("prioritisation.setup.lockedInput");
    EvaluatorGroup group = evaluators.groups(region.id(), exercise).get(0);
    assertThat(
            problems(
                () ->
                    evaluators.updateGroup(
                        region.id(),
                        group.id(),
                        new EvaluatorGroupCommand(group.name(), null, BigDecimal.TEN),
                        group.version())))
        .extracting(FieldProblem::messageKey)
        .containsExactly("prioritisation.setup.lockedInput");
    assertThat(exercises.setupMayChange(region.id(), exercise)).isFalse();

    EvaluatorsAdded joined =
        evaluators.add(
            region.id(), exercise, group.id(), List.of(region.as(Role.REVIEWER).accountId()));
    assertThat(joined.added()).hasSize(1);
  }

  // ---- evaluators ----

  @Test
  void evaluatorsAreMembersOfTheRegionAddedInBulkAndSomeoneAlreadyInStaysWhereTheyAre() {
    TestRegion region = fixtures.newRegion();
    TestRegion other = fixtures.newRegion();
    long exercise = prioritisation.createExercise(region.id(), plan(region));
    List<EvaluatorGroup> groups = evaluators.groups(region.id(), exercise);
    long participant = region.as(Role.PARTICIPANT).accountId();
    long reviewer = region.as(Role.REVIEWER).accountId();
    evaluators.add(region.id(), exercise, groups.get(0).id(), List.of(participant));

    assertThat(
            problems(
                () ->
                    evaluators.add(
                        region.id(),
                        exercise,
                        groups.get(1).id(),
                        List.of(reviewer, other.as(Role.PARTICIPANT).accountId()))))
        .extracting(FieldProblem::field, FieldProblem::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "accountIds", "prioritisation.evaluator.notMember"));
    EvaluatorsAdded result =
        evaluators.add(region.id(), exercise, groups.get(1).id(), List.of(participant, reviewer));

    assertThat(result.added()).extracting(Evaluator::accountId).containsExactly(reviewer);
    assertThat(result.already()).extracting(Evaluator::accountId).containsExactly(participant);
    assertThat(evaluators.evaluatorOf(region.id(), exercise, participant).orElseThrow().groupId())
        .isEqualTo(groups.get(0).id());
    assertThat(evaluators.evaluatorOf(region.id(), exercise, region.as(Role.EDITOR).accountId()))
        .isEmpty();
    assertThat(evaluators.evaluators(region.id(), exercise))
        .extracting(Evaluator::name)
        .containsExactly("Uji PARTICIPANT", "Uji REVIEWER");
  }

  @Test
  void anEvaluatorMovesToAnotherGroupWithTheirOwnWeightAndTheGroupsCountThem() {
    TestRegion region = fixtures.newRegion();
    long exercise = prioritisation.createExercise(region.id(), plan(region));
    List<EvaluatorGroup> groups = evaluators.groups(region.id(), exercise);
    long id =
        prioritisation.addEvaluator(region.id(), exercise, region.as(Role.PARTICIPANT).accountId());
    Evaluator read = evaluators.evaluator(region.id(), id);

    Evaluator moved =
        evaluators.update(
            region.id(),
            id,
            new EvaluatorCommand(groups.get(2).id(), new BigDecimal("2.5")),
            read.version());

    assertThat(moved.groupId()).isEqualTo(groups.get(2).id());
    assertThat(moved.weight()).isEqualByComparingTo("2.5");
    List<EvaluatorGroup> after = evaluators.groups(region.id(), exercise);
    assertThat(after.get(0).evaluators()).isZero();
    assertThat(after.get(2).evaluators()).isEqualTo(1);
    assertThat(
            problems(
                () ->
                    evaluators.update(
                        region.id(),
                        id,
                        new EvaluatorCommand(null, BigDecimal.ZERO),
                        moved.version())))
        .extracting(FieldProblem::field)
        .containsExactly("weight");
    assertThatThrownBy(
            () ->
                evaluators.update(
                    region.id(), id, new EvaluatorCommand(null, BigDecimal.ONE), read.version()))
        .isInstanceOf(ConcurrentEditException.class);
  }

  @Test
  void removingAnEvaluatorWhoHasJudgedNeedsConfirmationAndSaysHowMuchGoesWithThem() {
    TestRegion region = fixtures.newRegion();
    long exercise = prioritisation.createExercise(region.id(), plan(region));
    long id =
        prioritisation.addEvaluator(region.id(), exercise, region.as(Role.PARTICIPANT).accountId());
    prioritisation.open(region.id(), exercise);
    judge(region, exercise, id);

    List<FieldProblem> problems = problems(() -> evaluators.remove(region.id(), id, false));

    assertThat(problems).extracting(FieldProblem::field).containsExactly("confirm");
    assertThat(problems.get(0).args()).containsExactly("Uji PARTICIPANT", 1L, 0L);
    assertThat(evaluators.evaluatorCount(region.id(), exercise)).isEqualTo(1);
    evaluators.remove(region.id(), id, true);
    assertThat(evaluators.evaluatorCount(region.id(), exercise)).isZero();
    assertThat(exercises.input(region.id(), exercise).isEmpty()).isTrue();
  }

  @Test
  void aGroupWithEvaluatorsIsNotDeletedAndAnEmptyOneIs() {
    TestRegion region = fixtures.newRegion();
    long exercise = prioritisation.createExercise(region.id(), plan(region));
    prioritisation.addEvaluator(region.id(), exercise, region.as(Role.PARTICIPANT).accountId());
    List<EvaluatorGroup> groups = evaluators.groups(region.id(), exercise);

    assertThat(problems(() -> evaluators.deleteGroup(region.id(), groups.get(0).id())))
        .extracting(FieldProblem::messageKey)
        .containsExactly("prioritisation.group.hasEvaluators");
    evaluators.deleteGroup(region.id(), groups.get(1).id());
    assertThat(evaluators.groups(region.id(), exercise)).hasSize(4);
  }

  @Test
  void groupNamesAreUniqueInAnExerciseAndWeightsAboveZero() {
    TestRegion region = fixtures.newRegion();
    long exercise = prioritisation.createExercise(region.id(), plan(region));
    String taken = evaluators.groups(region.id(), exercise).get(0).name();

    assertThat(
            problems(
                () ->
                    evaluators.createGroup(
                        region.id(),
                        exercise,
                        new EvaluatorGroupCommand(
                            taken.toUpperCase(Locale.ROOT), null, new BigDecimal("-1")))))
        .extracting(FieldProblem::field)
        .containsExactlyInAnyOrder("name", "weight");
    EvaluatorGroup experts =
        evaluators.createGroup(
            region.id(),
            exercise,
            new EvaluatorGroupCommand("Tenaga ahli", null, new BigDecimal("2.5")));
    assertThat(experts.pentahelixRole()).isNull();
    assertThat(experts.weight()).isEqualByComparingTo("2.5");
  }

  // ---- status ----

  @Test
  void openingWithoutEvaluatorsIsRefusedWithTheReason() {
    TestRegion region = fixtures.newRegion();
    long exercise = prioritisation.createExercise(region.id(), plan(region));

    List<FieldProblem> problems = problems(() -> exercises.open(region.id(), exercise));

    assertThat(problems)
        .extracting(FieldProblem::field, FieldProblem::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("status", "prioritisation.open.noEvaluators"));
    assertThat(exercises.get(region.id(), exercise).status()).isEqualTo(ExerciseStatus.DRAFT);
  }

  @Test
  void openingNeedsTwoTopLevelCriteriaAndAScaleOnEveryRatedLeaf() {
    TestRegion region = fixtures.newRegion();
    Exercise exercise =
        exercises.create(
            region.id(),
            plan(region),
            new ExerciseCommand("Sendiri", null, null, null, null, null, false, true),
            INDONESIAN);
    prioritisation.addEvaluator(region.id(), exercise.id(), region.as(Role.EDITOR).accountId());
    Criterion alone = criteria.create(region.id(), exercise.id(), rated(null, "TUNGGAL", 0));
    criteria.create(region.id(), exercise.id(), rated(alone.id(), "ANAK", 0));

    List<FieldProblem> problems = problems(() -> exercises.open(region.id(), exercise.id()));

    assertThat(problems)
        .extracting(FieldProblem::messageKey)
        .containsExactlyInAnyOrder(
            "prioritisation.open.tooFewCriteria", "prioritisation.open.scaleMissing");
    FieldProblem scale =
        problems.stream()
            .filter(p -> p.messageKey().endsWith("scaleMissing"))
            .findFirst()
            .orElseThrow();
    assertThat(scale.args()).as("the parent is not rated itself").containsExactly("ANAK");
  }

  @Test
  void anExerciseOpensClosesIsPublishedAndReopensAndEveryStepIsAudited() {
    TestRegion region = fixtures.newRegion();
    long id = prioritisation.createExercise(region.id(), plan(region));
    prioritisation.addEvaluator(region.id(), id, region.as(Role.PARTICIPANT).accountId());
    assertThat(problems(() -> exercises.publish(region.id(), id)))
        .extracting(FieldProblem::messageKey)
        .containsExactly("prioritisation.status.notAllowed");

    prioritisation.open(region.id(), id);
    exercises.close(region.id(), id);
    Exercise published = exercises.publish(region.id(), id);
    assertThat(published.publishedAt()).isNotNull();
    Exercise reopened = exercises.reopen(region.id(), id);

    assertThat(reopened.status()).isEqualTo(ExerciseStatus.OPEN);
    assertThat(reopened.publishedAt()).isNull();
    List<String> statuses =
        audit
            .history(region.id(), PrioritisationExercises.RECORD_TYPE, id, new PageRequest(0, 20))
            .items()
            .stream()
            .filter(e -> e.action().equals("UPDATED"))
            .map(e -> e.after())
            .toList();
    assertThat(statuses).hasSize(4);
    assertThat(statuses.get(0)).contains("\"OPEN\"");
    assertThat(statuses.get(1)).contains("\"PUBLISHED\"");
  }

  @Test
  void aStatusChangeWithAnOldVersionIsAConflict() {
    TestRegion region = fixtures.newRegion();
    long id = prioritisation.createExercise(region.id(), plan(region));
    prioritisation.addEvaluator(region.id(), id, region.as(Role.PARTICIPANT).accountId());
    int read = exercises.get(region.id(), id).version();
    exercises.update(
        region.id(), id, ExerciseCommand.of("Diubah", null, null, null, null, null), read);

    assertThatThrownBy(() -> exercises.changeStatus(region.id(), id, ExerciseStatus.OPEN, read))
        .isInstanceOf(ConcurrentEditException.class);
    assertThat(exercises.get(region.id(), id).status()).isEqualTo(ExerciseStatus.DRAFT);
  }

  @Test
  void publishedResultsKeepTheirMethodUntilTheExerciseIsReopened() {
    TestRegion region = fixtures.newRegion();
    long id = prioritisation.createExercise(region.id(), plan(region));
    prioritisation.addEvaluator(region.id(), id, region.as(Role.PARTICIPANT).accountId());
    prioritisation.open(region.id(), id);
    exercises.close(region.id(), id);
    Exercise published = exercises.publish(region.id(), id);

    assertThat(
            problems(
                () ->
                    exercises.update(
                        region.id(),
                        id,
                        ExerciseCommand.of(
                            published.name(), "Catatan", Aggregation.AIP, null, null, null),
                        published.version())))
        .extracting(FieldProblem::field)
        .containsExactly("aggregation");
    Exercise renamed =
        exercises.update(
            region.id(),
            id,
            ExerciseCommand.of("Hasil akhir", "Catatan", null, null, null, null),
            published.version());
    assertThat(renamed.name()).isEqualTo("Hasil akhir");
    assertThat(renamed.status()).isEqualTo(ExerciseStatus.PUBLISHED);
  }

  // ---- deleting ----

  @Test
  void deletingAnExerciseWithJudgementsNeedsConfirmationAndSaysHowManyWouldBeLost() {
    TestRegion region = fixtures.newRegion();
    long id = prioritisation.createExercise(region.id(), plan(region));
    long evaluator =
        prioritisation.addEvaluator(region.id(), id, region.as(Role.PARTICIPANT).accountId());
    prioritisation.open(region.id(), id);
    judge(region, id, evaluator);

    List<FieldProblem> problems = problems(() -> exercises.delete(region.id(), id, false));

    assertThat(problems)
        .extracting(FieldProblem::field, FieldProblem::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "confirm", "prioritisation.exercise.deleteHasInput"));
    assertThat(problems.get(0).args()).containsExactly(1L, 0L);
    assertThat(exercises.get(region.id(), id).id()).isEqualTo(id);

    exercises.delete(region.id(), id, true);
    assertThatThrownBy(() -> exercises.get(region.id(), id)).isInstanceOf(NotFoundException.class);
    assertThat(
            jdbc.sql("select count(*) from judgement where evaluator_id = ?")
                .params(evaluator)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void anExerciseWithoutInputIsDeletedWithoutConfirmation() {
    TestRegion region = fixtures.newRegion();
    long id = prioritisation.createExercise(region.id(), plan(region));
    prioritisation.addEvaluator(region.id(), id, region.as(Role.PARTICIPANT).accountId());

    exercises.delete(region.id(), id, false);

    assertThatThrownBy(() -> exercises.get(region.id(), id)).isInstanceOf(NotFoundException.class);
  }

  // ---- who sees what ----

  @Test
  void aParticipantSeesOnlyTheExercisesTheyEvaluateInAndAnotherRegionNone() {
    TestRegion region = fixtures.newRegion();
    TestRegion other = fixtures.newRegion();
    long plan = plan(region);
    long theirs = prioritisation.createExercise(region.id(), plan);
    long notTheirs = prioritisation.createExercise(region.id(), plan);
    long participant = region.as(Role.PARTICIPANT).accountId();
    prioritisation.addEvaluator(region.id(), theirs, participant);
    ExerciseViewer viewer = new ExerciseViewer(participant, false);

    assertThat(exercises.list(region.id(), plan, viewer, new PageRequest(0, 20)).items())
        .extracting(Exercise::id)
        .containsExactly(theirs);
    assertThat(
            exercises
                .list(region.id(), plan, ExerciseViewer.everything(), new PageRequest(0, 20))
                .items())
        .extracting(Exercise::id)
        .containsExactly(notTheirs, theirs);
    assertThat(exercises.get(region.id(), theirs, viewer).id()).isEqualTo(theirs);
    assertThatThrownBy(() -> exercises.get(region.id(), notTheirs, viewer))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> exercises.get(other.id(), theirs))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> criteria.tree(other.id(), theirs))
        .isInstanceOf(NotFoundException.class);
  }

  // ---- helpers ----

  private long plan(TestRegion region) {
    return fixtures.createMasterplan(region.id());
  }

  private static ExerciseCommand defaults(String name) {
    return new ExerciseCommand(name, null, null, null, null, null, true, true);
  }

  private List<String> codes(TestRegion region, long exercise) {
    return criteria.tree(region.id(), exercise).stream().map(Criterion::code).toList();
  }

  /** A rated criterion with {@code levels} levels (none when 0). */
  static CriterionCommand rated(Long parentId, String code, int levels) {
    return new CriterionCommand(
        parentId,
        code,
        "Kriteria " + code,
        null,
        CriterionKind.RATED,
        null,
        Direction.BENEFIT,
        levels(levels));
  }

  static List<CriterionLevel> levels(int count) {
    return java.util.stream.IntStream.rangeClosed(1, count)
        .mapToObj(i -> new CriterionLevel(i, "Tingkat " + i, null))
        .toList();
  }

  /**
   * The evaluator's judgement of the exercise's first two criteria, written as the judging page
   * will.
   */
  private void judge(TestRegion region, long exercise, long evaluator) {
    List<Criterion> tree = criteria.tree(region.id(), exercise);
    long a = Math.min(tree.get(0).id(), tree.get(1).id());
    long b = Math.max(tree.get(0).id(), tree.get(1).id());
    jdbc.sql(
            "insert into judgement (evaluator_id, region_id, first_id, second_id, value)"
                + " values (?, ?, ?, ?, 3)")
        .params(evaluator, region.id(), a, b)
        .update();
  }

  private static List<FieldProblem> problems(Runnable action) {
    try {
      action.run();
    } catch (InvalidInputException e) {
      return e.problems();
    }
    throw new AssertionError("expected the input to be refused");
  }
}
