package id.rancang.workshop;

import java.time.LocalDate;
import java.time.LocalTime;

/** What an organiser enters for a session of the agenda. */
public record SessionCommand(
    LocalDate day,
    LocalTime startsAt,
    LocalTime endsAt,
    String topic,
    String speaker,
    String speakerInstitution) {}
