package id.rancang.programme;

import java.time.OffsetDateTime;

/** One change of a programme's status: from (null for the first), to, who, when and why. */
public record StatusChange(
    ProgrammeStatus from, ProgrammeStatus to, String by, OffsetDateTime at, String note) {}
