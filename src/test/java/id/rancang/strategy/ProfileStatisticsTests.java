package id.rancang.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.rancang.identity.Role;
import id.rancang.shared.InvalidInputException;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

@RancangIntegrationTest
class ProfileStatisticsTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired ProfileStatistics statistics;

  @Test
  void aStatisticIsCreatedReadChangedAndDeletedThroughTheApi() throws Exception {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    String base = "/api/v1/masterplans/" + masterplan + "/profile-stats";
    String body =
        """
        {"name":"Jumlah penduduk","value":1623595,"unit":"jiwa","year":2023,"source":"BPS",
         "breakdown":[{"label":"Slawi","value":75000},{"label":"Adiwerna","value":128000.5}]}""";

    String location =
        mvc.perform(
                post(base)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body)
                    .with(region.as(Role.EDITOR).bearer()))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.name").value("Jumlah penduduk"))
            .andExpect(jsonPath("$.value").value(1623595))
            .andExpect(jsonPath("$.breakdown.length()").value(2))
            .andExpect(jsonPath("$.breakdown[1].label").value("Adiwerna"))
            .andExpect(jsonPath("$.breakdown[1].value").value(128000.5))
            .andExpect(jsonPath("$.version").value(0))
            .andReturn()
            .getResponse()
            .getHeader("Location");
    assertThat(location).startsWith(base + "/");

    mvc.perform(get(base).with(region.as(Role.PARTICIPANT).bearer()))
        .andExpect(status().isOk())
        .andExpect(header().string("X-Total-Count", "1"))
        .andExpect(jsonPath("$").isArray())
        .andExpect(jsonPath("$[0].unit").value("jiwa"));

    mvc.perform(get(location).with(region.as(Role.REVIEWER).bearer()))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"0\""))
        .andExpect(jsonPath("$.year").value(2023));

    mvc.perform(
            put(location)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"name":"Jumlah penduduk","value":1630000,"unit":"jiwa","year":2023,
                     "source":"BPS 2024","version":0}""")
                .with(region.as(Role.REGION_ADMIN).bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.value").value(1630000))
        .andExpect(jsonPath("$.breakdown.length()").value(0))
        .andExpect(jsonPath("$.version").value(1));

    mvc.perform(
            put(location)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"name":"Jumlah penduduk","value":1,"unit":"jiwa","year":2023,"source":"BPS"}""")
                .with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isBadRequest());

    mvc.perform(delete(location).with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isNoContent());
    mvc.perform(get(location).with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isNotFound());
  }

  @Test
  void missingFieldsAndADuplicateNameAndYearAreRefused() throws Exception {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    String base = "/api/v1/masterplans/" + masterplan + "/profile-stats";
    String body =
        """
        {"name":"IPM","value":71.5,"unit":"indeks","year":2023,"source":"BPS"}""";
    mvc.perform(
            post(base)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isCreated());

    mvc.perform(
            post(base)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.replace("IPM", "ipm"))
                .header("Accept-Language", "en")
                .with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(Matchers.containsString("already exists")));

    mvc.perform(
            post(base)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Luas\",\"value\":10,\"year\":1800,\"source\":\"BPS\"}")
                .with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(Matchers.containsString("unit")))
        .andExpect(content().string(Matchers.containsString("year")));
  }

  @Test
  void aStaleVersionIsAConflict() throws Exception {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    ProfileStat stat = statistics.create(region.id(), masterplan, command("Luas wilayah", "879.7"));
    String path = "/api/v1/masterplans/" + masterplan + "/profile-stats/" + stat.id();
    String body =
        """
        {"name":"Luas wilayah","value":880,"unit":"km2","year":2023,"source":"BPS","version":0}""";

    mvc.perform(
            put(path)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isOk());
    mvc.perform(
            put(path)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.replace("880", "881"))
                .with(region.as(Role.REGION_ADMIN).bearer()))
        .andExpect(status().isConflict());

    assertThat(statistics.get(region.id(), masterplan, stat.id()).value())
        .isEqualByComparingTo("880");
  }

  @Test
  void aFileWithGoodAndBadRowsImportsNothingAndNamesEveryProblem() throws Exception {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    String csv =
        """
        nama,nilai,satuan,tahun,sumber,rincian
        Jumlah penduduk,1623595,jiwa,2023,BPS,Slawi=75000; Adiwerna=128000
        Jumlah penduduk miskin,1.623.595,jiwa,2023,BPS,
        Luas wilayah,879.7,,2023,BPS,
        Tingkat pengangguran,"6,2",persen,1800,BPS,
        IPM,banyak,indeks,2023,BPS,
        Penetrasi internet,70,persen,2023,BPS,Slawi=tinggi
        Jumlah penduduk,1,jiwa,2023,BPS,
        """;

    mvc.perform(importRequest(region, masterplan, "profil.csv", csv))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors.length()").value(6))
        .andExpect(jsonPath("$.errors[0].row").value(3))
        .andExpect(jsonPath("$.errors[0].column").value("nilai"))
        .andExpect(
            jsonPath("$.errors[0].message").value(Matchers.containsString("thousands separators")))
        .andExpect(jsonPath("$.errors[1].row").value(4))
        .andExpect(jsonPath("$.errors[1].column").value("satuan"))
        .andExpect(jsonPath("$.errors[1].message").value(Matchers.containsString("Required")))
        .andExpect(jsonPath("$.errors[2].row").value(5))
        .andExpect(jsonPath("$.errors[2].column").value("tahun"))
        .andExpect(jsonPath("$.errors[2].message").value(Matchers.containsString("1900")))
        .andExpect(jsonPath("$.errors[3].row").value(6))
        .andExpect(jsonPath("$.errors[3].column").value("nilai"))
        .andExpect(jsonPath("$.errors[3].message").value(Matchers.containsString("not a number")))
        .andExpect(jsonPath("$.errors[4].row").value(7))
        .andExpect(jsonPath("$.errors[4].column").value("rincian"))
        .andExpect(jsonPath("$.errors[4].message").value(Matchers.containsString("tinggi")))
        .andExpect(jsonPath("$.errors[5].row").value(8))
        .andExpect(jsonPath("$.errors[5].column").value("nama"))
        .andExpect(jsonPath("$.errors[5].message").value(Matchers.containsString("row 2")));

    assertThat(statistics.list(region.id(), masterplan)).isEmpty();
  }

  @Test
  void reImportingTheSameNameAndYearUpdatesInsteadOfDuplicating() throws Exception {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    String first =
        """
        name;value;unit;year;source;breakdown
        Jumlah penduduk;1623595;jiwa;2023;BPS;Slawi=75000; Adiwerna=128000
        IPM;71,5;indeks;2023;BPS;
        """;
    mvc.perform(importRequest(region, masterplan, "profile.csv", first))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(2))
        .andExpect(jsonPath("$.updated").value(0));

    String second =
        """
        nama,nilai,satuan,tahun,sumber
        jumlah penduduk,1630000,jiwa,2023,BPS 2024
        IPM,72.1,indeks,2024,BPS
        """;
    mvc.perform(importRequest(region, masterplan, "profile.csv", second))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(1))
        .andExpect(jsonPath("$.updated").value(1));

    List<ProfileStat> stats = statistics.list(region.id(), masterplan);
    assertThat(stats).hasSize(3);
    ProfileStat population = stats.get(0);
    assertThat(population.name()).isEqualTo("jumlah penduduk");
    assertThat(population.value()).isEqualByComparingTo("1630000");
    assertThat(population.source()).isEqualTo("BPS 2024");
    assertThat(population.version()).isEqualTo(1);
    assertThat(stats.get(1).value()).isEqualByComparingTo("71.5");
    assertThat(stats.get(2).year()).isEqualTo(2024);
  }

  @Test
  void aMasterplanOfAnotherRegionIsNotFound() throws Exception {
    TestRegion mine = fixtures.newRegion();
    TestRegion other = fixtures.newRegion();
    long otherMasterplan = fixtures.createMasterplan(other.id());
    ProfileStat stat =
        statistics.create(other.id(), otherMasterplan, command("Jumlah penduduk", "1000"));

    mvc.perform(
            get("/api/v1/masterplans/" + otherMasterplan + "/profile-stats")
                .with(mine.as(Role.REGION_ADMIN).bearer()))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/api/v1/masterplans/" + otherMasterplan + "/profile-stats/" + stat.id())
                .with(mine.as(Role.EDITOR).bearer()))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/masterplans/" + otherMasterplan + "/profile").with(mine.as(Role.EDITOR).user()))
        .andExpect(status().isNotFound());

    long myMasterplan = fixtures.createMasterplan(mine.id());
    assertThatThrownBy(() -> statistics.get(mine.id(), myMasterplan, stat.id()))
        .isInstanceOf(id.rancang.shared.NotFoundException.class);
    assertThatThrownBy(() -> statistics.list(mine.id(), otherMasterplan))
        .isInstanceOf(id.rancang.shared.NotFoundException.class);
  }

  @Test
  void theDetailPageDrawsTheBreakdownAsBarsWithATextAlternative() throws Exception {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    ProfileStat stat =
        statistics.create(
            region.id(),
            masterplan,
            new ProfileStatCommand(
                "Jumlah penduduk",
                new BigDecimal("203000"),
                "jiwa",
                2023,
                "BPS",
                List.of(
                    new BreakdownItem("Slawi", new BigDecimal("75000")),
                    new BreakdownItem("Adiwerna", new BigDecimal("150000")))));

    String html =
        mvc.perform(
                get("/masterplans/" + masterplan + "/profile/" + stat.id())
                    .header("Accept-Language", "id")
                    .with(region.as(Role.PARTICIPANT).user()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);

    assertThat(html).contains("<svg", "<title id=\"chart-title\"", "<caption");
    assertThat(html).contains("width=\"25.00%\"", "width=\"50.00%\"");
    assertThat(html).contains("150.000");
  }

  @Test
  void valuesAreReadOnlyWhenTheyAreUnambiguous() {
    assertThat(ProfileStatistics.parseValue("1623595")).isEqualByComparingTo("1623595");
    assertThat(ProfileStatistics.parseValue(" 71.5 ")).isEqualByComparingTo("71.5");
    assertThat(ProfileStatistics.parseValue("0,72")).isEqualByComparingTo("0.72");
    assertThat(ProfileStatistics.parseValue("-2.25")).isEqualByComparingTo("-2.25");
    for (String ambiguous : List.of("1.623.595", "1,623,595", "1.623,5", "1,623.5")) {
      assertThatThrownBy(() -> ProfileStatistics.parseValue(ambiguous))
          .as(ambiguous)
          .isInstanceOf(InvalidInputException.class)
          .satisfies(
              e ->
                  assertThat(((InvalidInputException) e).problems().get(0).messageKey())
                      .isEqualTo("strategy.profile.value.separators"));
    }
    for (String wrong : List.of("abc", "12%", "1e5", "1.2.3.4.5", "1,2,3", ".5", "Rp 100")) {
      assertThatThrownBy(() -> ProfileStatistics.parseValue(wrong))
          .as(wrong)
          .isInstanceOf(InvalidInputException.class)
          .satisfies(
              e ->
                  assertThat(((InvalidInputException) e).problems().get(0).messageKey())
                      .isEqualTo("strategy.profile.value.invalid"));
    }
    assertThat(ProfileStatistics.parseBreakdown("Slawi=75000; Adiwerna = 1,5\nTegal=2"))
        .containsExactly(
            new BreakdownItem("Slawi", new BigDecimal("75000")),
            new BreakdownItem("Adiwerna", new BigDecimal("1.5")),
            new BreakdownItem("Tegal", new BigDecimal("2")));
    assertThatThrownBy(() -> ProfileStatistics.parseBreakdown("Slawi 75000"))
        .isInstanceOf(InvalidInputException.class);
  }

  private static ProfileStatCommand command(String name, String value) {
    return new ProfileStatCommand(name, new BigDecimal(value), "km2", 2023, "BPS", List.of());
  }

  private RequestBuilder importRequest(
      TestRegion region, long masterplan, String filename, String csv) {
    return multipart("/api/v1/masterplans/" + masterplan + "/profile-stats/import")
        .file(
            new MockMultipartFile(
                "file", filename, "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
        .header("Accept-Language", "en")
        .with(region.as(Role.EDITOR).bearer());
  }
}
