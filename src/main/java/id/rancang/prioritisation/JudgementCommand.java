package id.rancang.prioritisation;

/**
 * A change to one judgement.
 *
 * @param firstId one criterion of the pair
 * @param secondId the other criterion
 * @param value how many times more important the first is than the second (1/9 to 9); null takes
 *     the judgement back
 * @param version the version the evaluator saw (0 for a pair not judged yet)
 */
public record JudgementCommand(long firstId, long secondId, Double value, int version) {}
