package id.rancang.workshop.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Workshop days and check-in times as people read them: "Senin, 31 Juli 2023", "09:15". */
final class Days {

  private Days() {}

  /** The day with its weekday, in Bahasa Indonesia or (for {@code en}) English. */
  static String longDate(LocalDate day, Locale language) {
    Locale locale =
        "en".equals(language.getLanguage()) ? Locale.UK : Locale.forLanguageTag("id-ID");
    return day.format(DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", locale));
  }

  /** The time of day of a check-in, in the zone it was read in. */
  static String time(OffsetDateTime at) {
    return at.format(DateTimeFormatter.ofPattern("HH:mm"));
  }
}
