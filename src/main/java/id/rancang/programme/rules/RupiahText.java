package id.rancang.programme.rules;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a rupiah amount as people type it in Indonesia: {@code 1.500.000} (dots group thousands),
 * {@code 1.500.000,50} (a comma before sen), plain {@code 1500000} or {@code 1500000.5}, with an
 * optional {@code Rp} in front and spaces anywhere. A dot followed by exactly three digits groups
 * thousands ({@code 1.500} is one thousand five hundred rupiah, never one and a half).
 */
public final class RupiahText {

  private static final Pattern GROUPED = Pattern.compile("^-?\\d{1,3}(\\.\\d{3})+(,\\d+)?$");
  private static final Pattern COMMA_DECIMAL = Pattern.compile("^-?\\d+(,\\d+)?$");
  private static final Pattern DOT_DECIMAL = Pattern.compile("^-?\\d+(\\.\\d{1,2})?$");

  private RupiahText() {}

  /** The amount, or empty when the text is not a rupiah amount; blank text is empty too. */
  public static Optional<BigDecimal> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String value = text.replace(" ", "").replace("\u00a0", "");
    if (value.regionMatches(true, 0, "Rp", 0, 2)) {
      value = value.substring(2);
      if (value.startsWith(".")) {
        value = value.substring(1);
      }
    }
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (GROUPED.matcher(value).matches()) {
      return Optional.of(new BigDecimal(value.replace(".", "").replace(',', '.')));
    }
    if (COMMA_DECIMAL.matcher(value).matches()) {
      return Optional.of(new BigDecimal(value.replace(',', '.')));
    }
    if (DOT_DECIMAL.matcher(value).matches()) {
      return Optional.of(new BigDecimal(value));
    }
    return Optional.empty();
  }
}
