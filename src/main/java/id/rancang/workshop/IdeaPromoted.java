package id.rancang.workshop;

import java.util.List;

/**
 * Published when ideas became (part of) a programme, after the programme module created or chose
 * it. Downstream modules may react; the audit trail records the ideas' change of status itself.
 */
public record IdeaPromoted(
    long regionId, long masterplanId, List<Long> ideaIds, long programmeId, String actor) {}
