package id.rancang.strategy;

import java.time.OffsetDateTime;

/**
 * A reviewer's (or planner's) comment on one part of Buku 1. {@code author} is the sign-in name
 * (e-mail) of who wrote it; {@code resolved} is set by the planning team once it is dealt with.
 */
public record Comment(
    long id,
    long masterplanId,
    CommentSubject subjectType,
    long subjectId,
    String author,
    String body,
    boolean resolved,
    OffsetDateTime createdAt,
    int version) {}
