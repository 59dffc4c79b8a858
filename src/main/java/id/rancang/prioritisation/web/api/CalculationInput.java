package id.rancang.prioritisation.web.api;

import id.rancang.prioritisation.AhpProblems;
import id.rancang.prioritisation.rules.AhpInputException;
import id.rancang.prioritisation.rules.DerivationOptions;
import id.rancang.prioritisation.rules.Evaluator;
import id.rancang.prioritisation.rules.IncompleteMethod;
import id.rancang.prioritisation.rules.Judgement;
import id.rancang.prioritisation.rules.PairwiseComparisons;
import id.rancang.prioritisation.rules.RandomIndexTable;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * Reads the body of a calculation request, collecting every problem with its field path ({@code
 * matrix[1][2]}, {@code evaluators[3].judgements[0].value}) before anything is calculated: first
 * the shape (numbers where numbers belong, limits), then the engine's own checks of each set of
 * comparisons. Indices in the body and in field paths are 0-based; messages count criteria from 1.
 */
final class CalculationInput {

  /** The most criteria one request may compare. */
  static final int MAX_CRITERIA = 15;

  /** The most evaluators one aggregation may take. */
  static final int MAX_EVALUATORS = 1000;

  /** The longest evaluator id or group name. */
  static final int MAX_TEXT = 100;

  private final List<FieldProblem> problems = new ArrayList<>();

  private CalculationInput() {}

  /** What {@code POST /api/v1/ahp/priorities} asks for. */
  record Priorities(Comparisons comparisons, DerivationOptions options) {}

  /** What {@code POST /api/v1/ahp/aggregate} asks for. */
  record Aggregation(int n, List<Evaluator> evaluators, DerivationOptions options) {}

  /**
   * One set of comparisons as given: a complete matrix or n with judgements, and the field they
   * came from (empty for the top level, {@code evaluators[3].} for an evaluator).
   */
  record Comparisons(String prefix, double[][] matrix, int n, List<Judgement> judgements) {

    /**
     * The engine's comparisons.
     *
     * @throws InvalidInputException naming the entry or judgement the engine refused
     */
    PairwiseComparisons build() {
      try {
        return matrix != null
            ? PairwiseComparisons.ofMatrix(matrix)
            : PairwiseComparisons.ofJudgements(n, judgements);
      } catch (AhpInputException e) {
        throw AhpProblems.invalid(e, fieldOf(e));
      }
    }

    /** The field a problem with these comparisons concerns. */
    String fieldOf(AhpInputException e) {
      if (e.code().equals("tooSmall")) {
        return matrix != null ? prefix + "matrix" : "n";
      }
      return matrix != null
          ? AhpProblems.matrixField(e, prefix + "matrix")
          : AhpProblems.judgementField(e, prefix + "judgements", judgements);
    }
  }

  static Priorities priorities(JsonNode body) {
    CalculationInput input = new CalculationInput();
    input.requireObject(body);
    DerivationOptions options = input.options(body);
    Integer n = input.size(body.get("n"), "n");
    Comparisons comparisons = input.comparisons(body, "", n, "n");
    input.throwIfAny();
    return new Priorities(comparisons, options);
  }

  static Aggregation aggregation(JsonNode body) {
    CalculationInput input = new CalculationInput();
    input.requireObject(body);
    DerivationOptions options = input.options(body);
    Integer n = input.size(body.get("n"), "n");
    JsonNode list = body.get("evaluators");
    if (absent(list)) {
      input.add("evaluators", "shared.validation.required");
    } else if (!list.isArray()) {
      input.add("evaluators", "prioritisation.api.notArray");
    } else if (list.size() > MAX_EVALUATORS) {
      input.add("evaluators", "prioritisation.api.tooManyEvaluators", list.size(), MAX_EVALUATORS);
    }
    input.throwIfAny();
    if (n == null) {
      n = sizeOfFirstMatrix(list);
    }
    List<Comparisons> given = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    for (int k = 0; k < list.size(); k++) {
      String prefix = "evaluators[" + k + "].";
      JsonNode evaluator = list.get(k);
      if (evaluator == null || !evaluator.isObject()) {
        input.add("evaluators[" + k + "]", "prioritisation.api.notObject");
        continue;
      }
      ids.add(input.text(evaluator.get("id"), prefix + "id", String.valueOf(k)));
      groups.add(input.text(evaluator.get("group"), prefix + "group", null));
      JsonNode weight = evaluator.get("weight");
      if (absent(weight)) {
        weights.add(1.0);
      } else if (weight.isNumber()) {
        weights.add(weight.doubleValue());
      } else {
        weights.add(null);
        input.add(prefix + "weight", "prioritisation.api.notNumber");
      }
      given.add(input.comparisons(evaluator, prefix, n, "n"));
    }
    input.throwIfAny();
    List<Evaluator> evaluators = new ArrayList<>();
    for (int k = 0; k < given.size(); k++) {
      try {
        evaluators.add(
            new Evaluator(ids.get(k), groups.get(k), weights.get(k), given.get(k).build()));
      } catch (InvalidInputException e) {
        input.problems.addAll(e.problems());
      }
    }
    input.throwIfAny();
    return new Aggregation(n == null ? 0 : n, evaluators, options);
  }

  /** The number of rows of the first matrix given, when no n is. */
  private static Integer sizeOfFirstMatrix(JsonNode evaluators) {
    for (JsonNode evaluator : evaluators) {
      JsonNode matrix = evaluator == null ? null : evaluator.get("matrix");
      if (matrix != null && matrix.isArray() && matrix.size() <= MAX_CRITERIA) {
        return matrix.size();
      }
    }
    return null;
  }

