package id.rancang.workshop.web.api;

import id.rancang.identity.RancangUser;
import id.rancang.workshop.CheckIn;
import id.rancang.workshop.WorkshopAttendance;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Check-in with the code of a workshop day (what the QR code in the room holds), for apps. The code
 * names its workshop and region, so the path names neither; the caller must be a member of that
 * region (or a system administrator), else the code is not found.
 */
@RestController
@PreAuthorize("isAuthenticated()")
@Tag(name = "Workshops")
class CheckInApiController {

  private final WorkshopAttendance attendance;

  CheckInApiController(WorkshopAttendance attendance) {
    this.attendance = attendance;
  }

  record CodeJson(String code) {}

  /**
   * The caller's check-in: {@code alreadyCheckedIn} when they had checked in on that day before
   * ({@code checkedInAt} then tells when), {@code walkIn} when they were not on the list.
   */
  record CheckInJson(
      long workshopId,
      String workshopTitle,
      LocalDate day,
      long invitationId,
      OffsetDateTime checkedInAt,
      boolean alreadyCheckedIn,
      boolean walkIn) {
    static CheckInJson of(CheckIn c) {
      return new CheckInJson(
          c.point().workshop().id(),
          c.point().workshop().title(),
          c.point().day(),
          c.invitation().id(),
          c.attendance().checkedInAt(),
          !c.recorded(),
          c.walkIn());
    }
  }

  @PostMapping("/api/v1/check-in")
  @Operation(
      summary =
          "Check the caller in on the workshop day of the code (201), on that day only; a second"
              + " check-in answers the first (200)")
  ResponseEntity<CheckInJson> checkIn(
      @AuthenticationPrincipal RancangUser user, @RequestBody CodeJson body) {
    CheckIn result =
        attendance.checkIn(body == null ? null : body.code(), user.accountId(), user.systemAdmin());
    return ResponseEntity.status(result.recorded() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(CheckInJson.of(result));
  }
}
