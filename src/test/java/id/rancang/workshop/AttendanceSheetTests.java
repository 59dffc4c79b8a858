package id.rancang.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.rancang.identity.Role;
import id.rancang.region.PentahelixRole;
import id.rancang.region.RegionCatalog;
import id.rancang.region.StakeholderCommand;
import id.rancang.region.StakeholderKind;
import id.rancang.region.StakeholderRegister;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import id.rancang.support.TestClock;
import id.rancang.support.WorkshopFixtures;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The daftar hadir of a workshop day as PDF, read back with PDFBox. */
@RancangIntegrationTest
class AttendanceSheetTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired WorkshopFixtures workshops;
  @Autowired WorkshopAttendance attendance;
  @Autowired WorkshopCatalog catalog;
  @Autowired StakeholderRegister stakeholders;
  @Autowired RegionCatalog regions;
  @Autowired TestClock clock;

  @AfterEach
  void realTimeAgain() {
    clock.reset();
  }

  @Test
  void theDaftarHadirNamesTheWorkshopAndDayAndListsThosePresentWithTheirTimeAndCount()
      throws Exception {
    TestRegion region = fixtures.newRegion();
    long workshop = workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));
    long ani = invite(region, workshop, "Ani Rahmawati, S.Kom.", PentahelixRole.ACADEMIA);
    long budi = invite(region, workshop, "Budi <b>& Rekan</b>", PentahelixRole.BUSINESS);
    invite(region, workshop, "Citra Absen", PentahelixRole.MEDIA);
    long tuesdayOnly = invite(region, workshop, "Dodi Selasa", PentahelixRole.MEDIA);
    clock.fix(Instant.parse("2023-07-31T01:47:00Z"));
    attendance.mark(region.id(), workshop, ani, WorkshopFixtures.FIRST_DAY, "panitia@uji.test");
    clock.fix(Instant.parse("2023-07-31T02:03:00Z"));
    attendance.mark(region.id(), workshop, budi, WorkshopFixtures.FIRST_DAY, "panitia@uji.test");
    clock.fix(Instant.parse("2023-08-01T02:00:00Z"));
    attendance.mark(
        region.id(), workshop, tuesdayOnly, WorkshopFixtures.LAST_DAY, "panitia@uji.test");

    byte[] pdf =
        mvc.perform(
                get("/workshops/" + workshop + "/attendance.pdf")
                    .param("day", "2023-07-31")
                    .with(region.as(Role.REVIEWER).user()))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", MediaType.APPLICATION_PDF_VALUE))
            .andExpect(
                header()
                    .string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();

    String text = text(pdf).get(0);
    Workshop w = catalog.get(region.id(), workshop);
    assertThat(text)
        .contains(
            regions.findById(region.id()).orElseThrow().name(),
            "DAFTAR HADIR",
            w.title(),
            "Tahap 2",
            "Grand Dian Hotel, Slawi",
            "Senin, 31 Juli 2023",
            "Nama",
            "Instansi/OPD",
            "Unsur pentahelix",
            "Waktu hadir",
            "Tanda tangan",
            "Ani Rahmawati, S.Kom.",
            "08:47",
            "Budi <b>& Rekan</b>",
            "09:03",
            "Akademisi",
            "Jumlah hadir: 2 orang");
    assertThat(text).doesNotContain("Citra Absen", "Dodi Selasa");
  }

  @Test
  void aHundredAndTwentyPeoplePresentFillSeveralPagesEachWithTheColumnHeaders() throws Exception {
    TestRegion region = fixtures.newRegion();
    long workshop = workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= 120; i++) {
      String name = "Peserta Bimtek %03d".formatted(i);
      names.add(name);
      long invitation = invite(region, workshop, name, PentahelixRole.COMMUNITY);
      attendance.mark(
          region.id(), workshop, invitation, WorkshopFixtures.LAST_DAY, "panitia@uji.test");
    }

    byte[] pdf =
        mvc.perform(
                get("/workshops/" + workshop + "/attendance.pdf")
                    .param("day", "2023-08-01")
                    .with(region.as(Role.EDITOR).user()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();

    List<String> pages = text(pdf);
    assertThat(pages).hasSizeGreaterThan(1);
    for (String page : pages) {
      assertThat(page).contains("Nama", "Unsur pentahelix", "Waktu hadir", "Tanda tangan");
    }
    String all = String.join("\n", pages);
    assertThat(names).allMatch(all::contains);
    assertThat(pages.get(pages.size() - 1)).contains("Jumlah hadir: 120 orang");
    assertThat(pages.get(0)).doesNotContain("Jumlah hadir");
  }

  @Test
  void inEnglishTheSheetSpeaksEnglishAndADayWithoutAnybodySaysSo() throws Exception {
    TestRegion region = fixtures.newRegion();
    long workshop = workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));

    byte[] pdf =
        mvc.perform(
                get("/workshops/" + workshop + "/attendance.pdf")
                    .param("day", "2023-08-01")
                    .param("lang", "en")
                    .with(region.as(Role.OPD_CONTRIBUTOR).user()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();

    String text = text(pdf).get(0);
    assertThat(text)
        .contains(
            "ATTENDANCE LIST",
            "Tuesday, 1 August 2023",
            "Signature",
            "Nobody was present",
            "Present: 0 people");
    mvc.perform(
            get("/workshops/" + workshop + "/attendance.pdf")
                .param("day", "2023-08-02")
                .with(region.as(Role.EDITOR).user()))
        .andExpect(status().isNotFound());
  }

  private long invite(TestRegion region, long workshop, String name, PentahelixRole role) {
    long stakeholder =
        stakeholders
            .create(
                region.id(),
                new StakeholderCommand(
                    StakeholderKind.PERSON, name, role, null, null, null, null, false, null),
                "test")
            .id();
    return workshops.inviteStakeholder(region.id(), workshop, stakeholder);
  }

  /** The text of each page, runs of white space (line breaks in a cell) as one space. */
  private static List<String> text(byte[] pdf) throws IOException {
    List<String> pages = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int p = 1; p <= document.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        pages.add(stripper.getText(document).replaceAll("\\s+", " "));
      }
    }
    return pages;
  }
}
