package id.rancang.workshop;

import id.rancang.strategy.Dimension;
import id.rancang.strategy.Element;
import java.time.OffsetDateTime;

/**
 * A visible idea of a public consultation as anybody may read it: what it proposes and its support,
 * but nothing about the people who raised, supported or reported it.
 */
public record PublicIdea(
    long id,
    String title,
    String problem,
    String proposal,
    Dimension dimension,
    Element element,
    IdeaStatus status,
    long votes,
    OffsetDateTime createdAt) {}
