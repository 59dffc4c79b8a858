package id.rancang.workshop;

/**
 * The answer to a check-in: the person's place on the list (a walk-in was added to it) and their
 * attendance; {@code recorded} is false when they had checked in on the day already (the attendance
 * then tells since when).
 */
public record CheckIn(
    CheckInPoint point,
    Invitation invitation,
    Attendance attendance,
    boolean recorded,
    boolean walkIn) {}
