package id.rancang.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.rancang.identity.Role;
import id.rancang.shared.PageRequest;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RancangIntegrationTest
class StakeholderTests {

  private static final JsonNode ERASED = JsonMapper.builder().build().readTree("{\"erased\":true}");

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired StakeholderRegister stakeholders;
  @Autowired JdbcClient jdbc;

  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  void contactDataWithoutConsentIsRefusedOnConsentGivenAndNothingIsSaved() throws Exception {
    TestRegion region = fixtures.newRegion();

    mvc.perform(
            create(
                region,
                """
                {"kind": "PERSON", "name": "Siti Rahmawati", "pentahelixRole": "COMMUNITY",
                 "email": "siti@example.org"}"""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors.length()").value(1))
        .andExpect(jsonPath("$.errors[0].field").value("consentGiven"))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value("Contact data may only be kept with recorded consent (UU 27/2022)."));
    mvc.perform(
            create(
                region,
                """
                {"kind": "PERSON", "name": "Siti Rahmawati", "pentahelixRole": "COMMUNITY",
                 "phone": "+62 812 3456 7890", "consentGiven": false}"""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("consentGiven"));

    assertThat(stakeholders.search(region.id(), null, null, PageRequest.of(0, 200)).total())
        .isZero();
  }

  @Test
  void contactDataWithConsentIsKeptWithTheConsentTimeItsPurposeAndWhoRecordedIt() throws Exception {
    TestRegion region = fixtures.newRegion();
    OffsetDateTime before = OffsetDateTime.now().minusSeconds(1);

    long id =
        idOf(
            mvc.perform(
                    create(
                        region,
                        """
                        {"kind": "PERSON", "name": "Siti Rahmawati", "pentahelixRole": "COMMUNITY",
                         "email": "siti@example.org", "phone": "0812-3456-7890",
                         "consentGiven": true, "consentPurpose": "Undangan FGD masterplan"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.email").value("siti@example.org"))
                .andExpect(jsonPath("$.consentGiven").value(true))
                .andExpect(jsonPath("$.consentAt", notNullValue()))
                .andExpect(jsonPath("$.consentPurpose").value("Undangan FGD masterplan")));

    Stakeholder kept = stakeholders.get(region.id(), id);
    assertThat(kept.email()).isEqualTo("siti@example.org");
    assertThat(kept.phone()).isEqualTo("0812-3456-7890");
    assertThat(kept.consentAt()).isBetween(before, OffsetDateTime.now().plusSeconds(1));
    assertThat(kept.consentPurpose()).isEqualTo("Undangan FGD masterplan");
    assertThat(kept.consentRecordedBy()).isEqualTo(region.as(Role.EDITOR).email());
  }

  @Test
  void consentWithoutAPurposeIsRefused() throws Exception {
    TestRegion region = fixtures.newRegion();

    mvc.perform(
            create(
                region,
                """
                {"kind": "PERSON", "name": "Siti Rahmawati", "pentahelixRole": "COMMUNITY",
                 "email": "siti@example.org", "consentGiven": true}"""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("consentPurpose"));

    assertThat(stakeholders.search(region.id(), null, null, PageRequest.of(0, 200)).total())
        .isZero();
  }

  @Test
  void withdrawingConsentWhileKeepingTheEmailIsRefusedButWithdrawingItWithTheContactDataWorks()
      throws Exception {
    TestRegion region = fixtures.newRegion();
    Stakeholder person = person(region, "Rudi Hartono", "rudi@example.org");

    mvc.perform(
            update(
                region,
                person.id(),
                """
                {"kind": "PERSON", "name": "Rudi Hartono", "pentahelixRole": "ACADEMIA",
                 "email": "rudi@example.org", "consentGiven": false, "version": 0}"""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("consentGiven"));

    Stakeholder unchanged = stakeholders.get(region.id(), person.id());
    assertThat(unchanged.hasConsent()).isTrue();
    assertThat(unchanged.email()).isEqualTo("rudi@example.org");
    assertThat(unchanged.version()).isZero();

    mvc.perform(
            update(
                region,
                person.id(),
                """
                {"kind": "PERSON", "name": "Rudi Hartono", "pentahelixRole": "ACADEMIA",
                 "consentGiven": false, "version": 0}"""))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.consentGiven").value(false))
        .andExpect(jsonPath("$.email").value(nullValue()));
    Stakeholder withdrawn = stakeholders.get(region.id(), person.id());
    assertThat(withdrawn.consentAt()).isNull();
    assertThat(withdrawn.consentPurpose()).isNull();
    assertThat(withdrawn.consentRecordedBy()).isNull();
  }

  @Test
  void theAccessRequestAnswerHoldsEverythingKeptAboutTheStakeholder() throws Exception {
    TestRegion region = fixtures.newRegion();
    long id =
        idOf(
            mvc.perform(
                    create(
                        region,
                        """
                        {"kind": "PERSON", "name": "Dewi Lestari", "pentahelixRole": "MEDIA",
                         "organisation": "Radar Uji", "position": "Redaktur",
                         "email": "dewi@example.org", "phone": "+62 283 491 234",
                         "consentGiven": true, "consentPurpose": "Liputan konsultasi publik"}"""))
                .andExpect(status().isCreated()));
    Stakeholder kept = stakeholders.get(region.id(), id);

    mvc.perform(
            get(path(region) + "/" + id + "/personal-data").with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.kind").value("PERSON"))
        .andExpect(jsonPath("$.name").value("Dewi Lestari"))
        .andExpect(jsonPath("$.pentahelixRole").value("MEDIA"))
        .andExpect(jsonPath("$.organisation").value("Radar Uji"))
        .andExpect(jsonPath("$.position").value("Redaktur"))
        .andExpect(jsonPath("$.email").value("dewi@example.org"))
        .andExpect(jsonPath("$.phone").value("+62 283 491 234"))
        .andExpect(jsonPath("$.consent").value(true))
        .andExpect(jsonPath("$.consentAt").value(kept.consentAt().toString()))
        .andExpect(jsonPath("$.consentPurpose").value("Liputan konsultasi publik"))
        .andExpect(jsonPath("$.consentRecordedBy").value(region.as(Role.EDITOR).email()));
  }

  @Test
  void erasureRemovesTheStakeholderAndTheirDataInTheHistoryButLeavesOtherStakeholdersHistory()
      throws Exception {
    TestRegion region = fixtures.newRegion();
    Stakeholder erased = person(region, "Agus Salim", "agus@example.org");
    Stakeholder other = person(region, "Bambang Wijaya", "bambang@example.org");
    mvc.perform(
            update(
                region,
                erased.id(),
                """
                {"kind": "PERSON", "name": "Agus Salim", "pentahelixRole": "ACADEMIA",
                 "position": "Dosen", "email": "agus@example.org", "consentGiven": true,
                 "consentPurpose": "Undangan Bimtek", "version": 0}"""))
        .andExpect(status().isOk());
    assertThat(states(erased.id()).toString()).contains("agus@example.org");

    mvc.perform(
            delete(path(region) + "/" + erased.id() + "/personal-data")
                .with(region.as(Role.REGION_ADMIN).bearer()))
        .andExpect(status().isNoContent());

    mvc.perform(get(path(region) + "/" + erased.id()).with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isNotFound());
    List<Map<String, Object>> history = history(erased.id());
    assertThat(history)
        .extracting(e -> e.get("action"))
        .containsExactly("CREATED", "UPDATED", "ERASED");
    for (Map<String, Object> entry : history.subList(0, 2)) {
      String action = (String) entry.get("action");
      if (!action.equals("CREATED")) {
        assertThat(json.readTree((String) entry.get("before"))).as(action).isEqualTo(ERASED);
      }
      assertThat(json.readTree((String) entry.get("after"))).as(action).isEqualTo(ERASED);
    }
    assertThat(states(erased.id()).toString())
        .doesNotContain("agus@example.org")
        .doesNotContain("Agus Salim");

    JsonNode othersAfter = json.readTree((String) history(other.id()).get(0).get("after"));
    assertThat(othersAfter.get("email").asString()).isEqualTo("bambang@example.org");
    assertThat(othersAfter.get("name").asString()).isEqualTo("Bambang Wijaya");
  }

  @Test
  void onlyARegionAdministratorMayEraseAStakeholdersPersonalData() throws Exception {
    TestRegion region = fixtures.newRegion();
    Stakeholder person = person(region, "Agus Salim", "agus@example.org");

    mvc.perform(
            delete(path(region) + "/" + person.id() + "/personal-data")
                .with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isForbidden());

    assertThat(stakeholders.find(region.id(), person.id())).isPresent();
  }

  @Test
  void theListFiltersByPentahelixRoleAndTextAndComesInPages() throws Exception {
    TestRegion region = fixtures.newRegion();
    organisation(region, "Universitas Alpha", PentahelixRole.ACADEMIA, null);
    organisation(region, "Universitas Beta", PentahelixRole.ACADEMIA, null);
    organisation(region, "Institut Gamma", PentahelixRole.ACADEMIA, null);
    organisation(region, "Radar Delta", PentahelixRole.MEDIA, null);
    organisation(region, "Bank Epsilon", PentahelixRole.BUSINESS, null);
    organisation(region, "Budi Santoso", PentahelixRole.COMMUNITY, "Forum Warga Sukamaju");

    mvc.perform(list(region, "role=ACADEMIA"))
        .andExpect(status().isOk())
        .andExpect(header().string("X-Total-Count", "3"))
        .andExpect(jsonPath("$[*].pentahelixRole", everyItem(is("ACADEMIA"))))
        .andExpect(
            jsonPath(
                "$[*].name", contains("Institut Gamma", "Universitas Alpha", "Universitas Beta")));
    mvc.perform(list(region, "q=UNIVERSITAS"))
        .andExpect(header().string("X-Total-Count", "2"))
        .andExpect(jsonPath("$[*].name", contains("Universitas Alpha", "Universitas Beta")));
    mvc.perform(list(region, "q=sukamaju"))
        .andExpect(header().string("X-Total-Count", "1"))
        .andExpect(jsonPath("$[0].name").value("Budi Santoso"));
    mvc.perform(list(region, "q=universitas&role=MEDIA"))
        .andExpect(header().string("X-Total-Count", "0"))
        .andExpect(jsonPath("$.length()").value(0));

    mvc.perform(list(region, "size=2&page=1"))
        .andExpect(header().string("X-Total-Count", "6"))
        .andExpect(header().string("X-Page", "1"))
        .andExpect(header().string("X-Page-Size", "2"))
        .andExpect(jsonPath("$[*].name", contains("Institut Gamma", "Radar Delta")));
    mvc.perform(list(region, "size=2&page=0"))
        .andExpect(jsonPath("$[*].name", contains("Bank Epsilon", "Budi Santoso")));
    mvc.perform(list(region, "role=ACADEMIA&size=2&page=1"))
        .andExpect(header().string("X-Total-Count", "3"))
        .andExpect(jsonPath("$[*].name", contains("Universitas Beta")));
  }

  @Test
  void anotherRegionsStakeholdersAreNeitherListedNorFound() throws Exception {
    TestRegion mine = fixtures.newRegion();
    TestRegion other = fixtures.newRegion();
    Stakeholder theirs = person(other, "Agus Salim", "agus@example.org");

    mvc.perform(list(mine, "q=agus")).andExpect(header().string("X-Total-Count", "0"));
    mvc.perform(get(path(mine) + "/" + theirs.id()).with(mine.as(Role.EDITOR).bearer()))
        .andExpect(status().isNotFound());
    mvc.perform(
            get(path(mine) + "/" + theirs.id() + "/personal-data")
                .with(mine.as(Role.EDITOR).bearer()))
        .andExpect(status().isNotFound());
    mvc.perform(
            delete(path(mine) + "/" + theirs.id() + "/personal-data")
                .with(mine.as(Role.REGION_ADMIN).bearer()))
        .andExpect(status().isNotFound());
    assertThat(stakeholders.find(other.id(), theirs.id())).isPresent();
  }

  @Test
  void deletingAPersonErasesThemSoNoCopyOfTheirDataStaysInTheHistory() throws Exception {
    TestRegion region = fixtures.newRegion();
    Stakeholder person = person(region, "Budi Santoso", "budi@example.org");

    mvc.perform(delete(path(region) + "/" + person.id()).with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isNoContent());

    assertThat(String.join(" ", states(person.id()))).doesNotContain("budi@example.org");
    assertThat(history(person.id()))
        .extracting(e -> e.get("action"))
        .contains("ERASED")
        .doesNotContain("DELETED");
  }

  private Stakeholder person(TestRegion region, String name, String email) {
    return stakeholders.create(
        region.id(),
        new StakeholderCommand(
            StakeholderKind.PERSON,
            name,
            PentahelixRole.ACADEMIA,
            null,
            null,
            email,
            null,
            true,
            "Undangan Bimtek"),
        region.as(Role.EDITOR).email());
  }

  private void organisation(
      TestRegion region, String name, PentahelixRole role, String organisation) {
    stakeholders.create(
        region.id(),
        new StakeholderCommand(
            StakeholderKind.ORGANISATION, name, role, organisation, null, null, null, false, null),
        "uji");
  }

  /** The audit entries of one stakeholder, oldest first, states as JSON text. */
  private List<Map<String, Object>> history(long id) {
    return jdbc.sql(
            """
            select action, before_state::text as before, after_state::text as after
            from audit_entry where record_type = 'stakeholder' and record_id = ? order by id""")
        .param(id)
        .query()
        .listOfRows();
  }

  private List<String> states(long id) {
    return jdbc.sql(
            """
            select coalesce(before_state::text, '') || ' ' || coalesce(after_state::text, '')
            from audit_entry where record_type = 'stakeholder' and record_id = ?""")
        .param(id)
        .query(String.class)
        .list();
  }

  private long idOf(org.springframework.test.web.servlet.ResultActions result) throws Exception {
    return json.readTree(result.andReturn().getResponse().getContentAsString()).get("id").asLong();
  }

  private static String path(TestRegion region) {
    return "/api/v1/regions/" + region.code() + "/stakeholders";
  }

  private RequestBuilder create(TestRegion region, String body) {
    return post(path(region))
        .with(region.as(Role.EDITOR).bearer())
        .header("Accept-Language", "en")
        .contentType(MediaType.APPLICATION_JSON)
        .content(body);
  }

  private RequestBuilder update(TestRegion region, long id, String body) {
    return put(path(region) + "/" + id)
        .with(region.as(Role.EDITOR).bearer())
        .contentType(MediaType.APPLICATION_JSON)
        .content(body);
  }

  private RequestBuilder list(TestRegion region, String query) {
    return get(path(region) + "?" + query).with(region.as(Role.REVIEWER).bearer());
  }
}
