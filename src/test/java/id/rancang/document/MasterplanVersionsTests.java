package id.rancang.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rancang.document.diff.ChangeKind;
import id.rancang.document.diff.Differences;
import id.rancang.document.diff.Subject;
import id.rancang.identity.AuditTrail;
import id.rancang.programme.BudgetItem;
import id.rancang.programme.ProgrammePortfolio;
import id.rancang.region.MasterplanManagement;
import id.rancang.region.RegionManagement;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.Page;
import id.rancang.shared.PageRequest;
import id.rancang.strategy.IndicatorRegister;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.ProgrammeFixtures;
import id.rancang.support.RancangIntegrationTest;
import id.rancang.support.StrategyFixtures;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

@RancangIntegrationTest
class MasterplanVersionsTests {

  private static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
  private static final byte[] SVG =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>"
          .getBytes(java.nio.charset.StandardCharsets.UTF_8);

  @Autowired MasterplanVersions versions;
  @Autowired MasterplanContents contents;
  @Autowired ContentSource source;
  @Autowired Fixtures fixtures;
  @Autowired StrategyFixtures strategy;
  @Autowired ProgrammeFixtures programmes;
  @Autowired ProgrammePortfolio portfolio;
  @Autowired IndicatorRegister indicators;
  @Autowired RegionManagement regions;
  @Autowired MasterplanManagement masterplans;
  @Autowired AuditTrail audit;
  @Autowired JdbcClient jdbc;

  @Test
  void aFrozenVersionKeepsTheContentOfItsMomentWhileTheMasterplanMovesOn() {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    StrategyFixtures.Branch branch = strategy.createBranch(region.id(), plan, region.opd().id());
    long programme = programmes.createProgramme(region.id(), plan, region.opd().id());
    programmes.createAction(region.id(), programme);
    regions.setLogo(region.id(), PNG, "image/png");
    MasterplanContent atFreeze = contents.live(region.id(), plan);

    MasterplanVersion version =
        versions.freeze(region.id(), plan, "v1.0 - Perbup 20/2024", "Ditetapkan bupati");
    renameProgramme(region.id(), plan, programme, "Satu Data Tegal Terpadu");
    renameIndicator(region.id(), plan, branch.indicator(), "Persentase layanan terpadu");
    regions.setLogo(region.id(), SVG, "image/svg+xml");

    MasterplanContent frozen = versions.content(region.id(), plan, version.id());
    assertThat(frozen).isEqualTo(atFreeze);
    assertThat(frozen.programmes().get(0).name()).isEqualTo("Satu Data Daerah");
    assertThat(frozen.indicators().get(0).name()).isEqualTo("Persentase layanan perizinan daring");
    MasterplanContent now = contents.live(region.id(), plan);
    assertThat(now.programmes().get(0).name()).isEqualTo("Satu Data Tegal Terpadu");
    // documents of the version read the frozen content and logo
    assertThat(source.content(region.id(), plan, version.id())).isEqualTo(atFreeze);
    ContentSource.Logo logo = source.logo(region.id(), plan, version.id()).orElseThrow();
    assertThat(logo.content()).isEqualTo(PNG);
    assertThat(logo.contentType()).isEqualTo("image/png");
    assertThat(source.logo(region.id(), plan, null).orElseThrow().contentType())
        .isEqualTo("image/svg+xml");
  }

  @Test
  void aVersionRecordsWhatItHoldsAndWhoFrozeItInTheAuditTrail() {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    strategy.createBranch(region.id(), plan, null);
    long programme = programmes.createProgramme(region.id(), plan, null);
    programmes.createAction(region.id(), programme);
    programmes.createAction(region.id(), programme);
    setBudget(region.id(), plan, programme, new BigDecimal("1500000000.50"));

    MasterplanVersion version = versions.freeze(region.id(), plan, "  v1.0  ", "  ");

    assertThat(version.name()).isEqualTo("v1.0");
    assertThat(version.note()).isNull();
    assertThat(version.programmes()).isEqualTo(1);
    assertThat(version.actions()).isEqualTo(2);
    assertThat(version.indicators()).isEqualTo(1);
    assertThat(version.targets()).isEqualTo(1);
    assertThat(version.totalBudget()).isEqualByComparingTo("1500000000.50");
    assertThat(version.frozenBy()).isEqualTo("system");
    assertThat(version.hasLogo()).isFalse();
    assertThat(versions.logo(region.id(), plan, version.id())).isEmpty();
    assertThat(
            audit
                .history(
                    region.id(), MasterplanVersions.RECORD_TYPE, version.id(), PageRequest.of(0, 5))
                .items())
        .singleElement()
        .satisfies(e -> assertThat(e.action()).isEqualTo("CREATED"));
  }

