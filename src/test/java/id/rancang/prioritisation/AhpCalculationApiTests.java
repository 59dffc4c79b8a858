package id.rancang.prioritisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import id.rancang.identity.Role;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@RancangIntegrationTest
class AhpCalculationApiTests {

  private static final double PUBLISHED_3 = 0.0005;

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;

  private TestRegion region;

  @BeforeEach
  void region() {
    region = fixtures.newRegion();
  }

  // Saaty, T.L. (1990) How to make a decision: the analytic hierarchy process, European Journal of
  // Operational Research 48, 9-26: the criteria for buying a house, priorities .173 .054 .188 .018
  // .031 .036 .167 .333, lambda max 9.669, C.I. 0.238, C.R. 0.169 (the engine's tests use the same
  // example). Its worst judgement is neighbourhood (3rd) against general condition (7th), 6.
  @Test
  void saatysHouseExampleComesBackWithHisPublishedPrioritiesAndRatiosAndAJudgementToReconsider()
      throws Exception {
    String house =
        matrix(
            8, 5, 3, 7, 6, 6, 1 / 3.0, 1 / 4.0, 1 / 3.0, 5, 3, 3, 1 / 5.0, 1 / 7.0, 6, 3, 4, 6,
            1 / 5.0, 1 / 3.0, 1 / 4.0, 1 / 7.0, 1 / 8.0, 1 / 2.0, 1 / 5.0, 1 / 6.0, 1 / 5.0,
            1 / 6.0, 1 / 2.0);

    String body =
        priorities("{\"matrix\": " + house + ", \"riTable\": \"saaty-1980\"}")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.n").value(8))
            .andExpect(jsonPath("$.consistent").value(false))
            .andExpect(jsonPath("$.riTable").value("saaty-1980"))
            .andExpect(jsonPath("$.riTableSource").value(Matchers.containsString("Saaty (1980)")))
            .andExpect(jsonPath("$.randomIndex").value(1.41))
            .andExpect(jsonPath("$.method").value("EIGENVECTOR"))
            .andExpect(jsonPath("$.missingPairs").value(0))
            .andExpect(jsonPath("$.inconsistentJudgements[0].i").value(2))
            .andExpect(jsonPath("$.inconsistentJudgements[0].j").value(6))
            .andExpect(jsonPath("$.inconsistentJudgements[0].current").value(6.0))
            .andReturn()
            .getResponse()
            .getContentAsString();

    List<Double> weights = numbers(body, "$.weights");
    double[] published = {0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333};
    for (int i = 0; i < published.length; i++) {
      assertThat(weights.get(i)).as("weight %d", i).isCloseTo(published[i], within(PUBLISHED_3));
    }
    assertThat(number(body, "$.lambdaMax")).isCloseTo(9.669, within(PUBLISHED_3));
    assertThat(number(body, "$.ci")).isCloseTo(0.238, within(PUBLISHED_3));
    assertThat(number(body, "$.cr")).isCloseTo(0.169, within(PUBLISHED_3));
    // the suggestion is a value of Saaty's scale that lowers the ratio
    double suggested = number(body, "$.inconsistentJudgements[0].suggested");
    assertThat(List.of(1 / 5.0, 1 / 4.0, 1 / 3.0, 1 / 2.0, 1.0, 2.0, 3.0, 4.0, 5.0))
        .anySatisfy(v -> assertThat(suggested).isCloseTo(v, within(1e-12)));
    assertThat(number(body, "$.inconsistentJudgements[0].crAfter"))
        .isLessThan(number(body, "$.cr"));
  }

