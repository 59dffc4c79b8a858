package id.rancang.workshop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DownloadNameTests {

  @Test
  void anUploadedNameLosesItsFoldersAndCharactersThatTripFileSystemsAndHeaders() {
    assertThat(DownloadName.clean("C:\\Users\\diskominfo\\Paparan Tahap 2.pdf"))
        .isEqualTo("Paparan Tahap 2.pdf");
    assertThat(DownloadName.clean("../../etc/passwd.csv")).isEqualTo("passwd.csv");
    assertThat(DownloadName.clean("data\"; filename=x.csv")).isEqualTo("data_; filename=x.csv");
    assertThat(DownloadName.clean("a\r\nSet-Cookie: x=1.pdf")).isEqualTo("a__Set-Cookie_ x=1.pdf");
    // a right-to-left override would show "fdp.exe" as "exe.pdf"
    assertThat(DownloadName.clean("laporan\u202Efdp.exe")).isEqualTo("laporan_fdp.exe");
    assertThat(DownloadName.clean("...hidden.pdf")).isEqualTo("hidden.pdf");
    assertThat(DownloadName.clean("  ")).isEqualTo("materi");
    assertThat(DownloadName.clean(null)).isEqualTo("materi");
  }

  @Test
  void aLongNameIsCutToTwoHundredCharactersKeepingItsExtension() {
    String cleaned = DownloadName.clean("a".repeat(300) + ".xlsx");

    assertThat(cleaned).hasSize(DownloadName.MAX_LENGTH).endsWith("a.xlsx");
  }

  @Test
  void anAsciiNameIsSentAsAQuotedFilenameOnly() {
    assertThat(DownloadName.contentDisposition("Paparan Data.pdf"))
        .isEqualTo("attachment; filename=\"Paparan Data.pdf\"");
  }

  @Test
  void aNameWithOtherCharactersAlsoTravelsPercentEncodedInUtf8() {
    // Ñ is U+00D1 (C3 91 in UTF-8); 数据 are U+6570 U+636E (E6 95 B0, E6 8D AE)
    assertThat(DownloadName.contentDisposition("Daftar Hadir \u00d1.pdf"))
        .isEqualTo(
            "attachment; filename=\"Daftar Hadir N.pdf\";"
                + " filename*=UTF-8''Daftar%20Hadir%20%C3%91.pdf");
    assertThat(DownloadName.contentDisposition("\u6570\u636e.xlsx"))
        .isEqualTo("attachment; filename=\"__.xlsx\"; filename*=UTF-8''%E6%95%B0%E6%8D%AE.xlsx");
  }

  @Test
  void aPercentSignIsNotLeftForABrowserToDecode() {
    assertThat(DownloadName.contentDisposition("capaian 100%.csv"))
        .isEqualTo(
            "attachment; filename=\"capaian 100_.csv\"; filename*=UTF-8''capaian%20100%25.csv");
  }
}
