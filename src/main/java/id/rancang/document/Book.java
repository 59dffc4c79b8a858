package id.rancang.document;

import java.util.Arrays;
import java.util.Optional;

/** The documents of a masterplan, by the name used in URLs and file names. */
public enum Book {
  /** Strategy: profile, readiness, vision, missions, goals, targets, indicators, alignment. */
  BUKU_1("buku-1"),
  /** Programmes, action plans, quick wins, roadmap, budget and performance measurement. */
  BUKU_2("buku-2"),
  /** The 4 to 8 page executive summary. */
  RINGKASAN_EKSEKUTIF("ringkasan-eksekutif");

  private final String slug;

  Book(String slug) {
    this.slug = slug;
  }

  public String slug() {
    return slug;
  }

  public static Optional<Book> fromSlug(String slug) {
    return Arrays.stream(values()).filter(b -> b.slug.equals(slug)).findFirst();
  }
}