  private void requireObject(JsonNode body) {
    if (body == null || !body.isObject()) {
      add("", "prioritisation.api.bodyNotObject");
      throwIfAny();
    }
  }

  private DerivationOptions options(JsonNode body) {
    DerivationOptions options = DerivationOptions.defaults();
    String table = text(body.get("riTable"), "riTable", null);
    try {
      options = options.withRiTable(RandomIndexTable.byId(table));
    } catch (AhpInputException e) {
      problems.add(AhpProblems.problem(e, "riTable"));
    }
    String method = text(body.get("method"), "method", null);
    if (method != null) {
      try {
        options =
            options.withIncompleteMethod(
                IncompleteMethod.valueOf(method.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        add(
            "method",
            "prioritisation.api.unknownMethod",
            method,
            String.join(", ", Arrays.stream(IncompleteMethod.values()).map(Enum::name).toList()));
      }
    }
    return options;
  }

  /** A number of criteria: null when absent. */
  private Integer size(JsonNode node, String field) {
    if (absent(node)) {
      return null;
    }
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      add(field, "prioritisation.api.notInteger");
      return null;
    }
    int n = node.intValue();
    if (n > MAX_CRITERIA) {
      add(field, "prioritisation.api.tooManyCriteria", n, MAX_CRITERIA);
      return null;
    }
    return n;
  }

  /**
   * The matrix or the judgements of {@code object}; null (with problems added) when they cannot be
   * read.
   */
  private Comparisons comparisons(JsonNode object, String prefix, Integer n, String nField) {
    JsonNode matrix = object.get("matrix");
    JsonNode judgements = object.get("judgements");
    if (absent(matrix) == absent(judgements)) {
      add(prefix + "matrix", "prioritisation.api.matrixOrJudgements");
      return null;
    }
    if (!absent(matrix)) {
      double[][] values = matrix(matrix, prefix + "matrix");
      if (values != null && n != null && values.length != n) {
        add(prefix + "matrix", "prioritisation.api.sizeMismatch", n, values.length);
      }
      return values == null ? null : new Comparisons(prefix, values, values.length, null);
    }
    if (n == null) {
      if (!problems.stream().anyMatch(p -> p.field().equals(nField))) {
        add(nField, "prioritisation.api.nRequired");
      }
      return null;
    }
    List<Judgement> list = judgements(judgements, prefix + "judgements");
    return list == null ? null : new Comparisons(prefix, null, n, list);
  }

  private double[][] matrix(JsonNode node, String field) {
    if (!node.isArray()) {
      add(field, "prioritisation.api.notArray");
      return null;
    }
    if (node.size() > MAX_CRITERIA) {
      add(field, "prioritisation.api.tooManyCriteria", node.size(), MAX_CRITERIA);
      return null;
    }
    int before = problems.size();
    double[][] values = new double[node.size()][];
    for (int i = 0; i < node.size(); i++) {
      JsonNode row = node.get(i);
      String rowField = field + "[" + i + "]";
      if (row == null || !row.isArray()) {
        add(rowField, "prioritisation.api.notArray");
        continue;
      }
      if (row.size() > MAX_CRITERIA) {
        add(rowField, "prioritisation.api.tooManyCriteria", row.size(), MAX_CRITERIA);
        continue;
      }
      values[i] = new double[row.size()];
      for (int j = 0; j < row.size(); j++) {
        JsonNode entry = row.get(j);
        if (entry.isNumber()) {
          values[i][j] = entry.doubleValue();
        } else {
          add(rowField + "[" + j + "]", "prioritisation.api.notNumber");
        }
      }
    }
    return problems.size() == before ? values : null;
  }

  private List<Judgement> judgements(JsonNode node, String field) {
    if (!node.isArray()) {
      add(field, "prioritisation.api.notArray");
      return null;
    }
    int before = problems.size();
    List<Judgement> judgements = new ArrayList<>(node.size());
    for (int k = 0; k < node.size(); k++) {
      JsonNode judgement = node.get(k);
      String item = field + "[" + k + "]";
      if (judgement == null || !judgement.isObject()) {
        add(item, "prioritisation.api.notObject");
        continue;
      }
      Integer i = index(judgement.get("i"), item + ".i");
      Integer j = index(judgement.get("j"), item + ".j");
      JsonNode value = judgement.get("value");
      if (absent(value)) {
        add(item + ".value", "shared.validation.required");
      } else if (!value.isNumber()) {
        add(item + ".value", "prioritisation.api.notNumber");
      } else if (i != null && j != null) {
        judgements.add(new Judgement(i, j, value.doubleValue()));
      }
    }
    return problems.size() == before ? judgements : null;
  }

  private Integer index(JsonNode node, String field) {
    if (absent(node)) {
      add(field, "shared.validation.required");
      return null;
    }
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      add(field, "prioritisation.api.notInteger");
      return null;
    }
    return node.intValue();
  }

  /** An optional text: {@code otherwise} when absent. */
  private String text(JsonNode node, String field, String otherwise) {
    if (absent(node)) {
      return otherwise;
    }
    if (!node.isString()) {
      add(field, "prioritisation.api.notText");
      return otherwise;
    }
    String text = node.stringValue().strip();
    if (text.length() > MAX_TEXT) {
      add(field, "prioritisation.api.tooLong", MAX_TEXT);
      return otherwise;
    }
    return text.isEmpty() ? otherwise : text;
  }

  private static boolean absent(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode();
  }

  private void add(String field, String key, Object... args) {
    problems.add(FieldProblem.of(field, key, args));
  }

  private void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
