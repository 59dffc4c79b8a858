package id.rancang.prioritisation.rules;

import java.util.Arrays;
import java.util.List;

/**
 * A published table of random consistency indices: the mean consistency index (λ<sub>max</sub> −
 * n)/(n − 1) of randomly generated reciprocal matrices of size n. The consistency ratio of a matrix
 * is its consistency index divided by the table's value for its size, so a result must say which
 * table it used. Matrices of one or two criteria are always consistent (index 0).
 *
 * <p>The tables differ because they were simulated with different numbers of matrices and scales;
 * Saaty's 1980 table is the usual default in Indonesian planning studies.
 */
public enum RandomIndexTable {

  /**
   * Saaty, T.L. (1980) <i>The Analytic Hierarchy Process</i>, McGraw-Hill, New York: 0.58, 0.90,
   * 1.12, 1.24, 1.32, 1.41, 1.45, 1.49 for n = 3..10 (the values in the domain notes), and 1.51,
   * 1.48, 1.56, 1.57, 1.59 for n = 11..15 as the same table is commonly reproduced (note the dip at
   * n = 12, which is in the published table).
   */
  SAATY_1980(
      "saaty-1980",
      "Saaty (1980), The Analytic Hierarchy Process",
      0.58,
      0.90,
      1.12,
      1.24,
      1.32,
      1.41,
      1.45,
      1.49,
      1.51,
      1.48,
      1.56,
      1.57,
      1.59),

  /**
   * Saaty, T.L. (2005) <i>Theory and Applications of the Analytic Network Process</i>, RWS
   * Publications, Pittsburgh, p. 31 (as reproduced by the AHPy library, {@code random_index=
   * 'saaty'}): 0.52, 0.89, 1.11, 1.25, 1.35, 1.40, 1.45, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59 for n =
   * 3..15.
   */
  SAATY_2005(
      "saaty-2005",
      "Saaty (2005), Theory and Applications of the Analytic Network Process, p. 31",
      0.52,
      0.89,
      1.11,
      1.25,
      1.35,
      1.40,
      1.45,
      1.49,
      1.52,
      1.54,
      1.56,
      1.58,
      1.59),

  /**
   * Alonso, J.A. and Lamata, M.T. (2006) Consistency in the analytic hierarchy process: a new
   * approach, <i>International Journal of Uncertainty, Fuzziness and Knowledge-Based Systems</i>
   * 14(4), 445–459, from 100,000 random matrices per size: 0.5245, 0.8815, 1.1086, 1.2479, 1.3417,
   * 1.4056, 1.4499, 1.4854, 1.5141, 1.5365, 1.5551, 1.5713, 1.5838 for n = 3..15. Some
   * reproductions give 0.5247, 0.8816, 1.4057 and 1.5140 for n = 3, 4, 8 and 11; the differences
   * are below 0.0003.
   */
  ALONSO_LAMATA_2006(
      "alonso-lamata-2006",
      "Alonso & Lamata (2006), IJUFKS 14(4) 445-459",
      0.5245,
      0.8815,
      1.1086,
      1.2479,
      1.3417,
      1.4056,
      1.4499,
      1.4854,
      1.5141,
      1.5365,
      1.5551,
      1.5713,
      1.5838),

  /**
   * Donegan, H.A. and Dodd, F.J. (1991) A note on Saaty's random indexes, <i>Mathematical and
   * Computer Modelling</i> 15(10), 135–137 (as reproduced by the AHPy library, its default {@code
   * random_index='dd'}): 0.4914, 0.8286, 1.0591, 1.1797, 1.2519, 1.3171, 1.3733, 1.4055, 1.4213,
   * 1.4497, 1.4643, 1.4822, 1.4969, 1.5078, 1.5153, 1.5262, 1.5313, 1.5371 for n = 3..20.
   */
  DONEGAN_DODD_1991(
      "donegan-dodd-1991",
      "Donegan & Dodd (1991), Mathematical and Computer Modelling 15(10) 135-137",
      0.4914,
      0.8286,
      1.0591,
      1.1797,
      1.2519,
      1.3171,
      1.3733,
      1.4055,
      1.4213,
      1.4497,
      1.4643,
      1.4822,
      1.4969,
      1.5078,
      1.5153,
      1.5262,
      1.5313,
      1.5371);

  /** The table used when none is chosen. */
  public static final RandomIndexTable DEFAULT = SAATY_1980;

  private final String id;
  private final String source;
  private final double[] fromThree;

  RandomIndexTable(String id, String source, double... fromThree) {
    this.id = id;
    this.source = source;
    this.fromThree = fromThree;
  }

  /** The identifier used in the API and stored with results, e.g. {@code saaty-1980}. */
  public String id() {
    return id;
  }

  /** A short citation of where the values were published. */
  public String source() {
    return source;
  }

  /** The largest number of criteria the table covers. */
  public int maxSize() {
    return fromThree.length + 2;
  }

  /**
   * The random index for {@code n} criteria; 0 for one or two.
   *
   * @throws AhpInputException {@code beyondRiTable} when the table stops before {@code n}
   */
  public double randomIndex(int n) {
    if (n < 1) {
      throw new AhpInputException("tooSmall", n, 1);
    }
    if (n <= 2) {
      return 0;
    }
    if (n > maxSize()) {
      throw new AhpInputException("beyondRiTable", id, n, maxSize());
    }
    return fromThree[n - 3];
  }

  /**
   * The table with the given identifier; {@link #DEFAULT} when {@code id} is null or blank.
   *
   * @throws AhpInputException {@code unknownRiTable} when no table has that identifier
   */
  public static RandomIndexTable byId(String id) {
    if (id == null || id.isBlank()) {
      return DEFAULT;
    }
    for (RandomIndexTable table : values()) {
      if (table.id.equals(id.strip())) {
        return table;
      }
    }
    throw new AhpInputException("unknownRiTable", id, ids());
  }

  /** The identifiers of all tables. */
  public static List<String> ids() {
    return Arrays.stream(values()).map(RandomIndexTable::id).toList();
  }
}
