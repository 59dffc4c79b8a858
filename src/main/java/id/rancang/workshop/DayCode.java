package id.rancang.workshop;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The check-in code of a workshop day, shown as a QR code in the room. It is random and long enough
 * not to be guessed; renewing it makes the old one worthless.
 */
public record DayCode(long workshopId, LocalDate day, String code, OffsetDateTime createdAt) {}