  @Test
  void theDatabaseRefusesToChangeOrDeleteAFrozenVersion() {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    MasterplanVersion version = versions.freeze(region.id(), plan, "v1.0", null);

    assertThatThrownBy(
            () ->
                jdbc.sql("update masterplan_version set name = 'v1.0 diubah' where id = ?")
                    .param(version.id())
                    .update())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("is frozen");
    assertThatThrownBy(
            () ->
                jdbc.sql(
                        "update masterplan_version set content = jsonb_set(content, '{vision}',"
                            + " '\"Visi lain\"') where masterplan_id = ?")
                    .param(plan)
                    .update())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("is frozen");
    assertThatThrownBy(
            () ->
                jdbc.sql("delete from masterplan_version where id = ?")
                    .param(version.id())
                    .update())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("is frozen");
    assertThat(versions.get(region.id(), plan, version.id()).name()).isEqualTo("v1.0");
  }

  @Test
  void deletingAWholeRegionTakesItsFrozenVersionsAlong() {
    // a bare region with a masterplan, as the database holds them, deleted the way a region
    // deletion must go: its records first, then the region
    String code = fixtures.unusedRegionCode();
    long regionId =
        jdbc.sql(
                "insert into region (code, name, type, province) values (?, ?, 'KABUPATEN', ?)"
                    + " returning id")
            .params(code, "Daerah Hapus " + code, "Provinsi Uji")
            .query(Long.class)
            .single();
    long plan =
        jdbc.sql(
                "insert into masterplan (region_id, title, start_year, end_year)"
                    + " values (?, 'Masterplan', 2024, 2033) returning id")
            .param(regionId)
            .query(Long.class)
            .single();
    versions.freeze(regionId, plan, "v1.0", null);
    versions.freeze(regionId, plan, "v2.0", null);
    TestRegion bystander = fixtures.newRegion();
    long otherPlan = fixtures.createMasterplan(bystander.id());
    MasterplanVersion kept = versions.freeze(bystander.id(), otherPlan, "v1.0", null);

    jdbc.sql("delete from audit_entry where region_id = ?").param(regionId).update();
    jdbc.sql("delete from masterplan where region_id = ?").param(regionId).update();
    jdbc.sql("delete from region where id = ?").param(regionId).update();

    assertThat(
            jdbc.sql("select count(*) from masterplan_version where region_id = ?")
                .param(regionId)
                .query(Long.class)
                .single())
        .isZero();
    assertThat(versions.get(bystander.id(), otherPlan, kept.id()).name()).isEqualTo("v1.0");
  }

  @Test
  void aNameTakenInTheMasterplanInAnyCaseIsRefusedWithAClearMessage() {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long otherPlan = fixtures.createMasterplan(region.id());
    versions.freeze(region.id(), plan, "v1.0 - Perbup 20/2024", null);

    assertThatThrownBy(() -> versions.freeze(region.id(), plan, " V1.0 - PERBUP 20/2024", null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        FieldProblem.of(
                            "name", "document.version.name.taken", "V1.0 - PERBUP 20/2024")));
    // another masterplan may use the name
    assertThat(versions.freeze(region.id(), otherPlan, "v1.0 - Perbup 20/2024", null).name())
        .isEqualTo("v1.0 - Perbup 20/2024");
    assertThat(versions.all(region.id(), plan)).hasSize(1);
  }

  @Test
  void aVersionNeedsANameOfAtMost120CharactersAndANoteOfAtMost2000() {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());

