package id.rancang.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.rancang.identity.Role;
import id.rancang.support.Fixtures;
import id.rancang.support.RancangIntegrationTest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The six dimensions and 18 elements of the Kominfo framework, shipped and not editable. */
@RancangIntegrationTest
class ReferenceDataTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;

  @Test
  void thereAreSixDimensionsOfThreeElementsEach() {
    assertThat(Dimension.values()).hasSize(6);
    assertThat(Element.values()).hasSize(18);
    assertThat(Dimension.values()).allSatisfy(d -> assertThat(d.elements()).hasSize(3));
  }

  @Test
  void theDatabaseHoldsExactlyTheSameCodesAndNamesAsTheCode() {
    List<String> dimensions =
        jdbc.sql(
                "select code || '|' || name_id || '|' || name_en from smart_dimension order by ordinal")
            .query(String.class)
            .list();
    assertThat(dimensions)
        .containsExactlyElementsOf(
            Arrays.stream(Dimension.values())
                .map(d -> d.name() + "|" + d.nameId() + "|" + d.nameEn())
                .toList());
    List<String> elements =
        jdbc.sql(
                "select code || '|' || dimension_code || '|' || name_id || '|' || name_en"
                    + " from smart_element order by ordinal")
            .query(String.class)
            .list();
    assertThat(elements)
        .containsExactlyElementsOf(
            Arrays.stream(Element.values())
                .map(
                    e ->
                        e.name() + "|" + e.dimension().name() + "|" + e.nameId() + "|" + e.nameEn())
                .toList());
  }

  @Test
  void theElementsAreTheOnesOfTheDomainBrief() {
    Map<Dimension, List<String>> codes =
        Arrays.stream(Element.values())
            .collect(
                Collectors.groupingBy(
                    Element::dimension, Collectors.mapping(Element::name, Collectors.toList())));
    assertThat(codes.get(Dimension.LIVING))
        .containsExactly("SPATIAL_HARMONY", "HEALTH", "MOBILITY");
    assertThat(codes.get(Dimension.ENVIRONMENT)).containsExactly("PROTECTION", "WASTE", "ENERGY");
    assertThat(Element.WASTE.nameId()).isEqualTo("Pengelolaan Sampah dan Limbah");
  }

  @Test
  void everySignedInPersonReadsTheReferenceDataThroughTheApi() throws Exception {
    mvc.perform(get("/api/v1/dimensions").with(fixtures.newRegion().as(Role.PARTICIPANT).bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(6))
        .andExpect(jsonPath("$[0].code").value("GOVERNANCE"))
        .andExpect(jsonPath("$[0].elements[0].code").value("PUBLIC_SERVICE"))
        .andExpect(jsonPath("$[3].elements[1].nameEn").value("Health"));
    mvc.perform(get("/api/v1/dimensions")).andExpect(status().isUnauthorized());
  }

  @Test
  void aMasterplanPathOfAnotherRegionIsNotFound() throws Exception {
    Fixtures.TestRegion mine = fixtures.newRegion();
    Fixtures.TestRegion other = fixtures.newRegion();
    long otherPlan = fixtures.createMasterplan(other.id());

    mvc.perform(
            get("/api/v1/masterplans/" + otherPlan + "/anything")
                .with(mine.as(Role.REGION_ADMIN).bearer()))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/masterplans/abc/anything").with(mine.as(Role.REGION_ADMIN).bearer()))
        .andExpect(status().isNotFound());
  }
}
