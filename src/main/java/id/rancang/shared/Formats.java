package id.rancang.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers, rupiah amounts and dates the way the book's readers write them: 1.234.567,89 and "31
 * Juli 2023" in Bahasa Indonesia, 1,234,567.89 and "31 July 2023" in English.
 */
public final class Formats {

  private static final BigDecimal BILLION = new BigDecimal("1000000000");
  private static final BigDecimal MILLION = new BigDecimal("1000000");

  private final Locale locale;
  private final boolean english;
  private final DecimalFormatSymbols symbols;

  public Formats(Locale language) {
    this.english = "en".equals(language.getLanguage());
    this.locale = english ? Locale.UK : Locale.forLanguageTag("id-ID");
    this.symbols = new DecimalFormatSymbols(Locale.ROOT);
    symbols.setGroupingSeparator(english ? ',' : '.');
    symbols.setDecimalSeparator(english ? '.' : ',');
    symbols.setMinusSign('-');
  }

  /** A number with thousands separators and the decimals it has (at most four). */
  public String number(BigDecimal value) {
    if (value == null) {
      return "";
    }
    DecimalFormat f = new DecimalFormat("#,##0.####", symbols);
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f.format(value);
  }

  public String number(long value) {
    return number(BigDecimal.valueOf(value));
  }

  /** A rupiah amount in full: Rp 1.500.000.000 (sen only when there are any). */
  public String rupiah(BigDecimal amount) {
    if (amount == null) {
      return "";
    }
    DecimalFormat f = new DecimalFormat("#,##0.##", symbols);
    f.setRoundingMode(RoundingMode.HALF_UP);
    return "Rp\u00a0" + f.format(amount);
  }

  /** A rupiah amount in short for chart axes: Rp 1,5 M (miliar) or Rp 250 jt (juta). */
  public String rupiahShort(BigDecimal amount) {
    if (amount == null) {
      return "";
    }
    DecimalFormat f = new DecimalFormat("#,##0.#", symbols);
    BigDecimal abs = amount.abs();
    if (abs.compareTo(BILLION) >= 0) {
      return "Rp " + f.format(amount.divide(BILLION)) + (english ? " bn" : " M");
    }
    if (abs.compareTo(MILLION) >= 0) {
      return "Rp " + f.format(amount.divide(MILLION)) + (english ? " m" : " jt");
    }
    return "Rp " + f.format(amount);
  }

  /** A date written out: 31 Juli 2023. */
  public String date(LocalDate date) {
    return date == null ? "" : date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
  }

  public boolean english() {
    return english;
  }
}
