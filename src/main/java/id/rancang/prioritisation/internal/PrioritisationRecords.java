package id.rancang.prioritisation.internal;

import id.rancang.region.RegionOwnedRecords;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The records the prioritisation API addresses by id ({@code
 * /api/v1/prioritisation/exercises/{id}}, {@code .../criteria/{id}}, {@code .../groups/{id}},
 * {@code .../evaluators/{id}}), so that a request works in the record's region and a person of
 * another region gets 404.
 */
@Configuration(proxyBeanMethods = false)
class PrioritisationRecords {

  @Bean
  RegionOwnedRecords prioritisationExerciseRecords(JdbcClient jdbc) {
    return owned(jdbc, "prioritisation/exercises", "prioritisation_exercise");
  }

  @Bean
  RegionOwnedRecords prioritisationCriterionRecords(JdbcClient jdbc) {
    return owned(jdbc, "prioritisation/criteria", "criterion");
  }

  @Bean
  RegionOwnedRecords prioritisationGroupRecords(JdbcClient jdbc) {
    return owned(jdbc, "prioritisation/groups", "evaluator_group");
  }

  @Bean
  RegionOwnedRecords prioritisationEvaluatorRecords(JdbcClient jdbc) {
    return owned(jdbc, "prioritisation/evaluators", "evaluator");
  }

  private static RegionOwnedRecords owned(JdbcClient jdbc, String segment, String table) {
    return new RegionOwnedRecords() {
      @Override
      public String apiSegment() {
        return segment;
      }

      @Override
      public Optional<Long> regionOf(long id) {
        return jdbc.sql("select region_id from " + table + " where id = ?")
            .params(id)
            .query(Long.class)
            .optional();
      }
    };
  }
}
