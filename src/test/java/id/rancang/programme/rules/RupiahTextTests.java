package id.rancang.programme.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RupiahTextTests {

  @Test
  void dotsGroupThousandsTheIndonesianWay() {
    assertThat(RupiahText.parse("1.500.000")).contains(new BigDecimal("1500000"));
    assertThat(RupiahText.parse("1.500")).contains(new BigDecimal("1500"));
  }

  @Test
  void aCommaStartsTheSen() {
    assertThat(RupiahText.parse("1.500.000,50")).contains(new BigDecimal("1500000.50"));
    assertThat(RupiahText.parse("250,5")).contains(new BigDecimal("250.5"));
  }

  @Test
  void plainNumbersAndAPrefixAreRead() {
    assertThat(RupiahText.parse("2500000")).contains(new BigDecimal("2500000"));
    assertThat(RupiahText.parse("Rp 2.500.000")).contains(new BigDecimal("2500000"));
    assertThat(RupiahText.parse("Rp. 750")).contains(new BigDecimal("750"));
    assertThat(RupiahText.parse("1500000.5")).contains(new BigDecimal("1500000.5"));
  }

  @Test
  void aNegativeAmountIsReadSoThatItCanBeRefusedWithItsValue() {
    assertThat(RupiahText.parse("-1.000")).contains(new BigDecimal("-1000"));
  }

  @Test
  void textThatIsNoAmountIsNotGuessed() {
    assertThat(RupiahText.parse("satu juta")).isEmpty();
    assertThat(RupiahText.parse("1.50.000")).isEmpty();
    assertThat(RupiahText.parse("1,500,000")).isEmpty();
    assertThat(RupiahText.parse("  ")).isEmpty();
    assertThat(RupiahText.parse(null)).isEmpty();
  }
}
