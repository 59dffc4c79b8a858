package id.rancang.programme.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The optional Permendagri 90/2019 codes that tie a programme to the region's SIPD budget: program
 * {@code 1.01.01} (urusan, bidang urusan, program), kegiatan {@code 1.01.01.2.01} (the program's
 * code and two more groups of one and two digits), sub kegiatan {@code 1.01.01.2.01.0001} (the
 * kegiatan's code and four digits). A kegiatan belongs to its program, a sub kegiatan to its
 * kegiatan, so each code must start with the one above it when both are given. A {@code null} or
 * blank code is simply absent; a code is checked as given, so callers strip spaces first.
 */
public final class SipdCode {

  private static final Pattern PROGRAM = Pattern.compile("\\d\\.\\d{2}\\.\\d{2}");
  private static final Pattern KEGIATAN = Pattern.compile("\\d\\.\\d{2}\\.\\d{2}\\.\\d\\.\\d{2}");
  private static final Pattern SUB_KEGIATAN =
      Pattern.compile("\\d\\.\\d{2}\\.\\d{2}\\.\\d\\.\\d{2}\\.\\d{4}");

  private SipdCode() {}

  /** Whether the code has the form of a program code, e.g. {@code 1.01.01}. */
  public static boolean isProgram(String code) {
    return code != null && PROGRAM.matcher(code).matches();
  }

  /** Whether the code has the form of a kegiatan code, e.g. {@code 1.01.01.2.01}. */
  public static boolean isKegiatan(String code) {
    return code != null && KEGIATAN.matcher(code).matches();
  }

  /** Whether the code has the form of a sub kegiatan code, e.g. {@code 1.01.01.2.01.0001}. */
  public static boolean isSubKegiatan(String code) {
    return code != null && SUB_KEGIATAN.matcher(code).matches();
  }

  /**
   * Errors for codes of the wrong form (fields {@code sipdProgram}, {@code sipdKegiatan}, {@code
   * sipdSubKegiatan}) and for a kegiatan outside its program or a sub kegiatan outside its
   * kegiatan. Each argument may be {@code null} or blank.
   */
  public static List<ProgrammeFinding> check(String program, String kegiatan, String subKegiatan) {
    List<ProgrammeFinding> findings = new ArrayList<>();
    boolean programOk = present(program) && isProgram(program);
    boolean kegiatanOk = present(kegiatan) && isKegiatan(kegiatan);
    boolean subKegiatanOk = present(subKegiatan) && isSubKegiatan(subKegiatan);
    if (present(program) && !programOk) {
      findings.add(ProgrammeFinding.error("sipdProgram", "programme.sipd.programForm", program));
    }
    if (present(kegiatan) && !kegiatanOk) {
      findings.add(ProgrammeFinding.error("sipdKegiatan", "programme.sipd.kegiatanForm", kegiatan));
    }
    if (present(subKegiatan) && !subKegiatanOk) {
      findings.add(
          ProgrammeFinding.error("sipdSubKegiatan", "programme.sipd.subKegiatanForm", subKegiatan));
    }
    if (programOk && kegiatanOk && !kegiatan.startsWith(program + ".")) {
      findings.add(
          ProgrammeFinding.error(
              "sipdKegiatan", "programme.sipd.kegiatanOutsideProgram", kegiatan, program));
    }
    if (kegiatanOk && subKegiatanOk && !subKegiatan.startsWith(kegiatan + ".")) {
      findings.add(
          ProgrammeFinding.error(
              "sipdSubKegiatan",
              "programme.sipd.subKegiatanOutsideKegiatan",
              subKegiatan,
              kegiatan));
    }
    return findings;
  }

  private static boolean present(String code) {
    return code != null && !code.isBlank();
  }
}
