package id.rancang.prioritisation;

import id.rancang.prioritisation.rules.AhpInputException;
import id.rancang.prioritisation.rules.Judgement;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Says in people's words what the prioritisation engine refused: an {@link AhpInputException}
 * becomes an {@link InvalidInputException} whose problem has the message key {@code
 * prioritisation.ahp.<code>} (in both message files) and arguments a person can read, so that pages
 * and the API give the same text, e.g. "Baris 2, kolom 3: nilai 0 harus positif".
 *
 * <p>The arguments keep the engine's order (see {@link AhpInputException}) with two changes:
 * criterion indices become criterion numbers counted from 1, as in the rows and columns a person
 * sees; and lists are written out ({@code disconnected} has two arguments, the first group of
 * connected criteria and the others, each as {@code {1, 2}}; the known table identifiers and a
 * scale's level values are joined with commas). Numbers stay numbers, so the message formats them
 * in the reader's language (0,5 or 0.5).
 */
public final class AhpProblems {

  /** The prefix of the message key of every engine problem. */
  public static final String KEY_PREFIX = "prioritisation.ahp.";

  /** Argument positions that hold a 0-based criterion index, per problem code. */
  private static final Map<String, Set<Integer>> CRITERION_ARGS =
      Map.ofEntries(
          Map.entry("notSquare", Set.of(0)),
          Map.entry("notPositive", Set.of(0, 1)),
          Map.entry("outOfScale", Set.of(0, 1)),
          Map.entry("diagonalNotOne", Set.of(0)),
          Map.entry("notReciprocal", Set.of(0, 1)),
          Map.entry("indexOutOfRange", Set.of(0, 1)),
          Map.entry("selfComparison", Set.of(0)),
          Map.entry("duplicateJudgement", Set.of(0, 1)),
          Map.entry("badWeight", Set.of(0)),
          Map.entry("criterionOutOfRange", Set.of(0)));

  /** Problems with one entry of a matrix (i, j first among their arguments). */
  private static final Set<String> ENTRY_CODES =
      Set.of("notPositive", "outOfScale", "notReciprocal");

  private AhpProblems() {}

  /** The refused input as a problem of {@code field}, in people's terms. */
  public static FieldProblem problem(AhpInputException e, String field) {
    return new FieldProblem(field, KEY_PREFIX + e.code(), arguments(e));
  }

  /** The refused input as an exception the pages and the API show next to {@code field}. */
  public static InvalidInputException invalid(AhpInputException e, String field) {
    return new InvalidInputException(List.of(problem(e, field)));
  }

  /**
   * The field that a problem with a comparison matrix concerns, under the matrix's own field {@code
   * matrix}: the entry ({@code matrix[1][2]}) for a value that is not positive, not on the scale or
   * not reciprocal, the diagonal entry for a diagonal that is not 1, the row ({@code matrix[1]}) of
   * the wrong length, or the matrix itself. Indices are the caller's (0-based).
   */
  public static String matrixField(AhpInputException e, String matrix) {
    List<Object> args = e.args();
    if (ENTRY_CODES.contains(e.code())) {
      return matrix + "[" + args.get(0) + "][" + args.get(1) + "]";
    }
    return switch (e.code()) {
      case "diagonalNotOne" -> matrix + "[" + args.get(0) + "][" + args.get(0) + "]";
      case "notSquare" -> matrix + "[" + args.get(0) + "]";
      default -> matrix;
    };
  }

  /**
   * The field that a problem with a list of judgements concerns, under the list's own field {@code
   * judgements}: the judgement the problem names ({@code judgements[4]}, the last one for a pair
   * judged twice), or the list itself.
   */
  public static String judgementField(
      AhpInputException e, String judgements, List<Judgement> given) {
    List<Object> args = e.args();
    int found = -1;
    switch (e.code()) {
      case "notPositive", "outOfScale", "indexOutOfRange" -> {
        for (int k = 0; k < given.size() && found < 0; k++) {
          Judgement j = given.get(k);
          if (j.i() == (int) args.get(0) && j.j() == (int) args.get(1)) {
            found = k;
          }
        }
      }
      case "selfComparison" -> {
        for (int k = 0; k < given.size() && found < 0; k++) {
          if (given.get(k).i() == (int) args.get(0) && given.get(k).j() == given.get(k).i()) {
            found = k;
          }
        }
      }
      case "duplicateJudgement" -> {
        int i = (int) args.get(0);
        int j = (int) args.get(1);
        for (int k = given.size() - 1; k >= 0 && found < 0; k--) {
          Judgement g = given.get(k);
          if ((g.i() == i && g.j() == j) || (g.i() == j && g.j() == i)) {
            found = k;
          }
        }
      }
      default -> {
        // about the list as a whole
      }
    }
    return found < 0 ? judgements : judgements + "[" + found + "]";
  }

  private static List<Object> arguments(AhpInputException e) {
    Set<Integer> criteria = CRITERION_ARGS.getOrDefault(e.code(), Set.of());
    if (e.code().equals("disconnected") && !e.args().isEmpty()) {
      List<?> groups = (List<?>) e.args().get(0);
      String first = groups.isEmpty() ? "" : group(groups.get(0));
      String rest =
          groups.stream().skip(1).map(AhpProblems::group).collect(Collectors.joining(", "));
      return List.of(first, rest);
    }
    List<Object> args = new ArrayList<>(e.args().size());
    for (int k = 0; k < e.args().size(); k++) {
      Object arg = e.args().get(k);
      if (criteria.contains(k) && arg instanceof Integer index) {
        args.add(index + 1);
      } else if (arg instanceof Collection<?> list) {
        args.add(list.stream().map(String::valueOf).collect(Collectors.joining(", ")));
      } else {
        args.add(arg == null ? "-" : arg);
      }
    }
    return args;
  }

  /** A group of 0-based criteria as people count them: {1, 2}. */
  private static String group(Object criteria) {
    return ((Collection<?>) criteria)
        .stream()
            .map(c -> c instanceof Integer i ? String.valueOf(i + 1) : String.valueOf(c))
            .collect(Collectors.joining(", ", "{", "}"));
  }
}
