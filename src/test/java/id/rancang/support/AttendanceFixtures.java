package id.rancang.support;

import id.rancang.strategy.ProfileStatCommand;
import id.rancang.strategy.ProfileStatistics;
import id.rancang.workshop.PresentationItemCommand;
import id.rancang.workshop.WorkshopAttendance;
import id.rancang.workshop.WorkshopPresentation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;

/** Workshop attendance (check-in codes, marks) and data presentations for tests. */
@TestComponent
public class AttendanceFixtures {

  private static final AtomicInteger UNIQUE = new AtomicInteger();

  private final Fixtures fixtures;
  private final WorkshopFixtures workshops;
  private final WorkshopAttendance attendance;
  private final WorkshopPresentation presentation;
  private final ProfileStatistics statistics;

  AttendanceFixtures(
      Fixtures fixtures,
      WorkshopFixtures workshops,
      WorkshopAttendance attendance,
      WorkshopPresentation presentation,
      ProfileStatistics statistics) {
    this.fixtures = fixtures;
    this.workshops = workshops;
    this.attendance = attendance;
    this.presentation = presentation;
    this.statistics = statistics;
  }

  /**
   * The check-in code of a one-day workshop held today (in the workshops' time zone, by the
   * application's clock), so that checking in with it succeeds.
   */
  public String todaysCheckInCode(long regionId, long masterplanId) {
    LocalDate today = attendance.today();
    long workshop = workshops.createWorkshop(regionId, masterplanId, today, today);
    return attendance.dayCode(regionId, workshop, today).code();
  }

  /**
   * A new stakeholder invited to the workshop and marked present by an organiser on its first day
   * ({@link WorkshopFixtures#FIRST_DAY}); returns the invitation's id.
   */
  public long attendedStakeholder(long regionId, long workshopId) {
    long invitation =
        workshops.inviteStakeholder(
            regionId, workshopId, fixtures.createPersonStakeholder(regionId));
    attendance.mark(
        regionId, workshopId, invitation, WorkshopFixtures.FIRST_DAY, "panitia@uji.test");
    return invitation;
  }

  /** A new profile statistic of the masterplan put in the workshop's data presentation. */
  public long presentationItem(long regionId, long masterplanId, long workshopId) {
    long statistic =
        statistics
            .create(
                regionId,
                masterplanId,
                new ProfileStatCommand(
                    "Jumlah desa " + UNIQUE.incrementAndGet(),
                    new BigDecimal("281"),
                    "desa",
                    2023,
                    "BPS",
                    List.of()))
            .id();
    return presentation
        .add(regionId, workshopId, new PresentationItemCommand(statistic, null))
        .id();
  }
}
