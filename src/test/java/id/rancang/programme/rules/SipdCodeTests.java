package id.rancang.programme.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class SipdCodeTests {

  @Test
  void theExamplesOfPermendagri90AreWellFormedAndNested() {
    assertThat(SipdCode.isProgram("1.01.01")).isTrue();
    assertThat(SipdCode.isKegiatan("1.01.01.2.01")).isTrue();
    assertThat(SipdCode.isSubKegiatan("1.01.01.2.01.0001")).isTrue();
    assertThat(SipdCode.check("1.01.01", "1.01.01.2.01", "1.01.01.2.01.0001")).isEmpty();
  }

  @Test
  void everyCodeIsOptional() {
    assertThat(SipdCode.check(null, null, null)).isEmpty();
    assertThat(SipdCode.check("", " ", null)).isEmpty();
    assertThat(SipdCode.check(null, "2.16.02.1.01", null)).isEmpty();
    assertThat(SipdCode.check("2.16.02", null, "2.16.02.1.01.0007")).isEmpty();
  }

  @Test
  void eachLevelHasItsOwnForm() {
    assertThat(List.of("1.01.01", "4.01.05", "9.99.99")).allMatch(SipdCode::isProgram);
    assertThat(
            List.of("1.1.01", "01.01.01", "1.01.1", "1.01.01.", "1-01-01", "1.01.01.2", "a.bc.de"))
        .noneMatch(SipdCode::isProgram);
    assertThat(List.of("1.01.01.2.1", "1.01.01.22.01", "1.01.01.2.01.0001", "1.01.01"))
        .noneMatch(SipdCode::isKegiatan);
    assertThat(
            List.of("1.01.01.2.01.001", "1.01.01.2.01.00001", "1.01.01.2.01", " 1.01.01.2.01.0001"))
        .noneMatch(SipdCode::isSubKegiatan);
    assertThat(SipdCode.isProgram(null)).isFalse();
  }

  @Test
  void malformedCodesAreErrorsOnTheirFields() {
    List<ProgrammeFinding> findings = SipdCode.check("1.1.1", "1.01.01.2", "1.01.01.2.01.1");

    assertThat(findings)
        .extracting(ProgrammeFinding::field, ProgrammeFinding::messageKey, ProgrammeFinding::args)
        .containsExactly(
            tuple("sipdProgram", "programme.sipd.programForm", List.of("1.1.1")),
            tuple("sipdKegiatan", "programme.sipd.kegiatanForm", List.of("1.01.01.2")),
            tuple("sipdSubKegiatan", "programme.sipd.subKegiatanForm", List.of("1.01.01.2.01.1")));
    assertThat(ProgrammeFinding.blocks(findings)).isTrue();
  }

  @Test
  void aKegiatanMustStartWithItsProgramsCode() {
    assertThat(SipdCode.check("1.01.02", "1.01.01.2.01", null))
        .extracting(ProgrammeFinding::field, ProgrammeFinding::messageKey, ProgrammeFinding::args)
        .containsExactly(
            tuple(
                "sipdKegiatan",
                "programme.sipd.kegiatanOutsideProgram",
                List.of("1.01.01.2.01", "1.01.02")));
  }

  @Test
  void aSubKegiatanMustStartWithItsKegiatansCode() {
    assertThat(SipdCode.check("1.01.01", "1.01.01.2.01", "1.01.01.2.02.0001"))
        .extracting(ProgrammeFinding::field, ProgrammeFinding::messageKey, ProgrammeFinding::args)
        .containsExactly(
            tuple(
                "sipdSubKegiatan",
                "programme.sipd.subKegiatanOutsideKegiatan",
                List.of("1.01.01.2.02.0001", "1.01.01.2.01")));
  }

  @Test
  void nestingIsOnlyJudgedBetweenWellFormedCodes() {
    // The malformed program is reported once, not also as the parent the kegiatan misses.
    assertThat(SipdCode.check("1.01", "1.01.01.2.01", null))
        .extracting(ProgrammeFinding::messageKey)
        .containsExactly("programme.sipd.programForm");
  }
}
