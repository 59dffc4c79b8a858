package id.rancang.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Kemendagri codes as published: 33 = Jawa Tengah, 33.28 = Kabupaten Tegal, 33.76 = Kota Tegal. */
class KemendagriCodeTests {

  @ParameterizedTest(name = "{0} is a valid {1}")
  @CsvSource({
    "33.28, KABUPATEN",
    "33.76, KOTA",
    "33, PROVINSI",
    "31.71, KOTA",
    "96.01, KABUPATEN",
    "11.01, KABUPATEN"
  })
  void acceptsPublishedCodes(String code, RegionType type) {
    assertThat(KemendagriCode.problem(code, type)).isEmpty();
  }

  @ParameterizedTest(name = "{0} as {1} is refused with {2}")
  @CsvSource({
    "3328, KABUPATEN, region.code.regencyFormat",
    "33.2, KABUPATEN, region.code.regencyFormat",
    "33-28, KABUPATEN, region.code.regencyFormat",
    "33.76, KABUPATEN, region.code.kabupatenRange",
    "33.28, KOTA, region.code.kotaRange",
    "33.00, KABUPATEN, region.code.kabupatenRange",
    "20.01, KABUPATEN, region.code.unknownProvince",
    "99, PROVINSI, region.code.unknownProvince",
    "33.28, PROVINSI, region.code.provinceFormat"
  })
  void refusesMalformedCodes(String code, RegionType type, String problem) {
    assertThat(KemendagriCode.problem(code, type)).contains(problem);
  }
}
