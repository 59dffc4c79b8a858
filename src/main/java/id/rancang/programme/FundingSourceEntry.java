package id.rancang.programme;

import java.util.Locale;

/**
 * A funding source a region's budget lines may name: one of the built-in sources (no {@code id},
 * named in Bahasa Indonesia and English) or one the region added ({@code id}, {@code version}, the
 * same name in both languages). {@code budgetLines} and {@code programmes} count where the region
 * uses it.
 */
public record FundingSourceEntry(
    Long id,
    String code,
    boolean builtIn,
    String nameId,
    String nameEn,
    long budgetLines,
    long programmes,
    Integer version) {

  /** The name in the given language (English for {@code en}, Bahasa Indonesia otherwise). */
  public String name(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameId;
  }

  public boolean inUse() {
    return budgetLines > 0;
  }
}
