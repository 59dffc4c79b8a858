package id.rancang.workshop.web.api;

import id.rancang.region.CurrentRegion;
import id.rancang.region.PentahelixRole;
import id.rancang.shared.PageRequest;
import id.rancang.shared.web.Access;
import id.rancang.shared.web.ApiLists;
import id.rancang.workshop.Attendance;
import id.rancang.workshop.AttendanceEntry;
import id.rancang.workshop.AttendanceFilter;
import id.rancang.workshop.AttendanceMethod;
import id.rancang.workshop.AttendanceSummary;
import id.rancang.workshop.Invitation;
import id.rancang.workshop.WorkshopAttendance;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The attendance of a workshop, as JSON: who was present on a day (members other than participants
 * read it), organisers mark people present and take marks back, and the counts of each day and of
 * the whole workshop by pentahelix role and OPD.
 */
@RestController
@RequestMapping("/api/v1/workshops/{workshopId}/attendance")
@PreAuthorize("hasRole('MEMBER')")
@Tag(name = "Workshops")
class AttendanceApiController {

  private final WorkshopAttendance attendance;
  private final CurrentRegion region;

  AttendanceApiController(WorkshopAttendance attendance, CurrentRegion region) {
    this.attendance = attendance;
    this.region = region;
  }

  /** A person present on a day: who, for which OPD and role, when and how it was recorded. */
  record AttendanceJson(
      long invitationId,
      LocalDate day,
      String kind,
      Long accountId,
      Long stakeholderId,
      String name,
      String organisation,
      Long opdId,
      String opdName,
      PentahelixRole pentahelixRole,
      AttendanceMethod method,
      OffsetDateTime checkedInAt,
      String recordedBy) {
    static AttendanceJson of(Invitation i, Attendance a) {
      return new AttendanceJson(
          i.id(),
          a.day(),
          i.member() ? "MEMBER" : "STAKEHOLDER",
          i.accountId(),
          i.stakeholderId(),
          i.name(),
          i.organisation(),
          i.opdId(),
          i.opdName(),
          i.pentahelixRole(),
          a.method(),
          a.checkedInAt(),
          a.recordedBy());
    }

    static AttendanceJson of(AttendanceEntry e) {
      return of(e.invitation(), e.attendance());
    }
  }

  /** Someone to mark present on a day of the workshop. */
  record MarkJson(Long invitationId, LocalDate day) {}

  /** The counts of a day or of the whole workshop. */
  record CountsJson(
      long present, Map<PentahelixRole, Long> byRole, List<AttendanceSummary.OpdCount> byOpd) {
    static CountsJson of(AttendanceSummary.Counts c) {
      return new CountsJson(c.present(), c.byRole(), c.byOpd());
    }
  }

  record DayJson(
      LocalDate day,
      long present,
      Map<PentahelixRole, Long> byRole,
      List<AttendanceSummary.OpdCount> byOpd) {}

  /** {@code whole} counts each person once, however many days they came. */
  record SummaryJson(long workshopId, long onList, List<DayJson> days, CountsJson whole) {
    static SummaryJson of(AttendanceSummary s) {
      return new SummaryJson(
          s.workshopId(),
          s.onList(),
          s.days().stream()
              .map(
                  d ->
                      new DayJson(
                          d.day(), d.counts().present(), d.counts().byRole(), d.counts().byOpd()))
              .toList(),
          CountsJson.of(s.whole()));
    }
  }

  @GetMapping
  @PreAuthorize(InvitationApiController.READERS)
  @Operation(
      summary =
          "Who was present on a day (by name), filtered by pentahelix role and OPD; without a day,"
              + " everyone present on any day (paged)")
  ResponseEntity<List<AttendanceJson>> list(
      @PathVariable long workshopId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
      @RequestParam(required = false) PentahelixRole role,
      @RequestParam(required = false) Long opdId,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return ApiLists.of(
        attendance
            .list(
                region.id(),
                workshopId,
                new AttendanceFilter(day, role, opdId, AttendanceFilter.Presence.PRESENT),
                PageRequest.of(page, size))
            .map(AttendanceJson::of));
  }

  @PostMapping
  @PreAuthorize(WorkshopApiController.ORGANISERS)
  @Operation(
      summary =
          "Mark someone on the list present on a day of the workshop (201); marking them again"
              + " answers the first mark (200)")
  ResponseEntity<AttendanceJson> mark(@PathVariable long workshopId, @RequestBody MarkJson body) {
    long regionId = region.id();
    WorkshopAttendance.Marked marked =
        attendance.mark(
            regionId,
            workshopId,
            body == null ? null : body.invitationId(),
            body == null ? null : body.day(),
            Access.actor());
    Attendance a = marked.attendance();
    AttendanceJson json =
        AttendanceJson.of(
            attendance.entry(regionId, workshopId, a.invitationId(), a.day()).invitation(), a);
    if (!marked.recorded()) {
      return ResponseEntity.ok(json);
    }
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/v1/workshops/" + workshopId + "/attendance?day=" + a.day()))
        .body(json);
  }

  @DeleteMapping("/{invitationId}/{day}")
  @PreAuthorize(WorkshopApiController.ORGANISERS)
  @Operation(summary = "Take a mark back: the person is no longer present on that day")
  ResponseEntity<Void> unmark(
      @PathVariable long workshopId,
      @PathVariable long invitationId,
      @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
    attendance.unmark(region.id(), workshopId, invitationId, day);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/summary")
  @PreAuthorize(InvitationApiController.READERS)
  @Operation(
      summary =
          "How many were present on each day and in the whole workshop (each person once), by"
              + " pentahelix role and OPD")
  ResponseEntity<SummaryJson> summary(@PathVariable long workshopId) {
    return ResponseEntity.ok(SummaryJson.of(attendance.summary(region.id(), workshopId)));
  }
}
