package id.rancang.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import id.rancang.identity.Role;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import id.rancang.support.WorkshopFixtures;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@RancangIntegrationTest
class WorkshopMaterialTests {

  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired WorkshopFixtures workshops;
  @Autowired WorkshopMaterials materials;

  @Test
  void anUploadIsStoredAsWhatItsBytesAreWithTheirChecksumWhateverTheBrowserClaimed()
      throws Exception {
    TestRegion region = fixtures.newRegion();
    long workshop = workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));
    byte[] csv = "kecamatan,jiwa\nSlawi,75000\nAdiwerna,120000\n".getBytes(StandardCharsets.UTF_8);

    MvcResult result =
        mvc.perform(
                multipart("/api/v1/workshops/" + workshop + "/materials")
                    .file(new MockMultipartFile("file", "penduduk.csv", "text/html", csv))
                    .param("title", "Penduduk per kecamatan")
                    .with(region.as(Role.EDITOR).bearer()))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.contentType").value("text/csv"))
            .andExpect(jsonPath("$.sizeBytes").value(csv.length))
            .andExpect(jsonPath("$.title").value("Penduduk per kecamatan"))
            .andReturn();

    String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(csv));
    assertThat((String) JsonPath.read(result.getResponse().getContentAsString(), "$.sha256"))
        .isEqualTo(expected);
    assertThat(materials.list(region.id(), workshop))
        .singleElement()
        .satisfies(m -> assertThat(m.fileName()).isEqualTo("penduduk.csv"));
  }

  @Test
  void aMaterialIsDownloadedAsAnAttachmentThatNoBrowserSniffsOrRuns() throws Exception {
    TestRegion region = fixtures.newRegion();
    long workshop = workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));
    byte[] pdf = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    // the en dash is U+2013, E2 80 93 in UTF-8
    Material material =
        materials.upload(
            region.id(),
            workshop,
            new MaterialUpload(null, "Paparan Slawi \u2013 2023.pdf", pdf),
            "test");
    assertThat(material.title()).isEqualTo("Paparan Slawi \u2013 2023");

    for (MockHttpServletResponse response :
        new MockHttpServletResponse[] {
          mvc.perform(
                  get("/api/v1/materials/" + material.id()).with(region.as(Role.REVIEWER).bearer()))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse(),
          mvc.perform(
                  get("/workshops/" + workshop + "/materials/" + material.id())
                      .with(region.as(Role.REVIEWER).user()))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
        }) {
      assertThat(response.getContentType()).isEqualTo("application/pdf");
      assertThat(response.getHeader("Content-Disposition"))
          .isEqualTo(
              "attachment; filename=\"Paparan Slawi _ 2023.pdf\";"
                  + " filename*=UTF-8''Paparan%20Slawi%20%E2%80%93%202023.pdf");
      assertThat(response.getHeaders("X-Content-Type-Options")).containsOnly("nosniff");
      assertThat(response.getHeaders("Content-Security-Policy")).containsExactly("sandbox");
      assertThat(response.getContentAsByteArray()).isEqualTo(pdf);
    }
  }

  @Test
  void aDisguisedUploadIsRefusedAndTheReasonSaysSo() throws Exception {
    TestRegion region = fixtures.newRegion();
    long workshop = workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));

    mvc.perform(
            multipart("/api/v1/workshops/" + workshop + "/materials")
                .file(new MockMultipartFile("file", "laporan.pdf", "application/pdf", PNG))
                .header("Accept-Language", "en")
                .with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("file"))
        .andExpect(
            jsonPath(
                "$.errors[0].message",
                Matchers.allOf(
                    Matchers.containsString("laporan.pdf"),
                    Matchers.containsString("disguised upload"),
                    Matchers.containsString("named as a PDF file, but it is a PNG picture"))));
    mvc.perform(
            multipart("/api/v1/workshops/" + workshop + "/materials")
                .file(new MockMultipartFile("file", "laporan.pdf", "application/pdf", PNG))
                .with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("menyamar")));
    assertThat(materials.list(region.id(), workshop)).isEmpty();
  }

  @Test
  void htmlAScriptOrAProgramIsRefusedWhateverItIsCalled() throws Exception {
    TestRegion region = fixtures.newRegion();
    long workshop = workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));
    byte[] html = "<html><body><script>alert(document.cookie)</script></body></html>".getBytes();

    mvc.perform(
            multipart("/api/v1/workshops/" + workshop + "/materials")
                .file(new MockMultipartFile("file", "data.csv", "text/csv", html))
                .header("Accept-Language", "en")
                .with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("script")));
    mvc.perform(
            multipart("/api/v1/workshops/" + workshop + "/materials")
                .file(new MockMultipartFile("file", "index.html", "text/html", html))
                .header("Accept-Language", "en")
                .with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("only PDF, PPTX")));
    assertThat(materials.list(region.id(), workshop)).isEmpty();
  }

  @Test
  void aFileOverTheLimitIsRefusedNamingItsSizeAndTheLimit() throws Exception {
    TestRegion region = fixtures.newRegion();
    long workshop = workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));
    long limit = materials.maxBytes();
    byte[] big = Arrays.copyOf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), (int) limit + 1);

    mvc.perform(
            multipart("/api/v1/workshops/" + workshop + "/materials")
                .file(new MockMultipartFile("file", "peta-besar.pdf", "application/pdf", big))
                .header("Accept-Language", "en")
                .with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath(
                "$.errors[0].message",
                Matchers.containsString("more than the 20 MB allowed for materials")));
    assertThat(limit).isEqualTo(20L * 1024 * 1024);
    assertThat(materials.list(region.id(), workshop)).isEmpty();
  }

  @Test
  void aParticipantDownloadsTheMaterialsOfWorkshopsTheyTakePartInOnly() throws Exception {
    TestRegion region = fixtures.newRegion();
    long workshop = workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));
    long material = workshops.createMaterial(region.id(), workshop);

    mvc.perform(get("/api/v1/materials/" + material).with(region.as(Role.PARTICIPANT).bearer()))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/workshops/" + workshop + "/materials/" + material)
                .with(region.as(Role.PARTICIPANT).user()))
        .andExpect(status().isNotFound());
    workshops.inviteMember(region.id(), workshop, region.as(Role.PARTICIPANT).accountId());
    mvc.perform(get("/api/v1/materials/" + material).with(region.as(Role.PARTICIPANT).bearer()))
        .andExpect(status().isOk());
    mvc.perform(
            multipart("/api/v1/workshops/" + workshop + "/materials")
                .file(new MockMultipartFile("file", "x.csv", "text/csv", "a,b\n".getBytes()))
                .with(region.as(Role.PARTICIPANT).bearer()))
        .andExpect(status().isForbidden());
  }

  @Test
  void aMaterialIsOnlyFoundUnderItsOwnWorkshop() throws Exception {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    long workshop = workshops.createWorkshop(region.id(), masterplan);
    long other = workshops.createWorkshop(region.id(), masterplan);
    long material = workshops.createMaterial(region.id(), workshop);

    mvc.perform(
            get("/workshops/" + other + "/materials/" + material)
                .with(region.as(Role.EDITOR).user()))
        .andExpect(status().isNotFound());
  }

  @Test
  void onThePageARefusedUploadIsExplainedAtTheUploadField() throws Exception {
    TestRegion region = fixtures.newRegion();
    long workshop = workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));

    String html =
        mvc.perform(
                multipart("/workshops/" + workshop + "/materials")
                    .file(new MockMultipartFile("file", "foto.jpg", "image/jpeg", PNG))
                    .param("title", "Foto kegiatan")
                    .with(region.as(Role.EDITOR).user())
                    .with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Document page = Jsoup.parse(html);
    assertThat(page.select("#materials .form-errors").text())
        .contains("foto.jpg")
        .contains("menyamar")
        .contains("PNG");
    assertThat(page.select("#material-file").attr("aria-invalid")).isEqualTo("true");
    assertThat(page.select("#material-title").attr("value")).isEqualTo("Foto kegiatan");
    assertThat(materials.list(region.id(), workshop)).isEmpty();
  }
}
