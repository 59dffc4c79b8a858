package id.rancang.workshop;

import java.time.LocalDate;

/** What a check-in code opens: a day of a workshop. */
public record CheckInPoint(Workshop workshop, LocalDate day) {}
