package id.rancang.workshop;

import java.time.OffsetDateTime;

/** A comment on an idea; a reply names the top-level comment it answers. */
public record IdeaComment(
    long id,
    long ideaId,
    Long parentId,
    String author,
    String body,
    Moderation moderation,
    boolean mine,
    OffsetDateTime createdAt,
    int version) {}
