package id.rancang.workshop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.region.PentahelixRole;
import id.rancang.workshop.rules.AttendanceTally.Mark;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttendanceTallyTests {

  private static final LocalDate MONDAY = LocalDate.of(2023, 7, 31);
  private static final LocalDate TUESDAY = LocalDate.of(2023, 8, 1);
  private static final long DINKES = 7;
  private static final long BAPPEDA = 9;

  private static final List<Mark> MARKS =
      List.of(
          new Mark(1, MONDAY, PentahelixRole.GOVERNMENT, DINKES),
          new Mark(2, MONDAY, PentahelixRole.GOVERNMENT, BAPPEDA),
          new Mark(3, MONDAY, PentahelixRole.ACADEMIA, null),
          new Mark(1, TUESDAY, PentahelixRole.GOVERNMENT, DINKES),
          new Mark(4, TUESDAY, PentahelixRole.MEDIA, null));

  @Test
  void eachDayCountsThePeoplePresentThatDayByRoleAndOpd() {
    Map<LocalDate, AttendanceTally.Counts> days =
        AttendanceTally.perDay(List.of(MONDAY, TUESDAY), MARKS);

    AttendanceTally.Counts monday = days.get(MONDAY);
    assertThat(monday.present()).isEqualTo(3);
    assertThat(monday.role(PentahelixRole.GOVERNMENT)).isEqualTo(2);
    assertThat(monday.role(PentahelixRole.ACADEMIA)).isEqualTo(1);
    assertThat(monday.role(PentahelixRole.MEDIA)).isZero();
    assertThat(monday.opd(DINKES)).isEqualTo(1);
    assertThat(monday.opd(null)).isEqualTo(1);
    assertThat(days.get(TUESDAY).present()).isEqualTo(2);
    assertThat(days.get(TUESDAY).opd(BAPPEDA)).isZero();
  }

  @Test
  void theWholeWorkshopCountsSomeonePresentOnBothDaysOnce() {
    AttendanceTally.Counts whole = AttendanceTally.whole(MARKS);

    assertThat(whole.present()).isEqualTo(4);
    assertThat(whole.role(PentahelixRole.GOVERNMENT)).isEqualTo(2);
    assertThat(whole.opd(DINKES)).isEqualTo(1);
    assertThat(whole.byRole().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(4);
  }

  @Test
  void everyRoleHasACountAndADayWithoutAnybodyCountsZero() {
    LocalDate wednesday = LocalDate.of(2023, 8, 2);

    Map<LocalDate, AttendanceTally.Counts> days =
        AttendanceTally.perDay(List.of(MONDAY, TUESDAY, wednesday), MARKS);

    assertThat(days.keySet()).containsExactly(MONDAY, TUESDAY, wednesday);
    assertThat(days.get(wednesday).present()).isZero();
    assertThat(days.get(wednesday).byRole()).hasSize(PentahelixRole.values().length);
    assertThat(days.get(wednesday).byOpd()).isEmpty();
  }

  @Test
  void aDayOutsideTheWorkshopDatesStillCountsWhenSomeoneWasMarkedThen() {
    LocalDate before = LocalDate.of(2023, 7, 30);
    List<Mark> marks = List.of(new Mark(5, before, PentahelixRole.BUSINESS, null));

    Map<LocalDate, AttendanceTally.Counts> days = AttendanceTally.perDay(List.of(MONDAY), marks);

    assertThat(days.keySet()).containsExactly(before, MONDAY);
    assertThat(days.get(before).role(PentahelixRole.BUSINESS)).isEqualTo(1);
  }
}
