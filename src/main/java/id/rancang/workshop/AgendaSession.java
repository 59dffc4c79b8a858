package id.rancang.workshop;

import java.time.LocalDate;
import java.time.LocalTime;

/** One session of a workshop's agenda: when, what, and who speaks for which institution. */
public record AgendaSession(
    long id,
    long workshopId,
    LocalDate day,
    LocalTime startsAt,
    LocalTime endsAt,
    String topic,
    String speaker,
    String speakerInstitution,
    int version) {}
