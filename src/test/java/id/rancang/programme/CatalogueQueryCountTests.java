package id.rancang.programme;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.shared.PageRequest;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.ProgrammeFixtures;
import id.rancang.support.QueryCounter;
import id.rancang.support.RancangIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The catalogue costs the same queries for a page of 2 programmes as for a page of 40. */
@RancangIntegrationTest
@Import(QueryCounter.class)
class CatalogueQueryCountTests {

  @Autowired Fixtures fixtures;
  @Autowired ProgrammeFixtures programmes;
  @Autowired ProgrammePortfolio portfolio;

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
}
