package id.rancang.workshop.web;

import id.rancang.workshop.Participant;

/** The person making the request as a workshop {@link Participant} (for the controllers). */
public final class Participants {

  private Participants() {}

  public static Participant current() {
    return Participant.current();
  }
}
