package id.rancang.workshop;

import id.rancang.strategy.Dimension;
import id.rancang.strategy.Element;

/** What a participant enters for an idea (usulan). */
public record IdeaCommand(
    String title,
    String problem,
    String proposal,
    Dimension dimension,
    Element element,
    Long suggestedOpdId,
    String suggestedPartners) {}
