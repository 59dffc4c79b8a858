package id.rancang.strategy;

import java.util.Locale;

/**
 * A standard indicator from the shipped library: the standard's own code (prefixed by family), its
 * name and a paraphrased definition in both languages, a unit, a suggested dimension and polarity,
 * and the exact document it comes from. Library entries are reference data: no region owns them.
 */
public record LibraryIndicator(
    String code,
    IndicatorFamily family,
    String nameId,
    String nameEn,
    String unit,
    String definitionId,
    String definitionEn,
    Dimension dimension,
    Polarity polarity,
    String source) {

  /** The name in the given language (Bahasa Indonesia unless English is asked for). */
  public String name(Locale locale) {
    return english(locale) ? nameEn : nameId;
  }

  /** The definition in the given language (Bahasa Indonesia unless English is asked for). */
  public String definition(Locale locale) {
    return english(locale) ? definitionEn : definitionId;
  }

  private static boolean english(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage());
  }
}
