package id.rancang.prioritisation.rules;

/**
 * A judgement worth reconsidering, with the value that would agree with the derived weights.
 *
 * <p>Following Saaty (2003) Decision-making with the AHP: why is the principal eigenvector
 * necessary, <i>European Journal of Operational Research</i> 145, 85–91, each judged entry is
 * compared with the ratio of the weights: ε<sub>ij</sub> =
 * a<sub>ij</sub>·w<sub>j</sub>/w<sub>i</sub> is 1 for a judgement that agrees with them, and the
 * entries furthest from 1 (measured as |ln ε<sub>ij</sub>|, so that 3 and 1/3 count alike) are the
 * ones to revise first, towards w<sub>i</sub>/w<sub>j</sub>.
 *
 * @param i the first criterion of the pair (0-based, i &lt; j)
 * @param j the second criterion of the pair
 * @param current the judgement as it stands: i is {@code current} times as important as j
 * @param suggested the Saaty-scale value to change it to: the scale value nearest to {@code
 *     consistentValue}, or the next one towards it when that is the current value
 * @param consistentValue w<sub>i</sub>/w<sub>j</sub>, the value that would be perfectly consistent
 *     with the current weights, not snapped to the scale
 * @param deviation |ln(a<sub>ij</sub>·w<sub>j</sub>/w<sub>i</sub>)|, larger is worse
 * @param crAfter the consistency ratio the comparisons would have with only this judgement changed
 *     to {@code suggested}
 */
public record InconsistentJudgement(
    int i,
    int j,
    double current,
    double suggested,
    double consistentValue,
    double deviation,
    double crAfter) {}
