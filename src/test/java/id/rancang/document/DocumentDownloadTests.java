package id.rancang.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.rancang.identity.Role;
import id.rancang.programme.BudgetItem;
import id.rancang.programme.Horizon;
import id.rancang.programme.Partner;
import id.rancang.programme.ProgrammeCommand;
import id.rancang.programme.ProgrammePortfolio;
import id.rancang.region.PentahelixRole;
import id.rancang.region.StakeholderCommand;
import id.rancang.region.StakeholderKind;
import id.rancang.region.StakeholderRegister;
import id.rancang.strategy.Dimension;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.ProgrammeFixtures;
import id.rancang.support.RancangIntegrationTest;
import id.rancang.support.StrategyFixtures;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@RancangIntegrationTest
class DocumentDownloadTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired StrategyFixtures strategy;
  @Autowired ProgrammeFixtures programmeFixtures;
  @Autowired ProgrammePortfolio portfolio;
  @Autowired StakeholderRegister stakeholders;

  TestRegion region;
  long plan;
  String programmeName;

  /**
   * A region's masterplan with a mission, goal, target and indicator, and a programme with a
   * partner (Universitas Pancasakti), a budget line and an action.
   */
  @BeforeEach
  void masterplanWithAProgramme() {
    region = fixtures.newRegion();
    plan = fixtures.createMasterplan(region.id());
    strategy.createBranch(region.id(), plan, region.opd().id());
    long university =
        stakeholders
            .create(
                region.id(),
                new StakeholderCommand(
                    StakeholderKind.ORGANISATION,
                    "Universitas Pancasakti",
                    PentahelixRole.ACADEMIA,
                    null,
                    null,
                    null,
                    null,
                    false,
                    null),
                "test")
            .id();
    programmeName = "Sistem Informasi Desa Terpadu " + region.code();
    long programme =
        portfolio
            .create(
                region.id(),
                plan,
                new ProgrammeCommand(
                    "SID-1",
                    programmeName,
                    Dimension.GOVERNANCE,
                    null,
                    "Data desa tersebar",
                    null,
                    null,
                    null,
                    Horizon.MEDIUM,
                    2025,
                    2027,
                    region.opd().id(),
                    true,
                    null,
                    null,
                    null,
                    List.of(new Partner(university, PentahelixRole.ACADEMIA, "Kajian")),
                    List.of(),
                    List.of(),
                    List.of(new BudgetItem(2025, "APBD", new BigDecimal("1500000000"))),
                    List.of(),
                    List.of()))
            .programme()
            .id();
    programmeFixtures.createAction(region.id(), programme);
  }

  private byte[] download(String path, Fixtures.Person who) throws Exception {
    return mvc.perform(get(path).with(who.bearer()))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }

  private static String pdfText(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replace("\u00a0", " ").replaceAll("\\s+", " ");
    }
  }

  private static String docxText(byte[] docx) throws Exception {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      return extractor.getText().replaceAll("\\s+", " ");
    }
  }

  @Test
  void buku2AsPdfIsGeneratedFromTheLiveProgrammes() throws Exception {
    mvc.perform(
            get("/api/v1/masterplans/{id}/documents/buku-2.pdf", plan)
                .with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isOk())
        .andExpect(content().contentType("application/pdf"))
        .andExpect(
            header()
                .string(
                    "Content-Disposition",
                    org.hamcrest.Matchers.containsString(
                        "buku-2-" + region.code().replace(".", "") + "-" + plan + ".pdf")));

    String text =
        pdfText(
            download(
                "/api/v1/masterplans/" + plan + "/documents/buku-2.pdf", region.as(Role.EDITOR)));

    assertThat(text)
        .contains(programmeName)
        .contains("Universitas Pancasakti")
        .contains("Rp 1.500.000.000")
        .contains("Pengadaan server");
  }

  @Test
  void buku1AsDocxHoldsTheIndicatorMatrix() throws Exception {
    String text =
        docxText(
            download(
                "/api/v1/masterplans/" + plan + "/documents/buku-1.docx",
                region.as(Role.REVIEWER)));

    assertThat(text).contains("Matriks Indikator").contains("Daerah Uji " + region.code());
  }

  @Test
  void englishIsGivenOnRequestWhateverTheUserInterfaceLanguage() throws Exception {
    String text =
        pdfText(
            download(
                "/api/v1/masterplans/" + plan + "/documents/ringkasan-eksekutif.pdf?lang=en",
                region.as(Role.EDITOR)));

    assertThat(text)
        .contains("Executive Summary")
        .contains("Key Numbers")
        .doesNotContain("Angka Kunci");
  }

  @Test
  void participantsGetTheBooksWithoutThePartnersNames() throws Exception {
    String text =
        docxText(
            download(
                "/api/v1/masterplans/" + plan + "/documents/buku-2.docx",
                region.as(Role.PARTICIPANT)));

    assertThat(text).contains(programmeName).doesNotContain("Universitas Pancasakti");
  }

  @Test
  void thePageDownloadServesTheSameBook() throws Exception {
    byte[] docx =
        mvc.perform(
                get("/masterplans/{id}/documents/buku-2.docx", plan)
                    .with(region.as(Role.EDITOR).user()))
            .andExpect(status().isOk())
            .andExpect(
                content()
                    .contentType(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();

    assertThat(docxText(docx)).contains(programmeName);
  }

  @Test
  void theDocumentsPageOffersEveryBookInBothLanguagesAndFormats() throws Exception {
    String html =
        mvc.perform(get("/masterplans/{id}/documents", plan).with(region.as(Role.EDITOR).user()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    for (Book book : Book.values()) {
      for (DocumentFormat format : DocumentFormat.values()) {
        String link =
            "/masterplans/" + plan + "/documents/" + book.slug() + "." + format.extension();
        assertThat(html).contains(link + "\"").contains(link + "?lang=en\"");
      }
    }
  }

  @Autowired MasterplanContents contents;
  @Autowired MasterplanVersions versions;

  @Test
  void aFrozenVersionsBooksShowTheVersionAsItWasFrozenNotTheLiveData() throws Exception {
    long version = versions.freeze(region.id(), plan, "v1.0 - Perbup 20/2024", "Ditetapkan").id();
    var programme = portfolio.findByCode(region.id(), plan, "SID-1").orElseThrow();
    portfolio.update(
        region.id(),
        plan,
        programme.id(),
        new ProgrammeCommand(
            "SID-1",
            "Nama Baru Setelah Dibekukan",
            programme.dimension(),
            programme.element(),
            programme.problem(),
            programme.description(),
            programme.impactSociety(),
            programme.impactEnvironment(),
            programme.horizon(),
            programme.startYear(),
            programme.endYear(),
            programme.leadOpdId(),
            programme.quickWin(),
            null,
            null,
            null,
            programme.partners(),
            List.of(),
            List.of(),
            programme.budget(),
            List.of(),
            List.of()),
        programme.version());

    String frozen =
        pdfText(
            download(
                "/api/v1/masterplans/" + plan + "/documents/buku-2.pdf?version=" + version,
                region.as(Role.EDITOR)));
    String live =
        docxText(
            download(
                "/api/v1/masterplans/" + plan + "/documents/buku-2.docx", region.as(Role.EDITOR)));

    assertThat(frozen)
        .contains(programmeName)
        .contains("Versi v1.0 - Perbup 20/2024")
        .doesNotContain("Nama Baru Setelah Dibekukan");
    assertThat(live).contains("Nama Baru Setelah Dibekukan").contains("belum dibekukan");
  }

  @Test
  void theBudgetChartsOfBuku2AreTheOnesOnTheBudgetPage() throws Exception {
    String html =
        mvc.perform(
                get("/masterplans/{id}/programmes/budget", plan)
                    .with(region.as(Role.EDITOR).user()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<String> pageCharts = svgs(html);
    List<String> bookCharts =
        Books.write(Book.BUKU_2, contents.live(region.id(), plan), Books.INDONESIAN)
            .blocks()
            .stream()
            .filter(id.rancang.document.book.Block.Figure.class::isInstance)
            .map(b -> withoutTitle(((id.rancang.document.book.Block.Figure) b).svg()))
            .toList();

    assertThat(pageCharts).hasSize(2);
    assertThat(pageCharts.get(0)).contains("Rp 1,5 M");
    assertThat(bookCharts).containsAll(pageCharts);
  }

  @Test
  void theRoadmapOfBuku2IsTheOneOnTheBoardPage() throws Exception {
    String html =
        mvc.perform(
                get("/masterplans/{id}/programmes/board", plan).with(region.as(Role.EDITOR).user()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<String> pageCharts = svgs(html);
    List<String> bookCharts =
        Books.write(Book.BUKU_2, contents.live(region.id(), plan), Books.INDONESIAN)
            .blocks()
            .stream()
            .filter(id.rancang.document.book.Block.Figure.class::isInstance)
            .map(b -> withoutTitle(((id.rancang.document.book.Block.Figure) b).svg()))
            .toList();

    assertThat(pageCharts).hasSize(1);
    assertThat(pageCharts.get(0)).contains("SID-1 " + programmeName);
    assertThat(bookCharts).contains(pageCharts.get(0));
  }

  /** The SVG elements of a page, each without its title (the page and the book name it apart). */
  private static List<String> svgs(String html) {
    List<String> found = new java.util.ArrayList<>();
    int from = 0;
    while ((from = html.indexOf("<svg", from)) >= 0) {
      int end = html.indexOf("</svg>", from) + "</svg>".length();
      found.add(withoutTitle(html.substring(from, end)));
      from = end;
    }
    return found;
  }

  private static String withoutTitle(String svg) {
    return svg.replaceFirst("<title>[^<]*</title>", "");
  }

  @Autowired id.rancang.region.RegionManagement regionManagement;

  @Test
  void theCoverShowsTheRegionsLogoInBothFormats() throws Exception {
    java.awt.image.BufferedImage image =
        new java.awt.image.BufferedImage(120, 80, java.awt.image.BufferedImage.TYPE_INT_RGB);
    var out = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(image, "png", out);
    byte[] png = out.toByteArray();
    regionManagement.setLogo(region.id(), png, "image/png");

    byte[] docx =
        download("/api/v1/masterplans/" + plan + "/documents/buku-1.docx", region.as(Role.EDITOR));
    byte[] pdf =
        download("/api/v1/masterplans/" + plan + "/documents/buku-1.pdf", region.as(Role.EDITOR));

    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
      assertThat(document.getAllPictures()).anySatisfy(p -> assertThat(p.getData()).isEqualTo(png));
    }
    try (PDDocument document = Loader.loadPDF(pdf)) {
      var cover = document.getPage(0).getResources();
      assertThat(cover.getXObjectNames())
          .anyMatch(
              name -> {
                try {
                  return cover.getXObject(name)
                      instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
                } catch (java.io.IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              });
    }
  }

  @Test
  void anotherRegionsMasterplanUnknownBooksAndFormatsAreNotFound() throws Exception {
    TestRegion other = fixtures.newRegion();
    mvc.perform(
            get("/api/v1/masterplans/{id}/documents/buku-1.pdf", plan)
                .with(other.as(Role.REGION_ADMIN).bearer()))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/api/v1/masterplans/{id}/documents/buku-3.pdf", plan)
                .with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/api/v1/masterplans/{id}/documents/buku-1.odt", plan)
                .with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/masterplans/{id}/documents/buku-1.pdf", plan)
                .with(other.as(Role.REGION_ADMIN).user()))
        .andExpect(status().isNotFound());
  }
}
