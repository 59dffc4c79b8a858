package id.rancang.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.rancang.identity.Role;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@RancangIntegrationTest
class RpjmdWebTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired RpjmdPlan plan;
  @Autowired JdbcClient jdbc;

  // --- API ------------------------------------------------------------------------------------

  @Test
  void theRpjmdIsEnteredAndChangedThroughTheApiWithItsVersion() throws Exception {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    String path = "/api/v1/masterplans/" + masterplan + "/rpjmd";

    mvc.perform(get(path).with(region.as(Role.PARTICIPANT).bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.header").value(Matchers.nullValue()))
        .andExpect(jsonPath("$.items").isEmpty());

    String body =
        """
        {"startYear":2019,"endYear":2024,"vision":"%s","regulation":"Perda 5/2019"%s}""";
    mvc.perform(json(put(path), region, Role.EDITOR, body.formatted("Tegal sejahtera", "")))
        .andExpect(status().isCreated())
        .andExpect(header().string("ETag", "\"0\""))
        .andExpect(jsonPath("$.vision").value("Tegal sejahtera"));
    // someone else who also believed there was none
    mvc.perform(json(put(path), region, Role.REGION_ADMIN, body.formatted("Lain", "")))
        .andExpect(status().isConflict());
    mvc.perform(
            json(put(path), region, Role.REGION_ADMIN, body.formatted("Tegal mandiri", ""))
                .header("If-Match", "\"0\""))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(1));
    mvc.perform(json(put(path), region, Role.EDITOR, body.formatted("Basi", ",\"version\":0")))
        .andExpect(status().isConflict());
    mvc.perform(
            json(
                    put(path),
                    region,
                    Role.EDITOR,
                    """
                {"startYear":2019,"endYear":2029,"vision":"Terlalu lama","version":1}""")
                .header("Accept-Language", "en"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("endYear"))
        .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("11 years")));

    mvc.perform(get(path).with(region.as(Role.REVIEWER).bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.header.vision").value("Tegal mandiri"))
        .andExpect(jsonPath("$.header.endYear").value(2024));
  }

  @Test
  void itemsAreAddedReadChangedMovedAndDeletedThroughTheApi() throws Exception {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    String items = "/api/v1/masterplans/" + masterplan + "/rpjmd/items";

    String missionLocation =
        mvc.perform(
                json(
                    post(items),
                    region,
                    Role.EDITOR,
                    "{\"kind\":\"MISSION\",\"code\":\"M1\",\"statement\":\"Tata kelola\"}"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.parentId").value(Matchers.nullValue()))
            .andReturn()
            .getResponse()
            .getHeader("Location");
    assertThat(missionLocation).startsWith(items + "/");
    long mission = Long.parseLong(missionLocation.substring(items.length() + 1));
    long goal1 = addGoal(region, items, mission, "T1.1");
    long goal2 = addGoal(region, items, mission, "T1.2");

    mvc.perform(get(items).with(region.as(Role.OPD_CONTRIBUTOR).bearer()))
        .andExpect(status().isOk())
        .andExpect(header().string("X-Total-Count", "3"))
        .andExpect(jsonPath("$[*].code").value(Matchers.contains("M1", "T1.1", "T1.2")));
    mvc.perform(get(items + "/" + goal1).with(region.as(Role.PARTICIPANT).bearer()))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"0\""))
        .andExpect(jsonPath("$.kind").value("GOAL"))
        .andExpect(jsonPath("$.parentId").value(mission));

    String change =
        """
        {"kind":"GOAL","parentId":%d,"code":"T1.1","statement":"Pelayanan prima"%s}""";
    mvc.perform(json(put(items + "/" + goal1), region, Role.EDITOR, change.formatted(mission, "")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("version"));
    mvc.perform(
            json(put(items + "/" + goal1), region, Role.EDITOR, change.formatted(mission, ""))
                .header("If-Match", "\"0\""))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.statement").value("Pelayanan prima"))
        .andExpect(jsonPath("$.version").value(1));

    mvc.perform(
            post(items + "/" + goal2 + "/move")
                .param("direction", "up")
                .param("version", "0")
                .with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(1));
    mvc.perform(
            post(items + "/" + goal2 + "/move")
                .param("direction", "sideways")
                .param("version", "1")
                .with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isBadRequest());
    mvc.perform(get(items).with(region.as(Role.EDITOR).bearer()))
        .andExpect(jsonPath("$[*].code").value(Matchers.contains("M1", "T1.2", "T1.1")));

    mvc.perform(
            delete(items + "/" + mission)
                .header("Accept-Language", "en")
                .with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[0].message")
                .value("M1 still has 2 goals: delete or move them first."));
    mvc.perform(delete(items + "/" + goal1).with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isNoContent());
    mvc.perform(get(items + "/" + goal1).with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isNotFound());
  }

  @Test
  void theApiRefusesToDeleteAnItemLinkedToSmartCityItemsAndSaysHowMany() throws Exception {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    long mission = fixtures.createRpjmdItem(region.id(), masterplan);
    for (int i = 0; i < 3; i++) {
      long smartItem =
          jdbc.sql(
                  "insert into strategy_item (region_id, masterplan_id, kind, statement)"
                      + " values (?, ?, 'MISSION', 'Misi smart city') returning id")
              .params(region.id(), masterplan)
              .query(Long.class)
              .single();
      jdbc.sql("insert into strategy_item_rpjmd (item_id, rpjmd_item_id) values (?, ?)")
          .params(smartItem, mission)
          .update();
    }

    mvc.perform(
            delete("/api/v1/masterplans/" + masterplan + "/rpjmd/items/" + mission)
                .header("Accept-Language", "en")
                .with(region.as(Role.REGION_ADMIN).bearer()))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[0].message")
                .value(Matchers.containsString("is linked to 3 smart-city items")));
    assertThat(plan.items(region.id(), masterplan)).hasSize(1);
  }

  @Test
  void anotherRegionsItemIsNotFoundAndCannotBecomeAParent() throws Exception {
    TestRegion mine = fixtures.newRegion();
    TestRegion other = fixtures.newRegion();
    long myMasterplan = fixtures.createMasterplan(mine.id());
    long theirMasterplan = fixtures.createMasterplan(other.id());
    long theirMission = fixtures.createRpjmdItem(other.id(), theirMasterplan);

    mvc.perform(
            json(
                    post("/api/v1/masterplans/" + myMasterplan + "/rpjmd/items"),
                    mine,
                    Role.EDITOR,
                    "{\"kind\":\"GOAL\",\"parentId\":%d,\"code\":\"T1\",\"statement\":\"Tujuan\"}"
                        .formatted(theirMission))
                .header("Accept-Language", "en"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("parentId"))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value(Matchers.containsString("not found in this masterplan")));
    mvc.perform(
            get("/api/v1/masterplans/" + myMasterplan + "/rpjmd/items/" + theirMission)
                .with(mine.as(Role.EDITOR).bearer()))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/api/v1/masterplans/" + theirMasterplan + "/rpjmd")
                .with(mine.as(Role.REGION_ADMIN).bearer()))
        .andExpect(status().isNotFound());
    assertThat(plan.items(mine.id(), myMasterplan)).isEmpty();
  }

  // --- pages ----------------------------------------------------------------------------------

  @Test
  void aReaderSeesTheEmptyStateAndNoEditingControls() throws Exception {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());

    Document page =
        page(
            get("/masterplans/" + masterplan + "/rpjmd")
                .param("lang", "en")
                .with(region.as(Role.PARTICIPANT).user()));

    assertThat(page.text()).contains("No RPJMD entered yet.", "No missions yet.");
    assertThat(page.select("main form[method=post]")).isEmpty();
    assertThat(page.select("main")).hasSize(1);
    assertThat(page.select("a[href$=/rpjmd/items/new]")).isEmpty();

    Document editorsPage =
        page(
            get("/masterplans/" + masterplan + "/rpjmd")
                .param("lang", "en")
                .with(region.as(Role.EDITOR).user()));
    assertThat(editorsPage.select("form[action$=/rpjmd] textarea[name=vision]")).hasSize(1);
    assertThat(editorsPage.select("a[href$=/rpjmd/items/new]").text()).isEqualTo("New mission");

    Document masterplanPage =
        page(get("/masterplans/" + masterplan).with(region.as(Role.PARTICIPANT).user()));
    assertThat(masterplanPage.select("a[href=/masterplans/" + masterplan + "/rpjmd]")).hasSize(1);
  }

  @Test
  void thePageNestsTargetsInGoalsInMissionsWithTheirCodes() throws Exception {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    plan.save(region.id(), masterplan, new RpjmdCommand(2019, 2024, "Tegal sejahtera", null), null);
    RpjmdItem m1 = add(region, masterplan, RpjmdItemKind.MISSION, null, "M1");
    RpjmdItem t11 = add(region, masterplan, RpjmdItemKind.GOAL, m1.id(), "T1.1");
    RpjmdItem s111 = add(region, masterplan, RpjmdItemKind.TARGET, t11.id(), "S1.1.1");
    RpjmdItem m2 = add(region, masterplan, RpjmdItemKind.MISSION, null, "M2");

    Document page =
        page(get("/masterplans/" + masterplan + "/rpjmd").with(region.as(Role.EDITOR).user()));

    assertThat(page.text()).contains("2019-2024", "Tegal sejahtera");
    assertThat(
            page.select(
                "li#item-%d > ol > li#item-%d > ol > li#item-%d"
                    .formatted(m1.id(), t11.id(), s111.id())))
        .hasSize(1);
    assertThat(page.select("li#item-" + s111.id() + " > strong").text()).isEqualTo("S1.1.1");
    assertThat(page.select("li#item-" + s111.id() + " > span:not(.badge)").text())
        .isEqualTo("Pernyataan S1.1.1");
    // the first mission cannot move up, the last cannot move down; a target gets no add-child
    assertThat(page.select("li#item-" + m1.id() + " > .actions button[disabled]")).hasSize(1);
    assertThat(
            page.select(
                "li#item-" + m1.id() + " > .actions form:has(input[value=up]) button[disabled]"))
        .hasSize(1);
    assertThat(
            page.select(
                "li#item-" + m2.id() + " > .actions form:has(input[value=down]) button[disabled]"))
        .hasSize(1);
    assertThat(page.select("li#item-" + m2.id() + " > .actions button[disabled]")).hasSize(1);
    assertThat(page.select("li#item-" + t11.id() + " > .actions a[href*=parent=" + t11.id() + "]"))
        .hasSize(1);
    assertThat(page.select("li#item-" + s111.id() + " > .actions a[href*=parent=]")).isEmpty();
    assertThat(page.select("li#item-" + s111.id() + " form[action$=/delete][data-confirm]"))
        .hasSize(1);
  }

  @Test
  void anEditorAddsAGoalUnderAMissionFromItsAddChildForm() throws Exception {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    RpjmdItem m1 = add(region, masterplan, RpjmdItemKind.MISSION, null, "M1");

    Document form =
        page(
            get("/masterplans/" + masterplan + "/rpjmd/items/new")
                .param("parent", Long.toString(m1.id()))
                .with(region.as(Role.EDITOR).user()));
    assertThat(form.select("select[name=kind] option[selected]").val()).isEqualTo("GOAL");
    assertThat(form.select("select[name=parentId] option[selected]").val())
        .isEqualTo(Long.toString(m1.id()));

    mvc.perform(
            post("/masterplans/" + masterplan + "/rpjmd/items")
                .param("kind", "GOAL")
                .param("parentId", "")
                .param("code", "T1.1")
                .param("statement", "Pelayanan publik prima")
                .param("lang", "en")
                .with(region.as(Role.EDITOR).user())
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(
            result ->
                assertThat(
                        Jsoup.parse(result.getResponse().getContentAsString())
                            .select("#parentId-error")
                            .text())
                    .isEqualTo("A goal must belong to a mission."));
    assertThat(plan.items(region.id(), masterplan)).hasSize(1);

    mvc.perform(
            post("/masterplans/" + masterplan + "/rpjmd/items")
                .param("kind", "GOAL")
                .param("parentId", Long.toString(m1.id()))
                .param("code", "T1.1")
                .param("statement", "Pelayanan publik prima")
                .with(region.as(Role.EDITOR).user())
                .with(csrf()))
        .andExpect(status().isFound())
        .andExpect(flash().attribute("flash", Matchers.containsString("T1.1")));
    assertThat(plan.items(region.id(), masterplan))
        .extracting(RpjmdItem::code, RpjmdItem::parentId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("M1", null),
            org.assertj.core.groups.Tuple.tuple("T1.1", m1.id()));
  }

  @Test
  void deletingAMissionWithGoalsShowsTheRefusalAndKeepsIt() throws Exception {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    RpjmdItem m1 = add(region, masterplan, RpjmdItemKind.MISSION, null, "M1");
    add(region, masterplan, RpjmdItemKind.GOAL, m1.id(), "T1.1");

    mvc.perform(
            post("/masterplans/" + masterplan + "/rpjmd/items/" + m1.id() + "/delete")
                .param("lang", "en")
                .with(region.as(Role.EDITOR).user())
                .with(csrf()))
        .andExpect(status().isFound())
        .andExpect(
            flash().attribute("flashError", "M1 still has 1 goal: delete or move them first."));
    assertThat(plan.items(region.id(), masterplan)).hasSize(2);
  }

  @Test
  void aStaleSaveOfTheRpjmdKeepsWhatThePersonTypedAndShowsTheOtherPersonsValues() throws Exception {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    plan.save(region.id(), masterplan, new RpjmdCommand(2019, 2024, "Visi awal", null), null);
    plan.save(region.id(), masterplan, new RpjmdCommand(2019, 2024, "Visi mereka", null), 0);

    Document page =
        page(
            post("/masterplans/" + masterplan + "/rpjmd")
                .param("startYear", "2020")
                .param("endYear", "2025")
                .param("vision", "Visi saya")
                .param("version", "0")
                .with(region.as(Role.EDITOR).user())
                .with(csrf()));

    assertThat(page.select("textarea[name=vision]").text()).isEqualTo("Visi saya");
    assertThat(page.select("input[name=startYear]").val()).isEqualTo("2020");
    assertThat(page.select(".form-errors[role=alert] dd").eachText()).contains("Visi mereka");
    // a second save replaces theirs knowingly
    assertThat(page.select("input[type=hidden][name=version]").val()).isEqualTo("1");
    assertThat(plan.find(region.id(), masterplan).orElseThrow().vision()).isEqualTo("Visi mereka");
  }

  @Test
  void aStaleSaveOfAnItemKeepsWhatThePersonTypedAndShowsTheOtherPersonsValues() throws Exception {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    RpjmdItem m1 = add(region, masterplan, RpjmdItemKind.MISSION, null, "M1");
    plan.updateItem(
        region.id(),
        masterplan,
        m1.id(),
        new RpjmdItemCommand(RpjmdItemKind.MISSION, null, "M1", "Rumusan mereka"),
        0);

    Document page =
        page(
            post("/masterplans/" + masterplan + "/rpjmd/items/" + m1.id())
                .param("kind", "MISSION")
                .param("parentId", "")
                .param("code", "M1")
                .param("statement", "Rumusan saya")
                .param("version", "0")
                .with(region.as(Role.EDITOR).user())
                .with(csrf()));

    assertThat(page.select("textarea[name=statement]").text()).isEqualTo("Rumusan saya");
    assertThat(page.select(".form-errors[role=alert] dd").eachText()).contains("Rumusan mereka");
    assertThat(page.select("input[type=hidden][name=version]").val()).isEqualTo("1");
    assertThat(plan.item(region.id(), masterplan, m1.id()).statement()).isEqualTo("Rumusan mereka");
  }

  @Test
  void theImportPageListsEveryProblemOfARejectedFile() throws Exception {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    String csv =
        """
        jenis,kode,induk,pernyataan
        MISI,M1,,Tata kelola
        TUJUAN,T1.1,,Tanpa induk
        SASARAN,S1,X,Induk tak dikenal
        """;

    Document page =
        page(
            multipart("/masterplans/" + masterplan + "/rpjmd/import")
                .file(
                    new MockMultipartFile(
                        "file", "rpjmd.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .param("lang", "en")
                .with(region.as(Role.EDITOR).user())
                .with(csrf()));

    assertThat(page.select(".form-errors tbody tr")).hasSize(2);
    assertThat(page.select(".form-errors tbody tr td:eq(0)").eachText()).containsExactly("3", "4");
    assertThat(page.select(".form-errors tbody tr td:eq(1)").eachText())
        .containsExactly("induk", "induk");
    assertThat(page.text()).contains("Parent X is neither in the file nor in the RPJMD.");
    assertThat(plan.items(region.id(), masterplan)).isEmpty();
  }

  // --- helpers --------------------------------------------------------------------------------

  private RpjmdItem add(
      TestRegion region, long masterplan, RpjmdItemKind kind, Long parent, String code) {
    return plan.addItem(
        region.id(), masterplan, new RpjmdItemCommand(kind, parent, code, "Pernyataan " + code));
  }

  private long addGoal(TestRegion region, String items, long mission, String code)
      throws Exception {
    String body =
        mvc.perform(
                json(
                    post(items),
                    region,
                    Role.REGION_ADMIN,
                    "{\"kind\":\"GOAL\",\"parentId\":%d,\"code\":\"%s\",\"statement\":\"Tujuan\"}"
                        .formatted(mission, code)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return Long.parseLong(body.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
  }

  private static MockHttpServletRequestBuilder json(
      MockHttpServletRequestBuilder request, TestRegion region, Role role, String body) {
    return request
        .contentType(MediaType.APPLICATION_JSON)
        .content(body)
        .with(region.as(role).bearer());
  }

  private Document page(RequestBuilder request) throws Exception {
    String html =
        mvc.perform(request)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    return Jsoup.parse(html);
  }
}
