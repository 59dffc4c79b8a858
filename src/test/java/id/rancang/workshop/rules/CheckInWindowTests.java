package id.rancang.workshop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CheckInWindowTests {

  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  private static final LocalDate DAY = LocalDate.of(2023, 7, 31);

  @Test
  void checkInIsOpenFromMidnightToMidnightOfTheDayInJakartaWhileUtcIsStillTheDayBefore() {
    // 00:30 WIB on 31 July is 17:30 UTC on 30 July
    assertThat(CheckInWindow.of(DAY, Instant.parse("2023-07-30T17:30:00Z"), JAKARTA))
        .isEqualTo(CheckInWindow.State.OPEN);
    // 23:59 WIB on 31 July
    assertThat(CheckInWindow.of(DAY, Instant.parse("2023-07-31T16:59:00Z"), JAKARTA))
        .isEqualTo(CheckInWindow.State.OPEN);
  }

  @Test
  void theEveningBeforeIsTooEarlyAndTheNextMorningTooLate() {
    // 23:30 WIB on 30 July
    assertThat(CheckInWindow.of(DAY, Instant.parse("2023-07-30T16:30:00Z"), JAKARTA))
        .isEqualTo(CheckInWindow.State.EARLY);
    // 00:00 WIB on 1 August
    assertThat(CheckInWindow.of(DAY, Instant.parse("2023-07-31T17:00:00Z"), JAKARTA))
        .isEqualTo(CheckInWindow.State.CLOSED);
  }

  @Test
  void theSameMomentIsAnotherDayInEasternIndonesia() {
    Instant evening = Instant.parse("2023-07-30T16:30:00Z");

    assertThat(CheckInWindow.today(evening, JAKARTA)).isEqualTo(LocalDate.of(2023, 7, 30));
    assertThat(CheckInWindow.today(evening, ZoneId.of("Asia/Jayapura"))).isEqualTo(DAY);
  }
}