  // Saaty (2008) Decision making with the analytic hierarchy process, Int. J. Services Sciences
  // 1(1), 83-98: drink consumption in the US, priorities .177 .019 .042 .116 .190 .129 .327, here
  // typed as people type reciprocals, with four decimals.
  @Test
  void aConsistentMatrixTypedWithRoundedReciprocalsIsAcceptedAndCalledConsistent()
      throws Exception {
    double[][] drinks =
        full(
            7, 9, 5, 2, 1, 1, 1 / 2.0, 1 / 3.0, 1 / 9.0, 1 / 9.0, 1 / 9.0, 1 / 9.0, 1 / 3.0,
            1 / 4.0, 1 / 3.0, 1 / 9.0, 1 / 2.0, 1, 1 / 3.0, 2, 1 / 2.0, 1 / 3.0);
    String typed =
        Arrays.stream(drinks)
            .map(
                row ->
                    Arrays.stream(row)
                        .mapToObj(v -> String.format(java.util.Locale.ROOT, "%.4f", v))
                        .collect(Collectors.joining(",", "[", "]")))
            .collect(Collectors.joining(",", "[", "]"));

    String body =
        priorities("{\"matrix\": " + typed + "}")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.consistent").value(true))
            .andReturn()
            .getResponse()
            .getContentAsString();

    List<Double> weights = numbers(body, "$.weights");
    double[] published = {0.177, 0.019, 0.042, 0.116, 0.190, 0.129, 0.327};
    for (int i = 0; i < published.length; i++) {
      assertThat(weights.get(i)).isCloseTo(published[i], within(PUBLISHED_3));
    }
    assertThat(number(body, "$.cr")).isLessThanOrEqualTo(0.1);
  }

