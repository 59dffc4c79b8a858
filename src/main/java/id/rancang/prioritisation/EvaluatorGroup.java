package id.rancang.prioritisation;

import id.rancang.region.PentahelixRole;
import java.math.BigDecimal;

/**
 * A group of evaluators (often one per pentahelix role) with its say in the combined result ({@code
 * weight}, set by the team). The counts say how many evaluators the group has, how many have
 * started (they have judged a pair or rated a programme) and how many have submitted.
 */
public record EvaluatorGroup(
    long id,
    long exerciseId,
    String name,
    PentahelixRole pentahelixRole,
    BigDecimal weight,
    int position,
    int evaluators,
    int started,
    int submitted,
    int version) {}
