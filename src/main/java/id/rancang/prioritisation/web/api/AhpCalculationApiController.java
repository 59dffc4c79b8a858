package id.rancang.prioritisation.web.api;

import id.rancang.prioritisation.AhpProblems;
import id.rancang.prioritisation.rules.AggregateResult;
import id.rancang.prioritisation.rules.AhpInputException;
import id.rancang.prioritisation.rules.AhpPriorities;
import id.rancang.prioritisation.rules.Consensus;
import id.rancang.prioritisation.rules.ConsensusLevel;
import id.rancang.prioritisation.rules.DerivationOptions;
import id.rancang.prioritisation.rules.Evaluator;
import id.rancang.prioritisation.rules.GroupAggregation;
import id.rancang.prioritisation.rules.GroupAggregationResult;
import id.rancang.prioritisation.rules.IncompleteMethod;
import id.rancang.prioritisation.rules.InconsistentJudgement;
import id.rancang.prioritisation.rules.Judgement;
import id.rancang.prioritisation.rules.PriorityMethod;
import id.rancang.prioritisation.rules.PriorityResult;
import id.rancang.prioritisation.rules.RandomIndexTable;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.Page;
import id.rancang.shared.web.ApiLists;
import id.rancang.shared.web.Messages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The AHP engine as a stateless calculation service, for other tools and for checking results by
 * hand: priorities of one matrix (complete, or partial judgements), and the aggregation of several
 * evaluators' comparisons by AIJ and AIP side by side. It reads and stores nothing of any region,
 * so anyone signed in may use it, whatever their region (the region roles, and with them {@code
 * MEMBER}, exist only for requests that name a region).
 *
 * <p>Indices in the JSON are 0-based (row i, column j); the messages of refused input count
 * criteria from 1, as people do ("Baris 2, kolom 3").
 */
@RestController
@RequestMapping("/api/v1/ahp")
@PreAuthorize("isAuthenticated()")
@Tag(name = "AHP calculation")
class AhpCalculationApiController {

  /** The largest body read: 1,000 evaluators of 15 criteria fit with room to spare. */
  static final int MAX_BODY_BYTES = 8 * 1024 * 1024;

  private final JsonMapper json = JsonMapper.builder().build();
  private final Messages messages;

  AhpCalculationApiController(Messages messages) {
    this.messages = messages;
  }

  // ---- request bodies, for the API documentation (the body is read and checked by hand so that
  // every problem is reported with its path)

  record JudgementBody(int i, int j, double value) {}

  record PrioritiesBody(
      @Schema(
              description =
                  "a complete n x n matrix: row i, column j = how many times i is as"
                      + " important as j (0-based); or give n and judgements")
          List<List<Double>> matrix,
      @Schema(description = "the number of criteria, with judgements (at most 15)") Integer n,
      @Schema(description = "the pairs judged so far; the others are missing")
          List<JudgementBody> judgements,
      @Schema(description = "random-index table, saaty-1980 when absent; see GET ri-tables")
          String riTable,
      @Schema(description = "HARKER (default) or LLSM, for incomplete judgements")
          IncompleteMethod method) {}

  record EvaluatorBody(
      @Schema(description = "names the evaluator in the results; its index when absent") String id,
      @Schema(description = "the evaluator group, e.g. ACADEMIA") String group,
      @Schema(description = "positive, 1 when absent") Double weight,
      List<List<Double>> matrix,
      List<JudgementBody> judgements) {}

  record AggregateBody(
      @Schema(description = "the number of criteria; taken from the first matrix when absent")
          Integer n,
      @Schema(description = "at most 1,000") List<EvaluatorBody> evaluators,
      String riTable,
      IncompleteMethod method) {}

  // ---- answers

  /** A judgement worth reconsidering (0-based i &lt; j) and the value that would fit. */
  record InconsistentJudgementJson(
      int i,
      int j,
      double current,
      double suggested,
      double consistentValue,
      double deviation,
      double crAfter) {
    static InconsistentJudgementJson of(InconsistentJudgement f) {
      return new InconsistentJudgementJson(
          f.i(),
          f.j(),
          f.current(),
          f.suggested(),
          f.consistentValue(),
          f.deviation(),
          f.crAfter());
    }
  }

  /** The priorities of one set of comparisons. */
  record PrioritiesJson(
      int n,
      List<Double> weights,
      double lambdaMax,
      double ci,
      double cr,
      boolean consistent,
      String riTable,
      String riTableName,
      String riTableSource,
      double randomIndex,
      PriorityMethod method,
      String methodName,
      int missingPairs,
      List<InconsistentJudgementJson> inconsistentJudgements) {}

