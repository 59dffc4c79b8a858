package id.rancang.workshop;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A person on a workshop's list present on one of its days: when (in the workshop's time zone),
 * how, and which organiser marked it ({@code recordedBy}, their e-mail; null for a QR check-in).
 */
public record Attendance(
    long invitationId,
    long workshopId,
    LocalDate day,
    AttendanceMethod method,
    OffsetDateTime checkedInAt,
    String recordedBy) {}