    assertThatThrownBy(() -> versions.freeze(region.id(), plan, "   ", "x".repeat(2001)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field, FieldProblem::messageKey)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("name", "shared.validation.required"),
                        org.assertj.core.groups.Tuple.tuple(
                            "note", "document.version.note.tooLong")));
    assertThatThrownBy(() -> versions.freeze(region.id(), plan, "v".repeat(121), null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        FieldProblem.of("name", "document.version.name.tooLong", 120)));
    assertThat(versions.freeze(region.id(), plan, "v".repeat(120), "x".repeat(2000)).name())
        .hasSize(120);
  }

  @Test
  void versionsAreListedNewestFirstPageByPage() {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    MasterplanVersion first = versions.freeze(region.id(), plan, "v1.0", null);
    MasterplanVersion second = versions.freeze(region.id(), plan, "v1.1", null);
    MasterplanVersion third = versions.freeze(region.id(), plan, "v2.0", null);

    Page<MasterplanVersion> page = versions.list(region.id(), plan, new PageRequest(0, 2));
    Page<MasterplanVersion> next = versions.list(region.id(), plan, new PageRequest(1, 2));

    assertThat(page.items())
        .extracting(MasterplanVersion::id)
        .containsExactly(third.id(), second.id());
    assertThat(page.total()).isEqualTo(3);
    assertThat(next.items()).extracting(MasterplanVersion::id).containsExactly(first.id());
    assertThat(versions.all(region.id(), plan))
        .extracting(MasterplanVersion::name)
        .containsExactly("v2.0", "v1.1", "v1.0");
  }

  @Test
  void anotherRegionsOrAnotherMasterplansVersionIsNotFound() {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long otherPlan = fixtures.createMasterplan(region.id());
    MasterplanVersion version = versions.freeze(region.id(), plan, "v1.0", null);
    TestRegion other = fixtures.newRegion();
    long foreignPlan = fixtures.createMasterplan(other.id());

    assertThatThrownBy(() -> versions.get(other.id(), plan, version.id()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> versions.content(other.id(), foreignPlan, version.id()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> versions.logo(region.id(), otherPlan, version.id()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> source.content(region.id(), otherPlan, version.id()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> versions.list(other.id(), plan, PageRequest.of(0, 20)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> versions.freeze(other.id(), plan, "v9", null))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aVersionComparedWithTheLiveMasterplanShowsWhatChangedSince() {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    StrategyFixtures.Branch branch = strategy.createBranch(region.id(), plan, null);
    long kept = programmes.createProgramme(region.id(), plan, null);
    long dropped = programmes.createProgramme(region.id(), plan, null);
    MasterplanVersion v1 = versions.freeze(region.id(), plan, "v1.0", null);
    renameProgramme(region.id(), plan, kept, "Satu Data Terpadu");
    portfolio.delete(region.id(), plan, dropped);
    long added = programmes.createProgramme(region.id(), plan, null);
    renameIndicator(region.id(), plan, branch.indicator(), "Persentase layanan terpadu");

    Differences sinceV1 = versions.compare(region.id(), plan, v1.id(), null, true);
    MasterplanVersion v2 = versions.freeze(region.id(), plan, "v2.0", null);
    Differences v1ToV2 = versions.compare(region.id(), plan, v1.id(), v2.id(), true);

    assertThat(sinceV1.find(Subject.PROGRAMME, kept).orElseThrow().field("name").orElseThrow())
        .satisfies(
            f -> {
              assertThat(f.before()).isEqualTo("Satu Data Daerah");
              assertThat(f.after()).isEqualTo("Satu Data Terpadu");
            });
    assertThat(sinceV1.find(Subject.PROGRAMME, dropped).orElseThrow().kind())
        .isEqualTo(ChangeKind.REMOVED);
    assertThat(sinceV1.find(Subject.PROGRAMME, added).orElseThrow().kind())
        .isEqualTo(ChangeKind.ADDED);
    assertThat(sinceV1.find(Subject.INDICATOR, branch.indicator())).isPresent();
    assertThat(sinceV1.changes()).hasSize(4);
    assertThat(v1ToV2).isEqualTo(sinceV1);
    assertThat(versions.compare(region.id(), plan, v2.id(), null, true).isEmpty()).isTrue();
  }

  private void renameProgramme(long regionId, long plan, long id, String name) {
    ProgrammeEdits.rename(portfolio, regionId, plan, id, name);
  }

  private void setBudget(long regionId, long plan, long id, BigDecimal amount) {
    int year = portfolio.get(regionId, plan, id).startYear();
    ProgrammeEdits.budget(
        portfolio, regionId, plan, id, List.of(new BudgetItem(year, "APBD", amount)));
  }

  private void renameIndicator(long regionId, long plan, long id, String name) {
    ProgrammeEdits.renameIndicator(indicators, regionId, plan, id, name);
  }
}
