package id.rancang.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import id.rancang.identity.Role;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.Person;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.ParticipationFixtures;
import id.rancang.support.RancangIntegrationTest;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@RancangIntegrationTest
class IdeaApiTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired ParticipationFixtures participation;
  @Autowired Ideas ideas;

  private long workshop(TestRegion region) {
    long plan = fixtures.createMasterplan(region.id());
    long workshop = participation.createWorkshop(region.id(), plan);
    participation.invite(region.id(), workshop, region.as(Role.PARTICIPANT).accountId());
    return workshop;
  }

  private long submit(Person who, long workshop, String json) throws Exception {
    String body =
        mvc.perform(
                post("/api/v1/workshops/" + workshop + "/ideas")
                    .with(who.bearer())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return ((Number) JsonPath.read(body, "$.id")).longValue();
  }

  @Test
  void anInvitedParticipantRaisesAnIdeaThatIsListedWithoutSupportYet() throws Exception {
    TestRegion region = fixtures.newRegion();
    long workshop = workshop(region);
    long id =
        submit(
            region.as(Role.PARTICIPANT),
            workshop,
            """
            {"title":"Antrean puskesmas daring","problem":"Pasien menunggu 3 jam",
             "proposal":"Pendaftaran lewat aplikasi","dimension":"LIVING","element":"HEALTH",
             "suggestedOpdId":%d,"suggestedPartners":"RSUD, Telkom"}"""
                .formatted(region.opd().id()));

    mvc.perform(get("/api/v1/ideas/" + id).with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.title").value("Antrean puskesmas daring"))
        .andExpect(jsonPath("$.element").value("HEALTH"))
        .andExpect(jsonPath("$.suggestedOpdId").value(region.opd().id()))
        .andExpect(jsonPath("$.author").value("Uji PARTICIPANT"))
        .andExpect(jsonPath("$.votes").value(0))
        .andExpect(jsonPath("$.mine").value(false));
    mvc.perform(
            get("/api/v1/workshops/" + workshop + "/ideas").with(region.as(Role.REVIEWER).bearer()))
        .andExpect(status().isOk())
        .andExpect(header().string("X-Total-Count", "1"))
        .andExpect(jsonPath("$[0].id").value(id));
  }

  @Test
  void anIdeaWithoutTitleAndWithAnElementOfAnotherDimensionIsRefusedWithBothProblems()
      throws Exception {
    TestRegion region = fixtures.newRegion();
    long workshop = workshop(region);
    mvc.perform(
            post("/api/v1/workshops/" + workshop + "/ideas")
                .with(region.as(Role.EDITOR).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"  \",\"dimension\":\"LIVING\",\"element\":\"TOURISM\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", Matchers.contains("title", "element")))
        .andExpect(jsonPath("$.errors[1].message", Matchers.containsString("Pariwisata")));
    assertThat(
            ideas
                .ofWorkshop(
                    region.id(),
                    workshop,
                    moderator(region),
                    IdeaFilter.all(),
                    new id.rancang.shared.PageRequest(0, 10))
                .total())
        .isZero();
  }

  @Test
  void votingTwiceCountsOnceAndWithdrawingRemovesTheVote() throws Exception {
    TestRegion region = fixtures.newRegion();
    long workshop = workshop(region);
    long idea = participation.createIdea(region.id(), workshop, region.as(Role.EDITOR).accountId());
    Person voter = region.as(Role.PARTICIPANT);

    mvc.perform(post("/api/v1/ideas/" + idea + "/votes").with(voter.bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.votes").value(1));
    mvc.perform(post("/api/v1/ideas/" + idea + "/votes").with(voter.bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.votes").value(1));
    mvc.perform(post("/api/v1/ideas/" + idea + "/votes").with(region.as(Role.REVIEWER).bearer()))
        .andExpect(jsonPath("$.votes").value(2));
    mvc.perform(get("/api/v1/ideas/" + idea).with(voter.bearer()))
        .andExpect(jsonPath("$.votes").value(2))
        .andExpect(jsonPath("$.supported").value(true));
    mvc.perform(delete("/api/v1/ideas/" + idea + "/votes").with(voter.bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.votes").value(1));
    mvc.perform(get("/api/v1/ideas/" + idea + "/supporters").with(voter.bearer()))
        .andExpect(jsonPath("$", Matchers.contains("Uji REVIEWER")));
  }

  @Test
  void aVoteWhenTheIdeaCollectionIsClosedIsRefusedAndNotCounted() throws Exception {
    TestRegion region = fixtures.newRegion();
    long workshop = workshop(region);
    long idea = participation.createIdea(region.id(), workshop, region.as(Role.EDITOR).accountId());
    participation.closeIdeas(workshop);

    mvc.perform(post("/api/v1/ideas/" + idea + "/votes").with(region.as(Role.PARTICIPANT).bearer()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("ditutup")));
    assertThat(ideas.get(region.id(), idea, moderator(region)).votes()).isZero();
  }

  @Test
  void ideasAreSortedBySupportAndFilteredByDimensionAndText() throws Exception {
    TestRegion region = fixtures.newRegion();
    long workshop = workshop(region);
    Person editor = region.as(Role.EDITOR);
    long quiet =
        submit(editor, workshop, "{\"title\":\"Taman kota\",\"dimension\":\"ENVIRONMENT\"}");
    long popular =
        submit(
            editor, workshop, "{\"title\":\"Bank sampah digital\",\"dimension\":\"ENVIRONMENT\"}");
    long other = submit(editor, workshop, "{\"title\":\"Pasar daring\",\"dimension\":\"ECONOMY\"}");
    for (Role role : List.of(Role.PARTICIPANT, Role.REVIEWER)) {
      mvc.perform(post("/api/v1/ideas/" + popular + "/votes").with(region.as(role).bearer()))
          .andExpect(status().isOk());
    }
    mvc.perform(post("/api/v1/ideas/" + other + "/votes").with(region.as(Role.REVIEWER).bearer()))
        .andExpect(status().isOk());

    mvc.perform(get("/api/v1/workshops/" + workshop + "/ideas?sort=SUPPORT").with(editor.bearer()))
        .andExpect(jsonPath("$[*].id", Matchers.contains((int) popular, (int) other, (int) quiet)));
    mvc.perform(
            get("/api/v1/workshops/" + workshop + "/ideas?dimension=ENVIRONMENT&sort=NEWEST")
                .with(editor.bearer()))
        .andExpect(jsonPath("$[*].id", Matchers.contains((int) popular, (int) quiet)));
    mvc.perform(get("/api/v1/workshops/" + workshop + "/ideas?q=sampah").with(editor.bearer()))
        .andExpect(header().string("X-Total-Count", "1"))
        .andExpect(jsonPath("$[0].id").value(popular));
  }

  @Test
  void repliesGoOneLevelDeepAndFollowTheirComment() throws Exception {
    TestRegion region = fixtures.newRegion();
    long workshop = workshop(region);
    long idea = participation.createIdea(region.id(), workshop, region.as(Role.EDITOR).accountId());
    Person participant = region.as(Role.PARTICIPANT);
    long first = comment(participant, idea, null, "Perlu data antrean per puskesmas");
    long second = comment(region.as(Role.REVIEWER), idea, null, "Libatkan kader kesehatan");
    long reply = comment(region.as(Role.EDITOR), idea, first, "Data ada di Dinkes");

    mvc.perform(
            post("/api/v1/ideas/" + idea + "/comments")
                .with(participant.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"parentId\":%d,\"body\":\"Balasan atas balasan\"}".formatted(reply)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("parentId"));
    mvc.perform(get("/api/v1/ideas/" + idea + "/comments").with(participant.bearer()))
        .andExpect(jsonPath("$[*].id", Matchers.contains((int) first, (int) reply, (int) second)))
        .andExpect(jsonPath("$[1].parentId").value(first));
    mvc.perform(get("/api/v1/ideas/" + idea).with(participant.bearer()))
        .andExpect(jsonPath("$.comments").value(3));
  }

  @Test
  void enoughReportsHideAnIdeaUntilAModeratorKeepsIt() throws Exception {
    TestRegion region = fixtures.newRegion();
    long workshop = workshop(region);
    long idea = participation.createIdea(region.id(), workshop, region.as(Role.EDITOR).accountId());
    List<Person> reporters =
        participation.participants(region.id(), workshop, ideas.reportThreshold());

    for (int i = 0; i < reporters.size(); i++) {
      String expected = i + 1 < reporters.size() ? "VISIBLE" : "HIDDEN";
      mvc.perform(
              post("/api/v1/ideas/" + idea + "/reports")
                  .with(reporters.get(i).user())
                  .with(
                      org.springframework.security.test.web.servlet.request
                          .SecurityMockMvcRequestPostProcessors.csrf())
                  .contentType(MediaType.APPLICATION_JSON)
                  .content("{\"reason\":\"Iklan\"}"))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.moderation").value(expected));
    }
    mvc.perform(get("/api/v1/ideas/" + idea).with(region.as(Role.PARTICIPANT).bearer()))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/api/v1/workshops/" + workshop + "/moderation")
                .with(region.as(Role.EDITOR).bearer()))
        .andExpect(jsonPath("$.ideas[0].id").value(idea))
        .andExpect(jsonPath("$.ideaReasons['" + idea + "'][0]").value("Iklan"));

    mvc.perform(
            put("/api/v1/ideas/" + idea + "/moderation")
                .with(region.as(Role.EDITOR).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"decision\":\"KEPT\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.moderation").value("KEPT"));
    mvc.perform(
            post("/api/v1/ideas/" + idea + "/reports").with(region.as(Role.PARTICIPANT).bearer()))
        .andExpect(jsonPath("$.moderation").value("KEPT"));
    mvc.perform(get("/api/v1/ideas/" + idea).with(region.as(Role.PARTICIPANT).bearer()))
        .andExpect(status().isOk());
  }

  @Test
  void aParticipantNotInvitedToTheWorkshopSeesNeitherItsIdeasNorCanRaiseOne() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long workshop = participation.createWorkshop(region.id(), plan);
    long idea = participation.createIdea(region.id(), workshop, region.as(Role.EDITOR).accountId());
    Person stranger = region.as(Role.PARTICIPANT);

    mvc.perform(get("/api/v1/ideas/" + idea).with(stranger.bearer()))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/workshops/" + workshop + "/ideas").with(stranger.bearer()))
        .andExpect(status().isNotFound());
    mvc.perform(post("/api/v1/ideas/" + idea + "/votes").with(stranger.bearer()))
        .andExpect(status().isNotFound());
    assertThat(ideas.get(region.id(), idea, moderator(region)).votes()).isZero();
  }

  @Test
  void aStaleEditIsRefusedAndTheOtherEditKept() throws Exception {
    TestRegion region = fixtures.newRegion();
    long workshop = workshop(region);
    Person author = region.as(Role.PARTICIPANT);
    long idea = submit(author, workshop, "{\"title\":\"Wifi desa\",\"dimension\":\"SOCIETY\"}");
    String update = "{\"title\":\"%s\",\"dimension\":\"SOCIETY\",\"version\":0}";

    mvc.perform(
            put("/api/v1/ideas/" + idea)
                .with(author.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(update.formatted("Wifi desa gratis")))
        .andExpect(status().isOk());
    mvc.perform(
            put("/api/v1/ideas/" + idea)
                .with(author.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(update.formatted("Wifi desa murah")))
        .andExpect(status().isConflict());
    assertThat(ideas.get(region.id(), idea, moderator(region)).title())
        .isEqualTo("Wifi desa gratis");
  }

  @Test
  void someoneElsesIdeaCannotBeChangedByAParticipant() throws Exception {
    TestRegion region = fixtures.newRegion();
    long workshop = workshop(region);
    long idea = participation.createIdea(region.id(), workshop, region.as(Role.EDITOR).accountId());
    mvc.perform(
            put("/api/v1/ideas/" + idea)
                .with(region.as(Role.PARTICIPANT).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"Diganti\",\"dimension\":\"LIVING\",\"version\":0}"))
        .andExpect(status().isForbidden());
    mvc.perform(delete("/api/v1/ideas/" + idea).with(region.as(Role.PARTICIPANT).bearer()))
        .andExpect(status().isForbidden());
  }

  private long comment(Person who, long idea, Long parent, String text) throws Exception {
    String body =
        mvc.perform(
                post("/api/v1/ideas/" + idea + "/comments")
                    .with(who.bearer())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"parentId\":%s,\"body\":\"%s\"}"
                            .formatted(parent == null ? "null" : parent.toString(), text)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return ((Number) JsonPath.read(body, "$.id")).longValue();
  }

  private static Participant moderator(TestRegion region) {
    return new Participant(region.as(Role.EDITOR).accountId(), "editor", true, false);
  }
}