  /** Goepel's consensus of the individual priorities. */
  record ConsensusJson(
      double value,
      ConsensusLevel level,
      String levelName,
      double homogeneity,
      double betaDiversity,
      double alphaEntropy,
      double gammaEntropy) {}

  /** Aggregation of individual judgements: the aggregated matrix (null where nobody judged). */
  record AijJson(List<List<Double>> matrix, PrioritiesJson priorities) {}

  /** Aggregation of individual priorities, over the evaluators whose judgements connect. */
  record AipJson(int evaluators, List<Double> geometric, List<Double> arithmetic) {}

  /** The results of a set of evaluators (everyone, or one group), AIJ and AIP side by side. */
  record AggregateJson(
      String group, int evaluators, AijJson aij, AipJson aip, ConsensusJson consensus) {}

  /** One evaluator's own priorities; null when their judgements do not connect all criteria. */
  record IndividualJson(String id, String group, double weight, PrioritiesJson priorities) {}

  record AggregationJson(
      int n,
      String riTable,
      String riTableName,
      String riTableSource,
      AggregateJson combined,
      List<AggregateJson> groups,
      List<IndividualJson> individual,
      List<String> notConnected) {}

  record RandomIndexJson(int n, double randomIndex) {}

  record RiTableJson(
      String id,
      String name,
      String source,
      boolean byDefault,
      int maxCriteria,
      List<RandomIndexJson> values) {}

  // ---- endpoints

