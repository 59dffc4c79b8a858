package id.rancang.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.rancang.identity.AccountCatalog;
import id.rancang.identity.Role;
import id.rancang.support.ConsultationFixtures;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The public page of a consultation, read without signing in. */
@RancangIntegrationTest
class PublicConsultationTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired ConsultationFixtures consultations;
  @Autowired JdbcClient jdbc;
  @Autowired AccountCatalog accounts;

  private String publicPage(long consultation) throws Exception {
    return mvc.perform(get("/public/consultations/" + consultation))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void anybodyReadsTheVisibleIdeasMostSupportedFirstAsTextWithoutThePeopleBehindThem()
      throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long consultation = consultations.openConsultation(region.id(), plan);
    long author = region.as(Role.PARTICIPANT).accountId();
    long few = consultations.createIdea(region.id(), consultation, author, "Sedikit dukungan");
    long many = consultations.createIdea(region.id(), consultation, author, "Banyak dukungan");
    long script =
        consultations.createIdea(
            region.id(), consultation, author, "<script>alert('x')</script> Pasar bersih");
    long hidden = consultations.createIdea(region.id(), consultation, author, "Usulan tersembunyi");
    long removed = consultations.createIdea(region.id(), consultation, author, "Usulan dihapus");
    jdbc.sql("update idea set moderation = 'HIDDEN' where id = ?").params(hidden).update();
    jdbc.sql("update idea set moderation = 'REMOVED' where id = ?").params(removed).update();
    consultations.support(
        many,
        region.as(Role.EDITOR).accountId(),
        region.as(Role.REVIEWER).accountId(),
        region.as(Role.OPD_CONTRIBUTOR).accountId());
    consultations.support(few, region.as(Role.EDITOR).accountId());

    String page = publicPage(consultation);

    assertThat(page).contains("Banyak dukungan", "Sedikit dukungan", "&lt;script&gt;alert(");
    assertThat(page.indexOf("Banyak dukungan")).isLessThan(page.indexOf("Sedikit dukungan"));
    assertThat(page.indexOf("Sedikit dukungan")).isLessThan(page.indexOf("Pasar bersih"));
    assertThat(page)
        .doesNotContain("<script>alert(")
        .doesNotContain("Usulan tersembunyi")
        .doesNotContain("Usulan dihapus")
        .doesNotContain(region.as(Role.PARTICIPANT).email())
        .doesNotContain("Uji PARTICIPANT")
        .doesNotContain("@uji.test");
    assertThat(page).contains("/public/consultations/" + consultation + "/register");
    assertThat(script).isPositive();
  }

  @Test
  void aDraftIsNotPublicAndAClosedConsultationStaysReadableWithoutRegistration() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long draft = consultations.createConsultation(region.id(), plan, ConsultationStatus.DRAFT);
    long closed = consultations.openConsultation(region.id(), plan);
    consultations.createIdea(
        region.id(), closed, region.as(Role.PARTICIPANT).accountId(), "Usulan sebelum ditutup");
    consultations.setStatus(closed, ConsultationStatus.CLOSED);

    mvc.perform(get("/public/consultations/" + draft)).andExpect(status().isNotFound());
    mvc.perform(get("/public/consultations/" + draft + "/register"))
        .andExpect(status().isNotFound());
    mvc.perform(get("/public/consultations/999999999")).andExpect(status().isNotFound());

    String page = publicPage(closed);
    assertThat(page).contains("Usulan sebelum ditutup").contains("sudah ditutup");
    assertThat(page).doesNotContain("/public/consultations/" + closed + "/register");
  }

  @Test
  void withoutMailTheRegistrationPageSaysItCannotBeCompletedAndCreatesNothing() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long consultation = consultations.openConsultation(region.id(), plan);
    String email = "tanpa-surat-" + consultation + "@warga.test";

    String form =
        mvc.perform(get("/public/consultations/" + consultation + "/register"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(form).contains("tidak dapat diselesaikan").doesNotContain("name=\"password\"");

    String answer =
        mvc.perform(
                post("/public/consultations/" + consultation + "/register")
                    .param("name", "Warga")
                    .param("email", email)
                    .param("password", "kata-sandi-warga-1")
                    .param("passwordRepeat", "kata-sandi-warga-1")
                    .param("consent", "true")
                    .with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(answer).contains("tidak dapat diselesaikan");
    assertThat(accounts.findByEmail(email)).isEmpty();
  }

  @Test
  void htmxPagingReplacesOnlyTheListOfIdeas() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long consultation = consultations.openConsultation(region.id(), plan);
    consultations.createIdea(
        region.id(), consultation, region.as(Role.PARTICIPANT).accountId(), "Ruang hijau");

    String fragment =
        mvc.perform(get("/public/consultations/" + consultation).header("HX-Request", "true"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(fragment).contains("Ruang hijau").contains("id=\"public-ideas\"");
    assertThat(fragment).doesNotContain("<html").doesNotContain("<h1");
  }

  @Test
  void aSignedInMemberIsLedToTakePartInsteadOfRegistering() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long consultation = consultations.openConsultation(region.id(), plan);

    String page =
        mvc.perform(
                get("/public/consultations/" + consultation)
                    .with(region.as(Role.PARTICIPANT).user()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page)
        .contains("href=\"/consultations/" + consultation + "/ideas\"")
        .doesNotContain("/public/consultations/" + consultation + "/register");
  }
}
