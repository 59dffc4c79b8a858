package id.rancang.workshop.web;

import id.rancang.shared.FieldProblem;
import id.rancang.workshop.AgendaSession;
import id.rancang.workshop.SessionCommand;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** A session of the agenda as the organiser filled the form. */
record SessionForm(
    String day,
    String startsAt,
    String endsAt,
    String topic,
    String speaker,
    String speakerInstitution,
    String version) {

  static SessionForm blank(String day) {
    return new SessionForm(day, "", "", "", "", "", null);
  }

  static SessionForm of(AgendaSession s) {
    return new SessionForm(
        s.day().toString(),
        s.startsAt().toString(),
        s.endsAt().toString(),
        s.topic(),
        s.speaker() == null ? "" : s.speaker(),
        s.speakerInstitution() == null ? "" : s.speakerInstitution(),
        Integer.toString(s.version()));
  }

  SessionForm withVersion(int newVersion) {
    return new SessionForm(
        day, startsAt, endsAt, topic, speaker, speakerInstitution, Integer.toString(newVersion));
  }

  SessionCommand command(List<FieldProblem> problems) {
    return new SessionCommand(
        WorkshopForm.date(day, "day", problems),
        time(startsAt, "startsAt", problems),
        time(endsAt, "endsAt", problems),
        topic,
        speaker,
        speakerInstitution);
  }

  private static LocalTime time(String text, String field, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalTime.parse(text.strip());
    } catch (DateTimeParseException e) {
      problems.add(FieldProblem.of(field, "workshop.validation.time"));
      return null;
    }
  }
}
