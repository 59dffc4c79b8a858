package id.rancang.document;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.shared.Formats;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTests {

  private final Formats indonesian = new Formats(Books.INDONESIAN);
  private final Formats english = new Formats(Locale.ENGLISH);

  @Test
  void indonesianNumbersGroupThousandsWithDotsAndDecimalsWithACommas() {
    assertThat(indonesian.number(new BigDecimal("1234567.89"))).isEqualTo("1.234.567,89");
    assertThat(english.number(new BigDecimal("1234567.89"))).isEqualTo("1,234,567.89");
  }

  @Test
  void rupiahAmountsAreWrittenInFullWithoutSenWhenThereAreNone() {
    assertThat(indonesian.rupiah(new BigDecimal("1500000000"))).isEqualTo("Rp\u00a01.500.000.000");
    assertThat(indonesian.rupiah(new BigDecimal("250000.5"))).isEqualTo("Rp\u00a0250.000,5");
  }

  @Test
  void chartAxesShortenRupiahToMiliarAndJuta() {
    assertThat(indonesian.rupiahShort(new BigDecimal("1500000000"))).isEqualTo("Rp 1,5 M");
    assertThat(indonesian.rupiahShort(new BigDecimal("250000000"))).isEqualTo("Rp 250 jt");
    assertThat(english.rupiahShort(new BigDecimal("1500000000"))).isEqualTo("Rp 1.5 bn");
  }

  @Test
  void datesAreWrittenOutWithTheMonthNameOfTheLanguage() {
    assertThat(indonesian.date(LocalDate.of(2023, 7, 31))).isEqualTo("31 Juli 2023");
    assertThat(english.date(LocalDate.of(2023, 7, 31))).isEqualTo("31 July 2023");
  }
}