  @PostMapping(path = "/priorities", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Priorities of one comparison matrix (AHP principal eigenvector, CR)",
      description =
          "Body: {\"matrix\": [[1, 3, 0.2], [0.3333, 1, 0.1429], [5, 7, 1]]} or, for partial input,"
              + " {\"n\": 3, \"judgements\": [{\"i\": 0, \"j\": 1, \"value\": 3}]}; optional"
              + " \"riTable\" (saaty-1980) and \"method\" (HARKER or LLSM, for missing pairs)."
              + " Indices are 0-based. Answers the weights, lambdaMax, CI, CR, whether CR <= 0.10,"
              + " the random-index table used and the judgements most worth reconsidering with the"
              + " value that would fit. Refused input is a problem+json 400 listing each problem"
              + " with its path (matrix[1][2]).",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              required = true,
              content = @Content(schema = @Schema(implementation = PrioritiesBody.class))))
  PrioritiesJson priorities(HttpServletRequest request) throws IOException {
    CalculationInput.Priorities input = CalculationInput.priorities(read(request));
    CalculationInput.Comparisons comparisons = input.comparisons();
    try {
      PriorityResult result = AhpPriorities.derive(comparisons.build(), input.options());
      return priorities(result, comparisons.n());
    } catch (AhpInputException e) {
      String field =
          switch (e.code()) {
            case "beyondRiTable" -> "riTable";
            default -> comparisons.fieldOf(e);
          };
      throw AhpProblems.invalid(e, field);
    }
  }

  @PostMapping(path = "/aggregate", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Group priorities of several evaluators: AIJ and AIP side by side, consensus",
      description =
          "Body: {\"evaluators\": [{\"matrix\": [[...]], \"weight\": 1, \"group\": \"ACADEMIA\"},"
              + " {\"judgements\": [...]}], \"n\": 3, \"riTable\": \"saaty-1980\"}. Answers for"
              + " everyone and for each group: the aggregated judgements (weighted geometric mean"
              + " per pair) with their priorities and CR (AIJ), the weighted geometric and"
              + " arithmetic means of the individual priorities (AIP) and Goepel's consensus; and"
              + " each evaluator's own priorities. At most 1,000 evaluators and 15 criteria.",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              required = true,
              content = @Content(schema = @Schema(implementation = AggregateBody.class))))
  AggregationJson aggregate(HttpServletRequest request) throws IOException {
    CalculationInput.Aggregation input = CalculationInput.aggregation(read(request));
    List<Evaluator> evaluators = input.evaluators();
    GroupAggregationResult result;
    try {
      result = GroupAggregation.aggregate(evaluators, input.options());
    } catch (AhpInputException e) {
      throw AhpProblems.invalid(e, aggregationField(e, evaluators));
    }
    DerivationOptions options = input.options();
    int n = evaluators.get(0).comparisons().size();
    List<AggregateJson> groups = new ArrayList<>();
    result.byGroup().forEach((group, aggregate) -> groups.add(aggregate(group, aggregate, n)));
    List<IndividualJson> individual = new ArrayList<>();
    for (Evaluator evaluator : evaluators) {
      PriorityResult own = result.individual().get(evaluator.id());
      individual.add(
          new IndividualJson(
              evaluator.id(),
              evaluator.group(),
              evaluator.weight(),
              own == null ? null : priorities(own, n)));
    }
    RandomIndexTable table = options.riTable();
    return new AggregationJson(
        n,
        table.id(),
        messages.get("prioritisation.riTable." + table.id()),
        table.source(),
        aggregate(null, result.combined(), n),
        groups,
        individual,
        result.notConnected());
  }

  @GetMapping("/ri-tables")
  @Operation(
      summary = "The random-index tables a consistency ratio can be taken against",
      description = "Each with its identifier (the riTable of a request), source and values.")
  ResponseEntity<List<RiTableJson>> riTables() {
    List<RiTableJson> tables =
        Arrays.stream(RandomIndexTable.values())
            .map(
                t -> {
                  List<RandomIndexJson> values = new ArrayList<>();
                  for (int n = 1; n <= t.maxSize(); n++) {
                    values.add(new RandomIndexJson(n, t.randomIndex(n)));
                  }
                  return new RiTableJson(
                      t.id(),
                      messages.get("prioritisation.riTable." + t.id()),
                      t.source(),
                      t == RandomIndexTable.DEFAULT,
                      t.maxSize(),
                      values);
                })
            .toList();
    return ApiLists.of(new Page<>(tables, 0, tables.size(), tables.size()));
  }

  // ---- helpers

  private JsonNode read(HttpServletRequest request) throws IOException {
    if (request.getContentLengthLong() > MAX_BODY_BYTES) {
      throw tooLarge();
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      throw tooLarge();
    }
    try {
      return json.readTree(body);
    } catch (JacksonException e) {
      throw InvalidInputException.of("", "shared.error.unreadable");
    }
  }

  private ErrorResponseException tooLarge() {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONTENT_TOO_LARGE);
    problem.setTitle(messages.get("prioritisation.api.tooLarge.title"));
    problem.setDetail(messages.get("prioritisation.api.tooLarge", MAX_BODY_BYTES / 1024 / 1024));
    return new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE, problem, null);
  }

  /** The field of the evaluators list that a refused aggregation concerns. */
  private static String aggregationField(AhpInputException e, List<Evaluator> evaluators) {
    switch (e.code()) {
      case "beyondRiTable":
        return "riTable";
      case "duplicateEvaluator", "badEvaluatorWeight", "sizeMismatch":
        {
          Object id = e.args().get(0);
          int last = -1;
          for (int k = 0; k < evaluators.size(); k++) {
            if (evaluators.get(k).id().equals(id)) {
              last = k;
            }
          }
          String property =
              switch (e.code()) {
                case "duplicateEvaluator" -> "id";
                case "badEvaluatorWeight" -> "weight";
                default -> "matrix";
              };
          return last < 0 ? "evaluators" : "evaluators[" + last + "]." + property;
        }
      default:
        return "evaluators";
    }
  }

  private PrioritiesJson priorities(PriorityResult r, int n) {
    return new PrioritiesJson(
        n,
        r.weights(),
        r.lambdaMax(),
        r.ci(),
        r.cr(),
        r.isAcceptable(),
        r.riTable(),
        messages.get("prioritisation.riTable." + r.riTable()),
        RandomIndexTable.byId(r.riTable()).source(),
        r.randomIndex(),
        r.method(),
        messages.get("prioritisation.method." + r.method().name()),
        r.missingPairs(),
        r.inconsistentJudgements().stream().map(InconsistentJudgementJson::of).toList());
  }

  private AggregateJson aggregate(String group, AggregateResult a, int n) {
    List<List<Double>> matrix = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<Double> row = new ArrayList<>(n);
      for (int j = 0; j < n; j++) {
        row.add(i == j ? 1.0 : null);
      }
      matrix.add(row);
    }
    for (Judgement j : a.judgements()) {
      matrix.get(j.i()).set(j.j(), j.value());
      matrix.get(j.j()).set(j.i(), 1 / j.value());
    }
    Consensus c = a.consensus();
    ConsensusJson consensus = null;
    if (c != null) {
      ConsensusLevel level = ConsensusLevel.of(c.consensus());
      consensus =
          new ConsensusJson(
              c.consensus(),
              level,
              messages.get("prioritisation.consensus." + level.name()),
              c.homogeneity(),
              c.betaDiversity(),
              c.alphaEntropy(),
              c.gammaEntropy());
    }
    return new AggregateJson(
        group,
        a.evaluators(),
        new AijJson(matrix, a.aij() == null ? null : priorities(a.aij(), n)),
        new AipJson(a.aipEvaluators(), a.aipGeometric(), a.aipArithmetic()),
        consensus);
  }
}
