package id.rancang.region;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a Kemendagri region code against the region's type: a province is {@code NN} (one of the
 * 38 provinces), a kabupaten {@code NN.NN} numbered 01-70 and a kota {@code NN.NN} numbered 71-99,
 * both inside an existing province.
 */
final class KemendagriCode {

  static final Set<String> PROVINCES =
      Set.of(
          "11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "31", "32", "33", "34", "35",
          "36", "51", "52", "53", "61", "62", "63", "64", "65", "71", "72", "73", "74", "75", "76",
          "81", "82", "91", "92", "93", "94", "95", "96");

  private static final Pattern PROVINCE = Pattern.compile("\\d{2}");
  private static final Pattern REGENCY = Pattern.compile("\\d{2}\\.\\d{2}");

  private KemendagriCode() {}

  /** The message key of what is wrong with the code, or empty when it is valid for the type. */
  static Optional<String> problem(String code, RegionType type) {
    if (code == null || type == null) {
      return Optional.empty();
    }
    if (type == RegionType.PROVINSI) {
      if (!PROVINCE.matcher(code).matches()) {
        return Optional.of("region.code.provinceFormat");
      }
      return PROVINCES.contains(code)
          ? Optional.empty()
          : Optional.of("region.code.unknownProvince");
    }
    if (!REGENCY.matcher(code).matches()) {
      return Optional.of("region.code.regencyFormat");
    }
    if (!PROVINCES.contains(code.substring(0, 2))) {
      return Optional.of("region.code.unknownProvince");
    }
    int number = Integer.parseInt(code.substring(3));
    if (type == RegionType.KABUPATEN && (number < 1 || number > 70)) {
      return Optional.of("region.code.kabupatenRange");
    }
    if (type == RegionType.KOTA && (number < 71 || number > 99)) {
      return Optional.of("region.code.kotaRange");
    }
    return Optional.empty();
  }
}
