package id.rancang.workshop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkshopDatesTests {

  @Test
  void aWorkshopOfOneDayOrOfThirtyOneDaysIsFine() {
    LocalDate first = LocalDate.of(2024, 7, 1);

    assertThat(WorkshopDates.check(first, first)).isNull();
    assertThat(WorkshopDates.check(first, LocalDate.of(2024, 7, 31))).isNull();
    assertThat(WorkshopDates.days(first, LocalDate.of(2024, 7, 31))).isEqualTo(31);
  }

  @Test
  void aWorkshopOfThirtyTwoDaysIsTooLong() {
    assertThat(WorkshopDates.check(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 3)))
        .isEqualTo(WorkshopDates.Problem.TOO_LONG);
  }

  @Test
  void aWorkshopCannotEndBeforeItStarts() {
    assertThat(WorkshopDates.check(LocalDate.of(2023, 8, 1), LocalDate.of(2023, 7, 31)))
        .isEqualTo(WorkshopDates.Problem.END_BEFORE_START);
  }

  @Test
  void theDaysOfAWorkshopRunAcrossTheEndOfAMonth() {
    assertThat(WorkshopDates.each(LocalDate.of(2023, 7, 31), LocalDate.of(2023, 8, 1)))
        .containsExactly(LocalDate.of(2023, 7, 31), LocalDate.of(2023, 8, 1));
  }
}
