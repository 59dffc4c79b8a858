package id.rancang.workshop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgendaTests {

  private static final LocalDate DAY_1 = LocalDate.of(2023, 7, 31);
  private static final LocalDate DAY_2 = LocalDate.of(2023, 8, 1);

  @Test
  void sessionsAreListedPerDayInTimeOrder() {
    List<Agenda.Slot> slots =
        List.of(
            slot(1, DAY_2, "09:00", "10:00"),
            slot(2, DAY_1, "13:00", "14:00"),
            slot(3, DAY_1, "08:00", "09:00"),
            slot(4, DAY_1, "08:00", "08:30"));

    Map<LocalDate, List<Agenda.Slot>> days = Agenda.byDay(slots);

    assertThat(days.keySet()).containsExactly(DAY_1, DAY_2);
    assertThat(days.get(DAY_1)).extracting(Agenda.Slot::id).containsExactly(4L, 3L, 2L);
    assertThat(days.get(DAY_2)).extracting(Agenda.Slot::id).containsExactly(1L);
  }

  @Test
  void sessionsOverlapWhenOneStartsBeforeTheOtherEndsOnTheSameDay() {
    List<Agenda.Slot> slots =
        List.of(
            slot(1, DAY_1, "09:00", "10:00"),
            slot(2, DAY_1, "09:30", "10:30"),
            slot(3, DAY_1, "10:30", "11:00"), // starts when 2 ends: no overlap
            slot(4, DAY_1, "08:00", "12:00"), // spans all of them
            slot(5, DAY_2, "09:00", "10:00")); // same time, other day

    Map<Long, List<Long>> overlaps = Agenda.overlaps(slots);

    assertThat(overlaps.get(1L)).containsExactly(4L, 2L);
    assertThat(overlaps.get(2L)).containsExactly(4L, 1L);
    assertThat(overlaps.get(3L)).containsExactly(4L);
    assertThat(overlaps.get(4L)).containsExactly(1L, 2L, 3L);
    assertThat(overlaps).doesNotContainKey(5L);
  }

  @Test
  void aSlotIsNotReportedAsOverlappingItselfWhenItIsSavedAgain() {
    Agenda.Slot saved = slot(7, DAY_1, "09:00", "10:00");

    assertThat(Agenda.overlapping(saved, List.of(saved, slot(8, DAY_1, "11:00", "12:00"))))
        .isEmpty();
    assertThat(Agenda.overlapping(saved, List.of(saved, slot(8, DAY_1, "09:59", "12:00"))))
        .extracting(Agenda.Slot::id)
        .containsExactly(8L);
  }

  private static Agenda.Slot slot(long id, LocalDate day, String start, String end) {
    return new Agenda.Slot(id, day, LocalTime.parse(start), LocalTime.parse(end));
  }
}
