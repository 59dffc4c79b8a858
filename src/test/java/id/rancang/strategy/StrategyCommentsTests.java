package id.rancang.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.rancang.identity.AuditEntry;
import id.rancang.identity.AuditTrail;
import id.rancang.identity.Role;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.PageRequest;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@RancangIntegrationTest
class StrategyCommentsTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired StrategyComments comments;
  @Autowired AuditTrail audit;
  @Autowired JdbcClient jdbc;

  @Test
  void aReviewerCommentsOnTheBrandingAndEveryMemberReadsTheThread() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());

    long id =
        idOf(
            mvc.perform(
                    postComment(
                        region, Role.REVIEWER, plan, "BRANDING", plan, "Tagline kurang khas"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.author").value(region.as(Role.REVIEWER).email()))
                .andExpect(jsonPath("$.resolved").value(false))
                .andExpect(jsonPath("$.subjectType").value("BRANDING"))
                .andExpect(
                    jsonPath("$.createdAt")
                        .value(org.hamcrest.Matchers.matchesPattern("\\d{4}-\\d{2}-\\d{2}T.*")))
                .andReturn()
                .getResponse()
                .getContentAsString());

    mvc.perform(
            get(path(plan) + "?subjectType=BRANDING&subjectId=" + plan)
                .with(region.as(Role.PARTICIPANT).bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].id").value(id))
        .andExpect(jsonPath("$[0].body").value("Tagline kurang khas"));
    mvc.perform(get(path(plan) + "/" + id).with(region.as(Role.OPD_CONTRIBUTOR).bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.subjectId").value(plan));
    assertThat(
            audit
                .history(region.id(), StrategyComments.RECORD_TYPE, id, PageRequest.of(0, 10))
                .items())
        .extracting(AuditEntry::action)
        .containsExactly("CREATED");
  }

  @Test
  void aParticipantMayReadButNotCommentNeitherByApiNorOnThePage() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());

    mvc.perform(postComment(region, Role.PARTICIPANT, plan, "BRANDING", plan, "Saya ingin ikut"))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/masterplans/" + plan + "/comments")
                .with(region.as(Role.PARTICIPANT).user())
                .with(csrf())
                .header("HX-Request", "true")
                .param("subjectType", "BRANDING")
                .param("subjectId", Long.toString(plan))
                .param("body", "Saya ingin ikut"))
        .andExpect(status().isForbidden());

    assertThat(comments.list(region.id(), plan, CommentSubject.BRANDING, plan)).isEmpty();
    String thread =
        mvc.perform(
                get("/masterplans/" + plan + "/comments?subjectType=BRANDING&subjectId=" + plan)
                    .with(region.as(Role.PARTICIPANT).user())
                    .header("HX-Request", "true"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(thread).contains("comment-thread").doesNotContain("name=\"body\"");
  }

  @Test
  void aSubjectMustBeAPartOfThisMasterplanInThisRegionAndOfTheNamedKind() throws Exception {
    TestRegion region = fixtures.newRegion();
    TestRegion other = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long secondPlan = fixtures.createMasterplan(region.id());
    long otherPlan = fixtures.createMasterplan(other.id());
    long mission = insertMission(region.id(), plan);
    long goal = insertGoal(region.id(), plan, mission);
    long indicator = insertIndicator(region.id(), plan, goal);
    long missionOfSecondPlan = insertMission(region.id(), secondPlan);
    long missionOfOtherRegion = insertMission(other.id(), otherPlan);
    long indicatorOfOtherRegion =
        insertIndicator(
            other.id(), otherPlan, insertGoal(other.id(), otherPlan, missionOfOtherRegion));
    String reviewer = region.as(Role.REVIEWER).email();

    // accepted: the masterplan's own parts
    assertThat(comments.add(region.id(), plan, CommentSubject.MISSION, mission, reviewer, "a"))
        .extracting(Comment::subjectId)
        .isEqualTo(mission);
    comments.add(region.id(), plan, CommentSubject.GOAL, goal, reviewer, "b");
    comments.add(region.id(), plan, CommentSubject.INDICATOR, indicator, reviewer, "c");
    comments.add(region.id(), plan, CommentSubject.VISION, plan, reviewer, "d");
    comments.add(region.id(), plan, CommentSubject.RPJMD, plan, reviewer, "e");

    // refused: another region's mission or indicator, another masterplan's mission, a wrong
    // kind, a vision that is not this masterplan's
    mvc.perform(postComment(region, Role.REVIEWER, plan, "MISSION", missionOfOtherRegion, "Lintas"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("subjectId"));
    assertRefused(region.id(), plan, CommentSubject.MISSION, missionOfOtherRegion, reviewer);
    assertRefused(region.id(), plan, CommentSubject.MISSION, missionOfSecondPlan, reviewer);
    assertRefused(region.id(), plan, CommentSubject.TARGET, goal, reviewer);
    assertRefused(region.id(), plan, CommentSubject.GOAL, mission, reviewer);
    assertRefused(region.id(), plan, CommentSubject.INDICATOR, indicatorOfOtherRegion, reviewer);
    assertRefused(region.id(), plan, CommentSubject.VISION, secondPlan, reviewer);
    // and another region's masterplan is not found at all
    assertThatThrownBy(
            () ->
                comments.add(
                    region.id(), otherPlan, CommentSubject.BRANDING, otherPlan, reviewer, "x"))
        .isInstanceOf(NotFoundException.class);
    mvc.perform(
            postComment(region, Role.REVIEWER, otherPlan, "BRANDING", otherPlan, "Lintas daerah"))
        .andExpect(status().isNotFound());
    assertThat(comments.listOpen(region.id(), plan, PageRequest.of(0, 50)).total()).isEqualTo(5);
  }

  @Test
  void aCommentWithoutTextOrLongerThanTheLimitIsRefused() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    mvc.perform(postComment(region, Role.REVIEWER, plan, "BRANDING", plan, "  "))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("body"));
    mvc.perform(
            postComment(
                region,
                Role.REVIEWER,
                plan,
                "BRANDING",
                plan,
                "x".repeat(StrategyComments.BODY_MAX + 1)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("body"));
    mvc.perform(
            post(path(plan))
                .with(region.as(Role.REVIEWER).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"subjectId\":" + plan + ",\"body\":\"Tanpa jenis\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("subjectType"));
    assertThat(comments.listOpen(region.id(), plan, PageRequest.of(0, 10)).isEmpty()).isTrue();

    mvc.perform(
            postComment(
                region,
                Role.REVIEWER,
                plan,
                "BRANDING",
                plan,
                "x".repeat(StrategyComments.BODY_MAX)))
        .andExpect(status().isCreated());
  }

  @Test
  void theEditorResolvesACommentAndAStaleVersionIsAConflict() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long id = fixtures.createComment(region.id(), plan, region.as(Role.REVIEWER).email());
    String resolved = path(plan) + "/" + id + "/resolved";

    mvc.perform(putJson(resolved, region, Role.REVIEWER, "{\"resolved\":true,\"version\":0}"))
        .andExpect(status().isForbidden());
    mvc.perform(putJson(resolved, region, Role.EDITOR, "{\"resolved\":true,\"version\":0}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.resolved").value(true))
        .andExpect(jsonPath("$.version").value(1));
    mvc.perform(putJson(resolved, region, Role.REGION_ADMIN, "{\"resolved\":false,\"version\":0}"))
        .andExpect(status().isConflict());
    mvc.perform(putJson(resolved, region, Role.REGION_ADMIN, "{\"resolved\":false}"))
        .andExpect(status().isBadRequest());
    assertThatThrownBy(() -> comments.resolve(region.id(), plan, id, false, 0))
        .isInstanceOf(ConcurrentEditException.class);

    assertThat(comments.get(region.id(), plan, id).resolved()).isTrue();
    assertThat(comments.listOpen(region.id(), plan, PageRequest.of(0, 10)).isEmpty()).isTrue();
    // the thread still shows it
    assertThat(comments.list(region.id(), plan, CommentSubject.BRANDING, plan)).hasSize(1);
  }

  @Test
  void theAuthorOrThePlanningTeamDeletesACommentButNotAnotherCommenter() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long byReviewer = fixtures.createComment(region.id(), plan, region.as(Role.REVIEWER).email());
    long byContributor =
        fixtures.createComment(region.id(), plan, region.as(Role.OPD_CONTRIBUTOR).email());
    long another = fixtures.createComment(region.id(), plan, region.as(Role.REVIEWER).email());

    mvc.perform(
            delete(path(plan) + "/" + byReviewer).with(region.as(Role.OPD_CONTRIBUTOR).bearer()))
        .andExpect(status().isForbidden());
    mvc.perform(
            delete(path(plan) + "/" + byContributor).with(region.as(Role.OPD_CONTRIBUTOR).bearer()))
        .andExpect(status().isNoContent());
    mvc.perform(delete(path(plan) + "/" + byReviewer).with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isNoContent());
    assertThatThrownBy(
            () ->
                comments.delete(
                    region.id(), plan, another, region.as(Role.OPD_CONTRIBUTOR).email(), false))
        .isInstanceOf(AccessDeniedException.class);
    comments.delete(region.id(), plan, another, region.as(Role.REVIEWER).email(), false);

    assertThat(comments.list(region.id(), plan, CommentSubject.BRANDING, plan)).isEmpty();
    assertThat(
            audit
                .history(
                    region.id(), StrategyComments.RECORD_TYPE, byReviewer, PageRequest.of(0, 10))
                .items())
        .extracting(AuditEntry::action)
        .containsExactly("DELETED", "CREATED");
  }

  @Test
  void deletingASubjectsCommentsLeavesTheOtherSubjectsAlone() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long mission = insertMission(region.id(), plan);
    long otherMission = insertMission(region.id(), plan);
    String reviewer = region.as(Role.REVIEWER).email();
    comments.add(region.id(), plan, CommentSubject.MISSION, mission, reviewer, "1");
    comments.add(region.id(), plan, CommentSubject.MISSION, mission, reviewer, "2");
    long kept =
        comments.add(region.id(), plan, CommentSubject.MISSION, otherMission, reviewer, "3").id();

    assertThat(comments.deleteAllOn(region.id(), plan, CommentSubject.MISSION, mission))
        .isEqualTo(2);

    assertThat(comments.list(region.id(), plan, CommentSubject.MISSION, mission)).isEmpty();
    assertThat(comments.listOpen(region.id(), plan, PageRequest.of(0, 10)).items())
        .extracting(Comment::id)
        .containsExactly(kept);
  }

  @Test
  void theOpenCommentsOfAMasterplanAreListedNewestFirstInPages() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long otherPlan = fixtures.createMasterplan(region.id());
    String reviewer = region.as(Role.REVIEWER).email();
    long first = comments.add(region.id(), plan, CommentSubject.VISION, plan, reviewer, "1").id();
    long second =
        comments.add(region.id(), plan, CommentSubject.BRANDING, plan, reviewer, "2").id();
    long third = comments.add(region.id(), plan, CommentSubject.RPJMD, plan, reviewer, "3").id();
    comments.add(region.id(), otherPlan, CommentSubject.VISION, otherPlan, reviewer, "lain");
    comments.resolve(region.id(), plan, second, true, 0);

    mvc.perform(get(path(plan) + "?size=1").with(region.as(Role.PARTICIPANT).bearer()))
        .andExpect(status().isOk())
        .andExpect(header().string("X-Total-Count", "2"))
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].id").value(third));
    mvc.perform(get(path(plan) + "?size=1&page=1").with(region.as(Role.PARTICIPANT).bearer()))
        .andExpect(jsonPath("$[0].id").value(first));

    String page =
        mvc.perform(get("/masterplans/" + plan + "/comments").with(region.as(Role.EDITOR).user()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("/comments/" + first + "/resolved", "/comments/" + third + "/resolved")
        .doesNotContain("/comments/" + second + "/resolved")
        .doesNotContain("lain");
  }

  @Test
  void commentingWithHtmxSwapsTheThreadAndKeepsTheTextWhenItIsRefused() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    String thread =
        mvc.perform(
                post("/masterplans/" + plan + "/comments")
                    .with(region.as(Role.REVIEWER).user())
                    .with(csrf())
                    .header("HX-Request", "true")
                    .param("subjectType", "BRANDING")
                    .param("subjectId", Long.toString(plan))
                    .param("body", "Warna logo kurang kontras"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(thread)
        .doesNotContain("<html")
        .contains("id=\"comments-BRANDING-" + plan + "\"")
        .contains("Warna logo kurang kontras")
        .contains(region.as(Role.REVIEWER).email())
        // the author may delete, only the planning team resolves
        .contains("/delete")
        .doesNotContain("/resolved");

    String refused =
        mvc.perform(
                post("/masterplans/" + plan + "/comments")
                    .with(region.as(Role.REVIEWER).user())
                    .with(csrf())
                    .header("HX-Request", "true")
                    .param("subjectType", "BRANDING")
                    .param("subjectId", Long.toString(plan))
                    .param("body", "y".repeat(StrategyComments.BODY_MAX + 1)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused).contains("form-errors").contains("y".repeat(StrategyComments.BODY_MAX + 1));
    assertThat(comments.list(region.id(), plan, CommentSubject.BRANDING, plan)).hasSize(1);

    String forEditor =
        mvc.perform(
                get("/masterplans/" + plan + "/comments?subjectType=BRANDING&subjectId=" + plan)
                    .with(region.as(Role.EDITOR).user())
                    .header("HX-Request", "true"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(forEditor).contains("/resolved").contains("name=\"body\"");
  }

  @Test
  void resolvingOnThePageWithoutHtmxRedirectsToTheThreadAndReportsAConflict() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long id = fixtures.createComment(region.id(), plan, region.as(Role.REVIEWER).email());
    String thread = "/masterplans/" + plan + "/comments?subjectType=BRANDING&subjectId=" + plan;

    mvc.perform(resolveOnPage(region, plan, id, 0))
        .andExpect(status().is3xxRedirection())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(thread))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                .attributeExists("flash"));
    mvc.perform(resolveOnPage(region, plan, id, 0))
        .andExpect(status().is3xxRedirection())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                .attributeExists("flashError"));
    assertThat(comments.get(region.id(), plan, id).version()).isEqualTo(1);
  }

  private MockHttpServletRequestBuilder resolveOnPage(
      TestRegion region, long plan, long id, int version) {
    return post("/masterplans/" + plan + "/comments/" + id + "/resolved")
        .with(region.as(Role.EDITOR).user())
        .with(csrf())
        .param("resolved", "true")
        .param("version", Integer.toString(version));
  }

  private void assertRefused(
      long regionId, long plan, CommentSubject type, long subjectId, String author) {
    assertThatThrownBy(() -> comments.add(regionId, plan, type, subjectId, author, "tidak"))
        .as("%s %d", type, subjectId)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().get(0).field()).isEqualTo("subjectId"));
  }

  private long insertMission(long regionId, long plan) {
    return jdbc.sql(
            "insert into strategy_item (region_id, masterplan_id, kind, statement)"
                + " values (?, ?, 'MISSION', 'Misi uji') returning id")
        .params(regionId, plan)
        .query(Long.class)
        .single();
  }

  private long insertGoal(long regionId, long plan, long mission) {
    return jdbc.sql(
            "insert into strategy_item (region_id, masterplan_id, kind, parent_id, statement)"
                + " values (?, ?, 'GOAL', ?, 'Tujuan uji') returning id")
        .params(regionId, plan, mission)
        .query(Long.class)
        .single();
  }

  private long insertIndicator(long regionId, long plan, long item) {
    return jdbc.sql(
            "insert into indicator (region_id, masterplan_id, item_id, code, name, unit, polarity)"
                + " values (?, ?, ?, 'IKU-1', 'Indeks uji', 'indeks', 'POSITIVE') returning id")
        .params(regionId, plan, item)
        .query(Long.class)
        .single();
  }

  private static String path(long plan) {
    return "/api/v1/masterplans/" + plan + "/comments";
  }

  private static long idOf(String json) {
    return Long.parseLong(json.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
  }

  private static MockHttpServletRequestBuilder putJson(
      String path, TestRegion region, Role role, String json) {
    return put(path)
        .with(region.as(role).bearer())
        .contentType(MediaType.APPLICATION_JSON)
        .content(json);
  }

  private static MockHttpServletRequestBuilder postComment(
      TestRegion region, Role role, long plan, String type, long subjectId, String body) {
    return post(path(plan))
        .with(region.as(role).bearer())
        .contentType(MediaType.APPLICATION_JSON)
        .content(
            "{\"subjectType\":\"%s\",\"subjectId\":%d,\"body\":\"%s\"}"
                .formatted(type, subjectId, body));
  }
}
