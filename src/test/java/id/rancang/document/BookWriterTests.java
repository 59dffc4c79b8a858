package id.rancang.document;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.document.MasterplanContent.ProgrammeEntry;
import id.rancang.document.book.Block;
import id.rancang.document.book.BookDocument;
import id.rancang.programme.ProgrammeStatus;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BookWriterTests {

  private static String allText(BookDocument book) {
    return book.blocks().stream()
        .map(
            b -> {
              if (b instanceof Block.Heading h) {
                return h.title();
              } else if (b instanceof Block.Paragraph p) {
                return p.text();
              } else if (b instanceof Block.Bullets l) {
                return String.join("\n", l.items());
              } else if (b instanceof Block.Facts f) {
                return f.facts().stream()
                    .map(x -> x.label() + " " + x.value())
                    .collect(Collectors.joining("\n"));
              } else if (b instanceof Block.Table t) {
                return t.caption()
                    + "\n"
                    + String.join(" ", t.headers())
                    + "\n"
                    + t.rows().stream()
                        .map(r -> String.join(" ", r))
                        .collect(Collectors.joining("\n"));
              } else if (b instanceof Block.Figure f) {
                return f.caption();
              }
              return "";
            })
        .collect(Collectors.joining("\n"));
  }

  private static List<String> chapters(BookDocument book) {
    return book.headings().stream().filter(h -> h.level() == 1).map(Block.Heading::text).toList();
  }

  @Test
  void buku1HasTheChaptersOfAStrategyBookInOrder() {
    BookDocument book = Books.write(Book.BUKU_1, SampleContent.withProgrammes(3), Books.INDONESIAN);

    assertThat(chapters(book))
        .containsExactly(
            "Pendahuluan",
            "Profil Daerah",
            "Analisis Kesiapan dan SWOT",
            "Visi dan Misi Smart City",
            "Tujuan dan Sasaran",
            "Matriks Indikator",
            "Keselarasan dengan RPJMD",
            "Branding Daerah");
  }

  @Test
  void buku2HasASheetForEveryProgrammeThatIsNotCancelled() {
    MasterplanContent content = SampleContent.withProgrammes(120);
    BookDocument book = Books.write(Book.BUKU_2, content, Books.INDONESIAN);

    List<String> sheets =
        book.headings().stream().filter(h -> h.level() == 4).map(Block.Heading::text).toList();
    List<String> expected =
        content.programmes().stream()
            .filter(p -> p.status() != ProgrammeStatus.CANCELLED)
            .map(ProgrammeEntry::name)
            .toList();
    assertThat(expected).hasSizeLessThan(120);
    assertThat(sheets).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(chapters(book))
        .contains("Rencana Aksi", "Quick Win", "Roadmap", "Anggaran", "Rencana Pengukuran Kinerja");
  }

  @Test
  void theRoadmapIsSplitIntoFiguresThatFitOnAPage() {
    BookDocument book =
        Books.write(Book.BUKU_2, SampleContent.withProgrammes(300), Books.INDONESIAN);

    List<Block.Figure> gantts =
        book.blocks().stream()
            .filter(Block.Figure.class::isInstance)
            .map(Block.Figure.class::cast)
            .filter(f -> f.caption().contains("Roadmap"))
            .toList();
    // 294 programmes over six dimensions, at most 40 rows per figure
    assertThat(gantts).hasSizeGreaterThanOrEqualTo(294 / 40);
    assertThat(gantts).allSatisfy(f -> assertThat(f.heightMm()).isLessThan(230));
  }

  @Test
  void chaptersAndSectionsAreNumberedAndHaveUniqueAnchors() {
    BookDocument book =
        Books.write(Book.BUKU_2, SampleContent.withProgrammes(30), Books.INDONESIAN);

    List<Block.Heading> headings = book.headings();
    assertThat(headings.get(0).title()).isEqualTo("1 Pendahuluan");
    assertThat(headings.stream().filter(h -> h.level() == 2).findFirst().orElseThrow().number())
        .isEqualTo("2.1");
    assertThat(headings.stream().map(Block.Heading::anchor).distinct().count())
        .isEqualTo(headings.size());
  }

  @Test
  void anEmptyMasterplanStillMakesEveryBookAndSaysWhatIsMissing() {
    for (Book b : Book.values()) {
      BookDocument book = Books.write(b, SampleContent.empty(), Books.INDONESIAN);

      List<String> notes =
          book.blocks().stream()
              .filter(Block.Paragraph.class::isInstance)
              .map(Block.Paragraph.class::cast)
              .filter(p -> p.style() == Block.Paragraph.Style.NOTE)
              .map(Block.Paragraph::text)
              .toList();
      assertThat(notes).as(b.slug()).isNotEmpty();
      assertThat(chapters(book)).as(b.slug()).isNotEmpty();
    }
    String buku1 = allText(Books.write(Book.BUKU_1, SampleContent.empty(), Books.INDONESIAN));
    assertThat(buku1)
        .contains("Visi smart city belum dirumuskan.")
        .contains("Indikator belum ditetapkan.");
  }

  @Test
  void theCoverSaysTheBookShowsTheLiveDataOfTheDayItWasMade() {
    BookDocument book = Books.write(Book.BUKU_1, SampleContent.withProgrammes(1), Books.INDONESIAN);

    assertThat(book.cover().edition()).isEqualTo("Data per 31 Juli 2026 (belum dibekukan)");
  }

  @Test
  void englishBooksAreWrittenInEnglish() {
    BookDocument book = Books.write(Book.BUKU_2, SampleContent.withProgrammes(6), Locale.ENGLISH);

    assertThat(chapters(book)).startsWith("Introduction", "Strategy per Dimension");
    assertThat(book.cover().bookTitle()).isEqualTo("Buku 2: Programmes and Action Plans");
    assertThat(book.cover().regulation()).isEqualTo("Adopted by Perbup 20/2024 of 31 July 2024");
  }

  @Test
  void theCoverNamesTheRegionThePeriodAndTheAdoptingRegulation() {
    BookDocument book = Books.write(Book.BUKU_1, SampleContent.withProgrammes(1), Books.INDONESIAN);

    assertThat(book.cover().regionName()).isEqualTo("Kabupaten Tegal");
    assertThat(book.cover().period()).isEqualTo("Periode 2025-2034");
    assertThat(book.cover().regulation())
        .isEqualTo("Ditetapkan dengan Perbup 20/2024 tanggal 31 Juli 2024");
  }

  @Test
  void theBudgetTotalOfBuku2IsTheSumOfTheBudgetLinesOfProgrammesThatAreNotCancelled() {
    MasterplanContent content = SampleContent.withProgrammes(60);
    java.math.BigDecimal expected =
        content.programmes().stream()
            .filter(p -> p.status() != ProgrammeStatus.CANCELLED)
            .flatMap(p -> p.budget().stream())
            .map(MasterplanContent.BudgetEntry::amount)
            .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);

    String text = allText(Books.write(Book.BUKU_2, content, Books.INDONESIAN));

    assertThat(text)
        .contains(
            "Total anggaran " + new id.rancang.shared.Formats(Books.INDONESIAN).rupiah(expected));
  }

  @Test
  void readersWhoMayNotSeePartnerNamesGetTheRoleOnly() {
    MasterplanContent content = SampleContent.withProgrammes(3).withoutPartnerNames();

    String text = allText(Books.write(Book.BUKU_2, content, Books.INDONESIAN));

    assertThat(text).doesNotContain("Universitas Pancasakti").contains("(nama tidak ditampilkan)");
  }

  @Test
  void theExecutiveSummaryStaysCompactWhateverTheSizeOfTheMasterplan() {
    BookDocument small =
        Books.write(Book.RINGKASAN_EKSEKUTIF, SampleContent.withProgrammes(10), Books.INDONESIAN);
    BookDocument large =
        Books.write(Book.RINGKASAN_EKSEKUTIF, SampleContent.withProgrammes(300), Books.INDONESIAN);

    assertThat(large.compact()).isTrue();
    assertThat(large.blocks().size()).isLessThanOrEqualTo(small.blocks().size() + 2);
  }
}
