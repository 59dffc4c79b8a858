package id.rancang.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.Person;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RancangIntegrationTest
class AuditTrailTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;

  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  void creatingChangingAndDeletingAnOpdRecordsWhoWhenWhatAndTheValuesBeforeAndAfter()
      throws Exception {
    TestRegion region = fixtures.newRegion();
    Person editor = region.as(Role.EDITOR);
    Person admin = region.as(Role.REGION_ADMIN);
    OffsetDateTime start = OffsetDateTime.now().minusSeconds(2);

    long id =
        json.readTree(
                mvc.perform(
                        post(opds(region))
                            .with(editor.bearer())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(
                                """
                                {"name": "Dinas Kearsipan", "abbreviation": "Arsip",
                                 "headName": "Ibu Sri"}"""))
                    .andExpect(status().isCreated())
                    .andReturn()
                    .getResponse()
                    .getContentAsString())
            .get("id")
            .asLong();
    mvc.perform(
            put(opds(region) + "/" + id)
                .with(admin.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"name": "Dinas Kearsipan", "abbreviation": "Arsip", "headName": "Bapak Joko",
                     "version": 0}"""))
        .andExpect(status().isOk());
    mvc.perform(delete(opds(region) + "/" + id).with(editor.bearer()))
        .andExpect(status().isNoContent());
    OffsetDateTime end = OffsetDateTime.now().plusSeconds(2);

    List<JsonNode> entries =
        history(
            region,
            region.as(Role.REVIEWER),
            opdHistory(id),
            header().string("X-Total-Count", "3"));

    assertThat(entries)
        .extracting(e -> e.get("action").asString())
        .containsExactly("DELETED", "UPDATED", "CREATED");
    assertThat(entries)
        .extracting(e -> e.get("actorEmail").asString())
        .containsExactly(editor.email(), admin.email(), editor.email());
    assertThat(entries)
        .allSatisfy(
            e -> {
              assertThat(e.get("recordType").asString()).isEqualTo("opd");
              assertThat(e.get("recordId").asLong()).isEqualTo(id);
            });
    List<OffsetDateTime> times = new ArrayList<>();
    for (JsonNode entry : entries) {
      times.add(OffsetDateTime.parse(entry.get("occurredAt").asString()));
    }
    assertThat(times).allSatisfy(t -> assertThat(t).isBetween(start, end));
    assertThat(times.get(0)).isAfterOrEqualTo(times.get(1));
    assertThat(times.get(1)).isAfterOrEqualTo(times.get(2));

    JsonNode deleted = entries.get(0);
    assertThat(state(deleted, "before").get("headName").asString()).isEqualTo("Bapak Joko");
    assertThat(state(deleted, "after")).isNull();
    JsonNode updated = entries.get(1);
    assertThat(state(updated, "before").get("headName").asString()).isEqualTo("Ibu Sri");
    assertThat(state(updated, "after").get("headName").asString()).isEqualTo("Bapak Joko");
    assertThat(state(updated, "after").get("abbreviation").asString()).isEqualTo("Arsip");
    JsonNode created = entries.get(2);
    assertThat(state(created, "before")).isNull();
    assertThat(state(created, "after").get("name").asString()).isEqualTo("Dinas Kearsipan");
    assertThat(state(created, "after").get("headName").asString()).isEqualTo("Ibu Sri");
  }

  @Test
  void theHistoryComesInPagesNewestFirst() throws Exception {
    TestRegion region = fixtures.newRegion();
    long id = region.opd().id();
    for (int version = 0; version < 3; version++) {
      mvc.perform(
              put(opds(region) + "/" + id)
                  .with(region.as(Role.EDITOR).bearer())
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(
                      """
                      {"name": "%s", "abbreviation": "%s", "headName": "Kepala %d",
                       "version": %d}"""
                          .formatted(
                              region.opd().name(), region.opd().abbreviation(), version, version)))
          .andExpect(status().isOk());
    }

    List<JsonNode> firstPage =
        history(
            region,
            region.as(Role.REGION_ADMIN),
            opdHistory(id) + "&size=2&page=0",
            header().string("X-Total-Count", "4"));

    assertThat(firstPage).hasSize(2);
    assertThat(state(firstPage.get(0), "after").get("headName").asString()).isEqualTo("Kepala 2");
    assertThat(state(firstPage.get(1), "after").get("headName").asString()).isEqualTo("Kepala 1");
  }

  @Test
  void anotherRegionsAdministratorGetsNotFoundForTheHistory() throws Exception {
    TestRegion region = fixtures.newRegion();
    TestRegion other = fixtures.newRegion();

    mvc.perform(
            get(auditPath(region, opdHistory(region.opd().id())))
                .with(other.as(Role.REGION_ADMIN).bearer()))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void entriesOfOneRegionAreNeverShownInAnotherEvenForTheSameRecordTypeAndId() throws Exception {
    TestRegion a = fixtures.newRegion();
    TestRegion b = fixtures.newRegion();
    long id = a.opd().id();

    assertThat(
            history(
                b, b.as(Role.REGION_ADMIN), opdHistory(id), header().string("X-Total-Count", "0")))
        .isEmpty();

    jdbc.sql(
            """
            insert into audit_entry (region_id, actor_email, record_type, record_id, action,
              after_state)
            values (?, 'lain@uji.test', 'opd', ?, 'CREATED', '{"name": "Dinas Lain"}'::jsonb)""")
        .params(b.id(), id)
        .update();

    List<JsonNode> inA =
        history(a, a.as(Role.REGION_ADMIN), opdHistory(id), header().string("X-Total-Count", "1"));
    assertThat(inA).extracting(e -> e.get("actorEmail").asString()).containsExactly("system");
    assertThat(state(inA.get(0), "after").get("name").asString()).isEqualTo(a.opd().name());
    List<JsonNode> inB =
        history(b, b.as(Role.REGION_ADMIN), opdHistory(id), header().string("X-Total-Count", "1"));
    assertThat(inB)
        .extracting(e -> e.get("actorEmail").asString())
        .containsExactly("lain@uji.test");
  }

  private List<JsonNode> history(
      TestRegion region,
      Person caller,
      String query,
      org.springframework.test.web.servlet.ResultMatcher total)
      throws Exception {
    JsonNode body =
        json.readTree(
            mvc.perform(get(auditPath(region, query)).with(caller.bearer()))
                .andExpect(status().isOk())
                .andExpect(total)
                .andReturn()
                .getResponse()
                .getContentAsString());
    List<JsonNode> entries = new ArrayList<>();
    body.forEach(entries::add);
    return entries;
  }

  /** A before/after state of an entry as JSON, or null when the entry has none. */
  private JsonNode state(JsonNode entry, String field) {
    JsonNode value = entry.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    return value.isString() ? json.readTree(value.asString()) : value;
  }

  private static String auditPath(TestRegion region, String query) {
    return "/api/v1/regions/" + region.code() + "/audit?" + query;
  }

  private static String opdHistory(long id) {
    return "recordType=opd&recordId=" + id;
  }

  private static String opds(TestRegion region) {
    return "/api/v1/regions/" + region.code() + "/opds";
  }
}
