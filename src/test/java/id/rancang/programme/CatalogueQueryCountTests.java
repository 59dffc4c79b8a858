package id.rancang.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.rancang.identity.Role;
import id.rancang.shared.PageRequest;
import id.rancang.strategy.Dimension;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.ProgrammeFixtures;
import id.rancang.support.QueryCounter;
import id.rancang.support.RancangIntegrationTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The catalogue and the budget summary cost the same queries for a masterplan of 2 programmes as
 * for one of 40 with many more budget lines (no query per row).
 */
@RancangIntegrationTest
@Import(QueryCounter.class)
class CatalogueQueryCountTests {

  @Autowired Fixtures fixtures;
  @Autowired ProgrammeFixtures programmes;
  @Autowired ProgrammePortfolio portfolio;
  @Autowired PortfolioOverview overview;
  @Autowired MockMvc mvc;

  @Test
  void aCataloguePageNeedsTheSameNumberOfQueriesWhateverItsNumberOfRows() {
    TestRegion small = fixtures.newRegion();
    long smallPlan = fixtures.createMasterplan(small.id());
    for (int i = 0; i < 2; i++) {
      programmes.createProgramme(small.id(), smallPlan, small.opd().id());
    }
    TestRegion large = fixtures.newRegion();
    long largePlan = fixtures.createMasterplan(large.id());
    for (int i = 0; i < 40; i++) {
      programmes.createProgramme(large.id(), largePlan, large.opd().id());
    }

    QueryCounter.reset();
    int smallRows =
        portfolio
            .search(small.id(), smallPlan, ProgrammeFilter.none(), new PageRequest(0, 50))
            .items()
            .size();
    int smallQueries = QueryCounter.count();
    QueryCounter.reset();
    int largeRows =
        portfolio
            .search(large.id(), largePlan, ProgrammeFilter.none(), new PageRequest(0, 50))
            .items()
            .size();
    int largeQueries = QueryCounter.count();

    assertThat(smallRows).isEqualTo(2);
    assertThat(largeRows).isEqualTo(40);
    assertThat(largeQueries).isPositive().isEqualTo(smallQueries);
  }

  @Test
  void theBudgetSummaryNeedsTheSameNumberOfQueriesWhateverItsNumberOfProgrammesAndLines() {
    TestRegion small = fixtures.newRegion();
    long smallPlan = fixtures.createMasterplan(small.id());
    budgeted(small, smallPlan, 2, 1);
    TestRegion large = fixtures.newRegion();
    long largePlan = fixtures.createMasterplan(large.id());
    budgeted(large, largePlan, 40, 3);

    QueryCounter.reset();
    BudgetSummary smallSummary = overview.budget(small.id(), smallPlan);
    int smallQueries = QueryCounter.count();
    QueryCounter.reset();
    BudgetSummary largeSummary = overview.budget(large.id(), largePlan);
    int largeQueries = QueryCounter.count();

    // 1 and 3 years of 10 million rupiah per programme
    assertThat(smallSummary.total()).isEqualByComparingTo(new BigDecimal("20000000"));
    assertThat(largeSummary.total()).isEqualByComparingTo(new BigDecimal("1200000000"));
    assertThat(largeQueries).isPositive().isEqualTo(smallQueries);
  }

  @Test
  void theCatalogueAndBudgetPagesNeedTheSameNumberOfQueriesWhateverTheirNumberOfRows()
      throws Exception {
    TestRegion small = fixtures.newRegion();
    long smallPlan = fixtures.createMasterplan(small.id());
    budgeted(small, smallPlan, 2, 1);
    TestRegion large = fixtures.newRegion();
    long largePlan = fixtures.createMasterplan(large.id());
    budgeted(large, largePlan, 40, 3);

    for (String page : List.of("/programmes", "/programmes/budget")) {
      int smallQueries = queriesOf(small, "/masterplans/" + smallPlan + page);
      int largeQueries = queriesOf(large, "/masterplans/" + largePlan + page);
      assertThat(largeQueries).as(page).isPositive().isEqualTo(smallQueries);
    }
  }

  private int queriesOf(TestRegion region, String path) throws Exception {
    QueryCounter.reset();
    mvc.perform(get(path).with(region.as(Role.PARTICIPANT).user())).andExpect(status().isOk());
    return QueryCounter.count();
  }

  /** Programmes over all dimensions, each with 10 million rupiah of APBD a year from 2025. */
  private void budgeted(TestRegion region, long plan, int count, int years) {
    Dimension[] dimensions = Dimension.values();
    for (int i = 0; i < count; i++) {
      List<BudgetItem> budget = new ArrayList<>();
      for (int y = 0; y < years; y++) {
        budget.add(new BudgetItem(2025 + y, "APBD", new BigDecimal("10000000")));
      }
      portfolio.create(
          region.id(),
          plan,
          new ProgrammeCommand(
              "B-" + i,
              "Program anggaran " + i,
              dimensions[i % dimensions.length],
              null,
              null,
              null,
              null,
              null,
              Horizon.MEDIUM,
              2025,
              2027,
              region.opd().id(),
              false,
              null,
              null,
              null,
              List.of(),
              List.of(),
              List.of(),
              budget,
              List.of(),
              List.of()));
    }
  }

  @Test
  void theProgrammeFormReadsTheCodesForDependenciesInOneQueryWhateverTheNumberOfProgrammes()
      throws Exception {
    TestRegion small = fixtures.newRegion();
    long smallPlan = fixtures.createMasterplan(small.id());
    long smallOne = programmes.createProgramme(small.id(), smallPlan, small.opd().id());
    TestRegion large = fixtures.newRegion();
    long largePlan = fixtures.createMasterplan(large.id());
    long largeOne = programmes.createProgramme(large.id(), largePlan, large.opd().id());
    // more than one page of the catalogue (200), which the form used to read page by page
    for (int i = 0; i < 210; i++) {
      programmes.createProgramme(large.id(), largePlan, large.opd().id());
    }

    QueryCounter.reset();
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                    "/masterplans/{m}/programmes/{id}/edit", smallPlan, smallOne)
                .with(small.as(id.rancang.identity.Role.EDITOR).user()))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
    int smallQueries = QueryCounter.count();
    QueryCounter.reset();
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                    "/masterplans/{m}/programmes/{id}/edit", largePlan, largeOne)
                .with(large.as(id.rancang.identity.Role.EDITOR).user()))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
    int largeQueries = QueryCounter.count();

    assertThat(largeQueries).isEqualTo(smallQueries);
    java.util.Map<Long, String> codes = portfolio.codes(large.id(), largePlan);
    assertThat(codes).hasSize(211).containsKey(largeOne);
    assertThat(new java.util.ArrayList<>(codes.values()))
        .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER)
        .doesNotContainAnyElementsOf(portfolio.codes(small.id(), smallPlan).values());
  }
}
