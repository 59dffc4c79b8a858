package id.rancang.workshop;

import id.rancang.identity.AccountCatalog;
import id.rancang.identity.Member;
import id.rancang.identity.Role;
import id.rancang.region.PentahelixRole;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.Page;
import id.rancang.shared.PageRequest;
import id.rancang.shared.RecordChanged;
import id.rancang.shared.Snapshot;
import id.rancang.workshop.rules.AttendanceTally;
import id.rancang.workshop.rules.CheckInWindow;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who was present at a workshop, day by day. Each day has a random check-in code, shown as a QR
 * code in the room: a member of the region who opens it on that day (in the region's time zone) is
 * checked in once, and someone not on the list joins it as a walk-in. Organisers mark anyone on the
 * list present (also stakeholders without an account) and take a mark back. Being present confirms
 * a person's registration: an invitation (also one declined before) becomes REGISTERED.
 */
@Service
public class WorkshopAttendance {

  public static final String RECORD_TYPE = "workshopAttendance";

  /** The record type of a day's check-in code in the audit trail (its id is the workshop's). */
  public static final String CODE_RECORD = "workshopDayCode";

  private static final int CODE_BYTES = 24;
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String COLUMNS =
      "invitation_id, workshop_id, day, method, checked_in_at, recorded_by";

  private final JdbcClient jdbc;
  private final WorkshopCatalog catalog;
  private final WorkshopInvitations invitations;
  private final AccountCatalog accounts;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final ZoneId zone;

  WorkshopAttendance(
      JdbcClient jdbc,
      WorkshopCatalog catalog,
      WorkshopInvitations invitations,
      AccountCatalog accounts,
      ApplicationEventPublisher events,
      Clock clock,
      AttendanceSettings settings) {
    this.jdbc = jdbc;
    this.catalog = catalog;
    this.invitations = invitations;
    this.accounts = accounts;
    this.events = events;
    this.clock = clock;
    this.zone = settings.zone();
  }

  /** An organiser's mark: the attendance, and whether it is new (false: it was there already). */
  public record Marked(Attendance attendance, boolean recorded) {}

  /** The time zone of workshop days. */
  public ZoneId zone() {
    return zone;
  }

  /** The calendar day it is now in the workshops' time zone. */
  public LocalDate today() {
    return CheckInWindow.today(clock.instant(), zone);
  }

  /** Whether the check-in of a day is open now, not yet, or no longer. */
  public CheckInWindow.State window(LocalDate day) {
    return CheckInWindow.of(day, clock.instant(), zone);
  }

  // ---- check-in codes ----

  /** The check-in code of a day of the workshop, created when it is first asked for. */
  @Transactional
  public DayCode dayCode(long regionId, long workshopId, LocalDate day) {
    requireDay(catalog.get(regionId, workshopId), day);
    Optional<DayCode> existing = findCode(regionId, workshopId, day);
    if (existing.isPresent()) {
      return existing.get();
    }
    int inserted =
        jdbc.sql(
                "insert into workshop_day_code (workshop_id, day, code, created_at)"
                    + " values (?, ?, ?, ?) on conflict (workshop_id, day) do nothing")
            .params(workshopId, day, newCode(), Timestamp.from(clock.instant()))
            .update();
    if (inserted == 1) {
      events.publishEvent(
          RecordChanged.created(
              regionId, CODE_RECORD, workshopId, Snapshot.of("day", day.toString())));
    }
    return findCode(regionId, workshopId, day).orElseThrow();
  }

  /** Gives the day a new check-in code; the old one no longer checks anybody in. */
  @Transactional
  public DayCode renew(long regionId, long workshopId, LocalDate day) {
    requireDay(catalog.get(regionId, workshopId), day);
    Optional<DayCode> before = findCode(regionId, workshopId, day);
    Instant now = clock.instant();
    jdbc.sql(
            """
            insert into workshop_day_code (workshop_id, day, code, created_at) values (?, ?, ?, ?)
            on conflict (workshop_id, day)
            do update set code = excluded.code, created_at = excluded.created_at""")
        .params(workshopId, day, newCode(), Timestamp.from(now))
        .update();
    DayCode after = findCode(regionId, workshopId, day).orElseThrow();
    // the audit trail says when a code was renewed, never the code itself
    events.publishEvent(
        before.isPresent()
            ? RecordChanged.updated(
                regionId,
                CODE_RECORD,
                workshopId,
                Snapshot.of("day", day.toString(), "issuedAt", before.get().createdAt().toString()),
                Snapshot.of("day", day.toString(), "issuedAt", after.createdAt().toString()))
            : RecordChanged.created(
                regionId, CODE_RECORD, workshopId, Snapshot.of("day", day.toString())));
    return after;
  }

  /**
   * The workshop day a code opens, for the person who opened it. An unknown or renewed code, and a
   * code of a region the person is not a member of (unless they are a system administrator), is not
   * found: the code names its region, so it is looked up without one.
   */
  public CheckInPoint point(String code, long accountId, boolean systemAdmin) {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new NotFoundException(CODE_RECORD, "?");
    }
    record Found(long workshopId, LocalDate day, long regionId) {}
    Found found =
        jdbc.sql(
                "select c.workshop_id, c.day, w.region_id from workshop_day_code c"
                    + " join workshop w on w.id = c.workshop_id where c.code = ?")
            .params(code)
            .query(
                (rs, n) ->
                    new Found(
                        rs.getLong("workshop_id"),
                        rs.getObject("day", LocalDate.class),
                        rs.getLong("region_id")))
            .optional()
            .orElseThrow(() -> new NotFoundException(CODE_RECORD, "?"));
    if (!systemAdmin && accounts.membership(accountId, found.regionId()).isEmpty()) {
      throw new NotFoundException(CODE_RECORD, "?");
    }
    return new CheckInPoint(catalog.get(found.regionId(), found.workshopId()), found.day());
  }

  /**
   * Checks the person in on the day the code opens, once: a second check-in answers with the first
   * one. Refused before and after that day. Someone not on the list joins it as a walk-in: for the
   * government with their OPD when they are an OPD contributor, else for the community.
   */
  @Transactional
  public CheckIn checkIn(String code, long accountId, boolean systemAdmin) {
    CheckInPoint point = point(code, accountId, systemAdmin);
    Workshop workshop = point.workshop();
    long regionId = workshop.regionId();
    CheckInWindow.State state = window(point.day());
    if (state != CheckInWindow.State.OPEN) {
      throw InvalidInputException.of(
          "code",
          state == CheckInWindow.State.EARLY
              ? "workshop.checkIn.notYet"
              : "workshop.checkIn.closed");
    }
    boolean walkIn = false;
    Optional<Long> invitationId = invitationOfAccount(regionId, workshop.id(), accountId, true);
    if (invitationId.isEmpty()) {
      invitationId = addWalkIn(regionId, workshop.id(), accountId);
      walkIn = invitationId.isPresent();
      if (invitationId.isEmpty()) {
        // added at the same moment by another request of the same person
        invitationId = invitationOfAccount(regionId, workshop.id(), accountId, true);
      }
    }
    long id = invitationId.orElseThrow();
    confirmRegistration(regionId, id);
    boolean recorded = record(regionId, workshop.id(), id, point.day(), AttendanceMethod.QR, null);
    Attendance attendance = find(regionId, workshop.id(), id, point.day()).orElseThrow();
    return new CheckIn(
        point, invitations.get(regionId, workshop.id(), id), attendance, recorded, walkIn);
  }

  /** The account's attendance on a day of the workshop, if it checked in. */
  public Optional<Attendance> ofAccount(
      long regionId, long workshopId, long accountId, LocalDate day) {
    return invitationOfAccount(regionId, workshopId, accountId, false)
        .flatMap(id -> find(regionId, workshopId, id, day));
  }

  // ---- organisers ----

  /**
   * An organiser marks someone on the list present on a day of the workshop (not a day still to
   * come); marking them again changes nothing.
   */
  @Transactional
  public Marked mark(
      long regionId, long workshopId, Long invitationId, LocalDate day, String organiser) {
    Workshop workshop = catalog.get(regionId, workshopId);
    List<FieldProblem> problems = new ArrayList<>();
    if (invitationId == null) {
      problems.add(FieldProblem.of("invitationId", "shared.validation.required"));
    }
    if (day == null) {
      problems.add(FieldProblem.of("day", "shared.validation.required"));
    } else if (!workshop.includes(day)) {
      problems.add(FieldProblem.of("day", "workshop.attendance.dayOutside"));
    } else if (day.isAfter(today())) {
      problems.add(FieldProblem.of("day", "workshop.attendance.future"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Invitation invitation = invitations.get(regionId, workshopId, invitationId);
    confirmRegistration(regionId, invitation.id());
    boolean recorded =
        record(regionId, workshopId, invitation.id(), day, AttendanceMethod.ORGANISER, organiser);
    return new Marked(find(regionId, workshopId, invitation.id(), day).orElseThrow(), recorded);
  }

  /** Takes a mark back: the person is no longer present on that day. */
  @Transactional
  public void unmark(long regionId, long workshopId, long invitationId, LocalDate day) {
    catalog.get(regionId, workshopId);
    Attendance before =
        find(regionId, workshopId, invitationId, day)
            .orElseThrow(() -> new NotFoundException(RECORD_TYPE, invitationId));
    jdbc.sql(
            "delete from workshop_attendance where region_id = ? and workshop_id = ?"
                + " and invitation_id = ? and day = ?")
        .params(regionId, workshopId, invitationId, day)
        .update();
    events.publishEvent(
        RecordChanged.deleted(regionId, RECORD_TYPE, invitationId, snapshot(before)));
  }

  // ---- reading ----

  public Optional<Attendance> find(
      long regionId, long workshopId, long invitationId, LocalDate day) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from workshop_attendance where region_id = ? and workshop_id = ?"
                + " and invitation_id = ? and day = ?")
        .params(regionId, workshopId, invitationId, day)
        .query(this::map)
        .optional();
  }

  /** One person on the list and their presence on a day. */
  public AttendanceEntry entry(long regionId, long workshopId, long invitationId, LocalDate day) {
    Invitation invitation = invitations.get(regionId, workshopId, invitationId);
    return new AttendanceEntry(
        invitation, day, find(regionId, workshopId, invitationId, day).orElse(null));
  }

  /** Every presence recorded in the workshop (of one day, or of all when {@code day} is null). */
  public List<Attendance> attendances(long regionId, long workshopId, LocalDate day) {
    catalog.get(regionId, workshopId);
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from workshop_attendance where region_id = ? and workshop_id = ?"
                + " and (?::date is null or day = ?) order by day, checked_in_at, invitation_id")
        .params(regionId, workshopId, day, day)
        .query(this::map)
        .list();
  }

  /** How many were present on a day. */
  public long presentCount(long regionId, long workshopId, LocalDate day) {
    return jdbc.sql(
            "select count(*) from workshop_attendance where region_id = ? and workshop_id = ?"
                + " and day = ?")
        .params(regionId, workshopId, day)
        .query(Long.class)
        .single();
  }

  /**
   * One page of the list for a day, by name, filtered by pentahelix role, OPD and presence. Without
   * a day: everyone present on any day, by day and name.
   */
  public Page<AttendanceEntry> list(
      long regionId, long workshopId, AttendanceFilter filter, PageRequest page) {
    List<AttendanceEntry> matching = entries(regionId, workshopId, filter);
    int from = Math.min(page.offset(), matching.size());
    int to = Math.min(from + page.size(), matching.size());
    return new Page<>(matching.subList(from, to), page.number(), page.size(), matching.size());
  }

  /** Everyone present on a day, by name: the daftar hadir. */
  public List<AttendanceEntry> present(long regionId, long workshopId, LocalDate day) {
    return entries(
        regionId,
        workshopId,
        new AttendanceFilter(day, null, null, AttendanceFilter.Presence.PRESENT));
  }

  /** The counts of each day and of the whole workshop, by pentahelix role and OPD. */
  public AttendanceSummary summary(long regionId, long workshopId) {
    Workshop workshop = catalog.get(regionId, workshopId);
    List<Invitation> list = invitations.all(regionId, workshopId);
    Map<Long, Invitation> byId =
        list.stream().collect(Collectors.toMap(Invitation::id, Function.identity()));
    Map<Long, String> opdNames = new HashMap<>();
    List<AttendanceTally.Mark> marks = new ArrayList<>();
    for (Attendance a : attendances(regionId, workshopId, null)) {
      Invitation i = byId.get(a.invitationId());
      if (i != null) {
        marks.add(new AttendanceTally.Mark(i.id(), a.day(), i.pentahelixRole(), i.opdId()));
        if (i.opdId() != null) {
          opdNames.put(i.opdId(), i.opdName());
        }
      }
    }
    List<AttendanceSummary.Day> days = new ArrayList<>();
    AttendanceTally.perDay(workshop.days(), marks)
        .forEach(
            (day, counts) -> days.add(new AttendanceSummary.Day(day, counts(counts, opdNames))));
    return new AttendanceSummary(
        workshopId, list.size(), days, counts(AttendanceTally.whole(marks), opdNames));
  }

  // ---- rows ----

  private List<AttendanceEntry> entries(long regionId, long workshopId, AttendanceFilter filter) {
    Workshop workshop = catalog.get(regionId, workshopId);
    List<Invitation> list = invitations.all(regionId, workshopId);
    Map<LocalDate, Map<Long, Attendance>> byDay = new HashMap<>();
    for (Attendance a : attendances(regionId, workshopId, filter.day())) {
      byDay.computeIfAbsent(a.day(), d -> new HashMap<>()).put(a.invitationId(), a);
    }
    TreeSet<LocalDate> days = new TreeSet<>();
    AttendanceFilter.Presence presence = filter.presence();
    if (filter.day() != null) {
      days.add(filter.day());
    } else {
      days.addAll(workshop.days());
      days.addAll(byDay.keySet());
      presence = AttendanceFilter.Presence.PRESENT;
    }
    List<AttendanceEntry> entries = new ArrayList<>();
    for (LocalDate day : days) {
      Map<Long, Attendance> present = byDay.getOrDefault(day, Map.of());
      for (Invitation i : list) {
        Attendance a = present.get(i.id());
        if ((filter.role() == null || filter.role() == i.pentahelixRole())
            && (filter.opdId() == null || filter.opdId().equals(i.opdId()))
            && (presence == null
                || (presence == AttendanceFilter.Presence.PRESENT) == (a != null))) {
          entries.add(new AttendanceEntry(i, day, a));
        }
      }
    }
    return entries;
  }

  private Optional<Long> invitationOfAccount(
      long regionId, long workshopId, long accountId, boolean forUpdate) {
    return jdbc.sql(
            "select id from workshop_invitation where region_id = ? and workshop_id = ?"
                + " and account_id = ?"
                + (forUpdate ? " for update" : ""))
        .params(regionId, workshopId, accountId)
        .query(Long.class)
        .optional();
  }

  private Optional<Long> addWalkIn(long regionId, long workshopId, long accountId) {
    Optional<Member> member = accounts.membership(accountId, regionId);
    boolean opdContributor =
        member.isPresent()
            && member.get().role() == Role.OPD_CONTRIBUTOR
            && member.get().opdId() != null;
    PentahelixRole role = opdContributor ? PentahelixRole.GOVERNMENT : PentahelixRole.COMMUNITY;
    Long opdId = opdContributor ? member.get().opdId() : null;
    Optional<Long> id =
        jdbc.sql(
                """
                insert into workshop_invitation (workshop_id, region_id, account_id, opd_id,
                  pentahelix_role, status, source, responded_at)
                values (?, ?, ?, ?, ?, 'REGISTERED', 'WALK_IN', ?)
                on conflict (workshop_id, account_id) where account_id is not null do nothing
                returning id""")
            .params(
                workshopId,
                regionId,
                accountId,
                opdId,
                role.name(),
                Timestamp.from(clock.instant()))
            .query(Long.class)
            .optional();
    id.ifPresent(
        invitationId ->
            events.publishEvent(
                RecordChanged.created(
                    regionId,
                    WorkshopInvitations.RECORD_TYPE,
                    invitationId,
                    Snapshot.of(
                        "workshopId", workshopId,
                        "accountId", accountId,
                        "stakeholderId", null,
                        "opdId", opdId,
                        "pentahelixRole", role,
                        "status", InvitationStatus.REGISTERED,
                        "source", InvitationSource.WALK_IN))));
    return id;
  }

  /** Someone present has come: their invitation (also a declined one) becomes a registration. */
  private void confirmRegistration(long regionId, long invitationId) {
    InvitationStatus before =
        jdbc.sql("select status from workshop_invitation where region_id = ? and id = ?")
            .params(regionId, invitationId)
            .query((rs, n) -> InvitationStatus.valueOf(rs.getString(1)))
            .single();
    if (before == InvitationStatus.REGISTERED) {
      return;
    }
    jdbc.sql(
            "update workshop_invitation set status = 'REGISTERED', responded_at = ?,"
                + " version = version + 1 where region_id = ? and id = ?")
        .params(Timestamp.from(clock.instant()), regionId, invitationId)
        .update();
    events.publishEvent(
        RecordChanged.updated(
            regionId,
            WorkshopInvitations.RECORD_TYPE,
            invitationId,
            Snapshot.of("status", before),
            Snapshot.of("status", InvitationStatus.REGISTERED)));
  }

  /** Records a presence once; false when it was recorded before. */
  private boolean record(
      long regionId,
      long workshopId,
      long invitationId,
      LocalDate day,
      AttendanceMethod method,
      String recordedBy) {
    Optional<Long> inserted =
        jdbc.sql(
                """
                insert into workshop_attendance (invitation_id, day, workshop_id, region_id,
                  method, checked_in_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (invitation_id, day) do nothing returning invitation_id""")
            .params(
                invitationId,
                day,
                workshopId,
                regionId,
                method.name(),
                Timestamp.from(clock.instant()),
                recordedBy)
            .query(Long.class)
            .optional();
    if (inserted.isEmpty()) {
      return false;
    }
    Attendance created = find(regionId, workshopId, invitationId, day).orElseThrow();
    events.publishEvent(
        RecordChanged.created(regionId, RECORD_TYPE, invitationId, snapshot(created)));
    return true;
  }

  private Optional<DayCode> findCode(long regionId, long workshopId, LocalDate day) {
    return jdbc.sql(
            "select c.workshop_id, c.day, c.code, c.created_at from workshop_day_code c"
                + " join workshop w on w.id = c.workshop_id"
                + " where w.region_id = ? and c.workshop_id = ? and c.day = ?")
        .params(regionId, workshopId, day)
        .query(
            (rs, n) ->
                new DayCode(
                    rs.getLong("workshop_id"),
                    rs.getObject("day", LocalDate.class),
                    rs.getString("code"),
                    local(rs.getTimestamp("created_at"))))
        .optional();
  }

  private static void requireDay(Workshop workshop, LocalDate day) {
    if (!workshop.includes(day)) {
      throw new NotFoundException(CODE_RECORD, day);
    }
  }

  private static String newCode() {
    byte[] bytes = new byte[CODE_BYTES];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static AttendanceSummary.Counts counts(
      AttendanceTally.Counts counts, Map<Long, String> opdNames) {
    List<AttendanceSummary.OpdCount> byOpd = new ArrayList<>();
    counts
        .byOpd()
        .forEach(
            (opdId, n) ->
                byOpd.add(
                    new AttendanceSummary.OpdCount(
                        opdId, opdId == null ? null : opdNames.get(opdId), n)));
    byOpd.sort(
        Comparator.comparingLong(AttendanceSummary.OpdCount::present)
            .reversed()
            .thenComparing(o -> o.opdId() == null)
            .thenComparing(o -> o.opdName() == null ? "" : o.opdName().toLowerCase(Locale.ROOT)));
    return new AttendanceSummary.Counts(counts.present(), counts.byRole(), byOpd);
  }

  private OffsetDateTime local(Timestamp timestamp) {
    return timestamp.toInstant().atZone(zone).toOffsetDateTime();
  }

  private Attendance map(ResultSet rs, int n) throws SQLException {
    return new Attendance(
        rs.getLong("invitation_id"),
        rs.getLong("workshop_id"),
        rs.getObject("day", LocalDate.class),
        AttendanceMethod.valueOf(rs.getString("method")),
        local(rs.getTimestamp("checked_in_at")),
        rs.getString("recorded_by"));
  }

  private static Map<String, Object> snapshot(Attendance a) {
    return Snapshot.of(
        "workshopId", a.workshopId(),
        "day", a.day().toString(),
        "method", a.method(),
        "checkedInAt", a.checkedInAt().toString(),
        "recordedBy", a.recordedBy());
  }
}