  // Bozóki, Fülöp and Rónyai (2010) Mathematical and Computer Modelling 52, 318-333, Example 3: a12
  // = 1, a13 = 5, a14 = 2, a23 = 3, a24 = 4, a34 missing; the logarithmic least squares completion
  // of a34 is van Uden's estimate 0.73029674334.
  @Test
  void partialJudgementsAreSolvedByTheChosenMethodAndSayWhatIsMissing() throws Exception {
    String judgements =
        "[{\"i\":0,\"j\":1,\"value\":1},{\"i\":0,\"j\":2,\"value\":5},{\"i\":0,\"j\":3,\"value\":2},"
            + "{\"i\":1,\"j\":2,\"value\":3},{\"i\":1,\"j\":3,\"value\":4}]";

    String llsm =
        priorities("{\"n\": 4, \"judgements\": " + judgements + ", \"method\": \"LLSM\"}")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.method").value("LLSM"))
            .andExpect(jsonPath("$.missingPairs").value(1))
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<Double> w = numbers(llsm, "$.weights");
    assertThat(w.get(2) / w.get(3)).isCloseTo(0.73029674334, within(1e-9));

    priorities("{\"n\": 4, \"judgements\": " + judgements + "}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.method").value("HARKER"))
        .andExpect(jsonPath("$.inconsistentJudgements[*].i").isArray());
  }

  @Test
  void aMatrixThatIsNotSquareIsRefusedNamingTheRow() throws Exception {
    String body = "{\"matrix\": [[1, 3, 5], [0.3333, 1], [0.2, 1, 1]]}";

    refused(body, "id", "matrix[1]", "Baris 2 berisi 2 nilai, padahal ada 3 kriteria");
    refused(body, "en", "matrix[1]", "Row 2 has 2 values but there are 3 criteria");
  }

  @Test
  void aZeroOrNegativeComparisonIsRefusedNamingItsRowAndColumn() throws Exception {
    String zero = "{\"matrix\": [[1, 3, 5], [0.3333, 1, 0], [0.2, 1, 1]]}";
    String negative = "{\"matrix\": [[1, -3], [0.3333, 1]]}";

    refused(zero, "id", "matrix[1][2]", "Baris 2, kolom 3: nilai 0 harus positif");
    refused(zero, "en", "matrix[1][2]", "Row 2, column 3: 0 must be positive");
    refused(negative, "id", "matrix[0][1]", "Baris 1, kolom 2: nilai -3 harus positif");
    refused(negative, "en", "matrix[0][1]", "Row 1, column 2: -3 must be positive");
  }

  @Test
  void comparisonsThatAreNotReciprocalAreRefusedShowingBothValuesInTheReadersNumbers()
      throws Exception {
    String body = "{\"matrix\": [[1, 3, 5], [0.5, 1, 2], [0.2, 0.5, 1]]}";

    refused(
        body,
        "id",
        "matrix[0][1]",
        "Nilai baris 1 kolom 2 (3) dan baris 2 kolom 1 (0,5) tidak saling berkebalikan");
    refused(
        body,
        "en",
        "matrix[0][1]",
        "The values in row 1, column 2 (3) and in row 2, column 1 (0.5) are not reciprocal");
  }

  @Test
  void aComparisonBeyondSaatysScaleIsRefused() throws Exception {
    String body = "{\"matrix\": [[1, 3, 12], [0.3333, 1, 2], [0.0833, 0.5, 1]]}";

    refused(body, "id", "matrix[0][2]", "Baris 1, kolom 3: nilai 12 di luar skala Saaty");
    refused(body, "en", "matrix[0][2]", "Row 1, column 3: 12 is outside the Saaty scale");
  }

  @Test
  void judgementsThatLeaveGroupsOfCriteriaUnconnectedAreRefusedNamingTheGroups() throws Exception {
    String body =
        "{\"n\": 4, \"judgements\": [{\"i\":0,\"j\":1,\"value\":3},{\"i\":2,\"j\":3,\"value\":2}]}";

    refused(
        body,
        "id",
        "judgements",
        "Perbandingan tidak menghubungkan semua kriteria: {1, 2} terpisah dari {3, 4}");
    refused(
        body,
        "en",
        "judgements",
        "The comparisons do not connect all criteria: {1, 2} is separate from {3, 4}");
  }

  @Test
  void aJudgementRepeatedOrOfAMissingCriterionIsRefusedAtItsPlaceInTheList() throws Exception {
    refused(
        "{\"n\": 3, \"judgements\": [{\"i\":0,\"j\":1,\"value\":3},{\"i\":1,\"j\":0,\"value\":2}]}",
        "id",
        "judgements[1]",
        "Pasangan kriteria 2 dan 1 dinilai lebih dari sekali");
    refused(
        "{\"n\": 3, \"judgements\": [{\"i\":0,\"j\":1,\"value\":3},{\"i\":0,\"j\":3,\"value\":2}]}",
        "en",
        "judgements[1]",
        "Comparison of criterion 1 with criterion 4: there are only criteria 1 to 3");
  }

  @Test
  void everyProblemOfShapeIsListedWithItsPathBeforeAnythingIsCalculated() throws Exception {
    priorities(
            "{\"matrix\": [[1, \"tiga\"], [0.3333, 1], 5], \"riTable\": \"saaty-1999\","
                + " \"method\": \"NEWTON\"}")
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(
                    Matchers.containsInAnyOrder("matrix[0][1]", "matrix[2]", "riTable", "method")))
        .andExpect(
            jsonPath("$.errors[?(@.field == 'riTable')].message")
                .value(Matchers.hasItem(Matchers.containsString("saaty-1980, saaty-2005"))));

    priorities("{\"matrix\": [[1]], \"n\": 4, \"judgements\": []}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("matrix"));
    priorities("{\"judgements\": [{\"i\": 0, \"j\": 1, \"value\": \"3\"}]}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("n")));
    priorities("{\"n\": 2, \"judgements\": [{\"i\": 0.5, \"value\": \"3\"}]}")
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(
                    Matchers.containsInAnyOrder(
                        "judgements[0].i", "judgements[0].j", "judgements[0].value")));
    priorities("[1, 2]")
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[0].message").value("Isi permintaan harus berupa objek JSON."));
    priorities("{\"matrix\": [[1,")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message").value("Isi permintaan bukan JSON yang valid."));
  }

  @Test
  void moreThanFifteenCriteriaOrAThousandEvaluatorsOrEightMegabytesAreRefused() throws Exception {
    priorities("{\"n\": 16, \"judgements\": []}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("n"))
        .andExpect(jsonPath("$.errors[0].message").value("Paling banyak 15 kriteria, bukan 16."));
    String evaluators =
        String.join(
            ",", java.util.Collections.nCopies(1001, "{\"matrix\":" + matrix(2, 2.0) + "}"));
    aggregate("{\"evaluators\": [" + evaluators + "]}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("evaluators"))
        .andExpect(
            jsonPath("$.errors[0].message").value("Paling banyak 1.000 penilai, bukan 1.001."));

    String huge = "{\"matrix\": [[1, 2], [0.5, 1]], \"padding\": \"" + "x".repeat(9 << 20) + "\"}";
    priorities(huge)
        .andExpect(status().is(413))
        .andExpect(jsonPath("$.detail").value("Isi permintaan lebih dari 8 MB."));
  }

  // Two evaluators of four criteria, both inconsistent (the first is the criteria matrix of
  // Wikipedia's leader example). AIJ takes the geometric mean of each pair (Aczel and Saaty 1983)
  // and then its eigenvector; AIP averages the two eigenvectors (Forman and Peniwati 1998). With
  // three criteria the eigenvector is the row geometric mean and AIJ meets the geometric AIP
  // exactly; from four criteria on, inconsistent judgements set them apart.
  @Test
  void twoEvaluatorsAreAggregatedByJudgementsAndByPrioritiesSideBySideAndPerGroup()
      throws Exception {
    double[] a = {4, 3, 7, 1 / 3.0, 3, 5};
    double[] b = {1 / 2.0, 3, 1 / 5.0, 5, 1 / 3.0, 2};
    String body =
        "{\"evaluators\": [{\"id\": \"akademisi\", \"group\": \"ACADEMIA\", \"matrix\": "
            + matrix(4, a)
            + "}, {\"id\": \"pengusaha\", \"group\": \"BUSINESS\", \"weight\": 1, \"matrix\": "
            + matrix(4, b)
            + "}], \"riTable\": \"saaty-1980\"}";

    String json =
        aggregate(body)
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.n").value(4))
            .andExpect(jsonPath("$.riTable").value("saaty-1980"))
            .andExpect(jsonPath("$.combined.evaluators").value(2))
            .andExpect(jsonPath("$.combined.aip.evaluators").value(2))
            .andExpect(jsonPath("$.combined.aij.matrix[1][1]").value(1.0))
            .andExpect(
                jsonPath("$.groups[*].group").value(Matchers.contains("ACADEMIA", "BUSINESS")))
            .andExpect(
                jsonPath("$.individual[*].id").value(Matchers.contains("akademisi", "pengusaha")))
            .andExpect(jsonPath("$.combined.consensus.levelName").isString())
            .andReturn()
            .getResponse()
            .getContentAsString();

    // AIJ: the geometric mean of each pair
    for (int[] pair :
        new int[][] {{0, 1, 0}, {0, 2, 1}, {0, 3, 2}, {1, 2, 3}, {1, 3, 4}, {2, 3, 5}}) {
      double expected = Math.sqrt(a[pair[2]] * b[pair[2]]);
      assertThat(number(json, "$.combined.aij.matrix[" + pair[0] + "][" + pair[1] + "]"))
          .isCloseTo(expected, within(1e-12));
      assertThat(number(json, "$.combined.aij.matrix[" + pair[1] + "][" + pair[0] + "]"))
          .isCloseTo(1 / expected, within(1e-12));
    }
    // AIP: the means of the two evaluators' own priorities
    List<Double> first = numbers(json, "$.individual[0].priorities.weights");
    List<Double> second = numbers(json, "$.individual[1].priorities.weights");
    List<Double> arithmetic = numbers(json, "$.combined.aip.arithmetic");
    List<Double> geometric = numbers(json, "$.combined.aip.geometric");
    List<Double> aij = numbers(json, "$.combined.aij.priorities.weights");
    double sum = 0;
    for (int i = 0; i < 4; i++) {
      sum += Math.sqrt(first.get(i) * second.get(i));
    }
    double largestDifference = 0;
    for (int i = 0; i < 4; i++) {
      assertThat(arithmetic.get(i)).isCloseTo((first.get(i) + second.get(i)) / 2, within(1e-12));
      assertThat(geometric.get(i))
          .isCloseTo(Math.sqrt(first.get(i) * second.get(i)) / sum, within(1e-12));
      largestDifference = Math.max(largestDifference, Math.abs(aij.get(i) - geometric.get(i)));
    }
    assertThat(largestDifference).as("AIJ against AIP").isGreaterThan(1e-3);
    // each group of one is that evaluator
    List<Double> academia = numbers(json, "$.groups[0].aij.priorities.weights");
    for (int i = 0; i < 4; i++) {
      assertThat(academia.get(i)).isCloseTo(first.get(i), within(1e-9));
    }
    double consensus = number(json, "$.combined.consensus.value");
    assertThat(consensus).isBetween(0.0, 1.0);
  }

  @Test
  void everyEvaluatorsProblemsAreListedTogetherWithTheirPaths() throws Exception {
    String body =
        "{\"n\": 3, \"evaluators\": ["
            + "{\"id\": \"a\", \"matrix\": [[1, 0, 5], [1, 1, 2], [0.2, 0.5, 1]]},"
            + "{\"id\": \"b\", \"judgements\": [{\"i\": 0, \"j\": 0, \"value\": 1}]},"
            + "{\"id\": \"c\", \"matrix\": [[1, 2], [0.5, 1]]},"
            + "{\"id\": \"d\", \"weight\": \"berat\", \"judgements\": []}]}";

    aggregate(body)
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(
                    Matchers.containsInAnyOrder("evaluators[2].matrix", "evaluators[3].weight")));

    String engine =
        "{\"n\": 3, \"evaluators\": ["
            + "{\"id\": \"a\", \"matrix\": [[1, 0, 5], [1, 1, 2], [0.2, 0.5, 1]]},"
            + "{\"id\": \"b\", \"judgements\": [{\"i\": 0, \"j\": 0, \"value\": 1}]}]}";
    String json =
        aggregate(engine)
            .andExpect(status().isBadRequest())
            .andExpect(
                jsonPath("$.errors[*].field")
                    .value(
                        Matchers.containsInAnyOrder(
                            "evaluators[0].matrix[0][1]", "evaluators[1].judgements[0]")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(json).contains("Kriteria 1 dibandingkan dengan dirinya sendiri");

    aggregate(
            "{\"evaluators\": [{\"id\": \"a\", \"matrix\": [[1, 2], [0.5, 1]]},"
                + "{\"id\": \"a\", \"weight\": -1, \"matrix\": [[1, 3], [0.3333, 1]]}]}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("evaluators[1].id"))
        .andExpect(jsonPath("$.errors[0].message").value("Penilai a tercantum lebih dari sekali"));
  }

  @Test
  void theRandomIndexTablesAreListedWithTheirSourcesAndSaaty1980First() throws Exception {
    mvc.perform(
            get("/api/v1/ahp/ri-tables")
                .header("Accept-Language", "en")
                .with(region.as(Role.PARTICIPANT).bearer()))
        .andExpect(status().isOk())
        .andExpect(header().string("X-Total-Count", "4"))
        .andExpect(jsonPath("$[0].id").value("saaty-1980"))
        .andExpect(jsonPath("$[0].byDefault").value(true))
        .andExpect(jsonPath("$[0].name").value("Saaty 1980 (default)"))
        // Saaty (1980): 0.58 for three criteria, 1.49 for ten
        .andExpect(jsonPath("$[0].values[2].n").value(3))
        .andExpect(jsonPath("$[0].values[2].randomIndex").value(0.58))
        .andExpect(jsonPath("$[0].values[9].randomIndex").value(1.49))
        .andExpect(jsonPath("$[*].source").value(Matchers.everyItem(Matchers.notNullValue())));
  }

  // ---- helpers

  private ResultActions priorities(String body) throws Exception {
    return send("/api/v1/ahp/priorities", body, "id");
  }

  private ResultActions aggregate(String body) throws Exception {
    return send("/api/v1/ahp/aggregate", body, "id");
  }

  private ResultActions send(String path, String body, String language) throws Exception {
    return mvc.perform(
        post(path)
            .contentType(MediaType.APPLICATION_JSON)
            .header("Accept-Language", language)
            .content(body)
            .with(region.as(Role.PARTICIPANT).bearer()));
  }

  private void refused(String body, String language, String field, String message)
      throws Exception {
    send("/api/v1/ahp/priorities", body, language)
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors.length()").value(1))
        .andExpect(jsonPath("$.errors[0].field").value(field))
        .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString(message)));
  }

  private static List<Double> numbers(String json, String path) {
    List<?> values = JsonPath.read(json, path);
    return values.stream().map(v -> ((Number) v).doubleValue()).toList();
  }

  private static double number(String json, String path) {
    return ((Number) JsonPath.read(json, path)).doubleValue();
  }

  /** A reciprocal matrix from its upper triangle, row by row, as publications print it. */
  private static double[][] full(int n, double... upper) {
    double[][] a = new double[n][n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      a[i][i] = 1;
      for (int j = i + 1; j < n; j++) {
        a[i][j] = upper[k];
        a[j][i] = 1 / upper[k];
        k++;
      }
    }
    assertThat(k).isEqualTo(upper.length);
    return a;
  }

  /** The JSON of {@link #full}, with reciprocals to full precision. */
  private static String matrix(int n, double... upper) {
    List<String> rows = new ArrayList<>();
    for (double[] row : full(n, upper)) {
      rows.add(
          Arrays.stream(row).mapToObj(Double::toString).collect(Collectors.joining(",", "[", "]")));
    }
    return String.join(",", rows).transform(s -> "[" + s + "]");
  }
}
