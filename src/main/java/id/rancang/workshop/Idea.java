package id.rancang.workshop;

import id.rancang.strategy.Dimension;
import id.rancang.strategy.Element;
import java.time.OffsetDateTime;

/**
 * An idea (usulan) raised in a workshop or a public consultation, with its support and discussion
 * as the person asking sees them: {@code votes} counts support votes, {@code supported} says
 * whether the person asking gave one, {@code mine} whether they wrote it.
 */
public record Idea(
    long id,
    long masterplanId,
    Long workshopId,
    Long consultationId,
    String title,
    String problem,
    String proposal,
    Dimension dimension,
    Element element,
    Long suggestedOpdId,
    String suggestedPartners,
    String author,
    Moderation moderation,
    IdeaStatus status,
    long votes,
    long comments,
    boolean supported,
    boolean mine,
    OffsetDateTime createdAt,
    int version) {}
