package id.rancang.workshop.internal;

import id.rancang.region.RegionOwnedRecords;
import id.rancang.workshop.MaterialSettings;
import id.rancang.workshop.WorkshopLimits;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The workshop module's settings, and the records its API addresses by id ({@code
 * /api/v1/workshops/{id}}, {@code /materials/{id}}, {@code /decisions/{id}}), so that a request
 * works in the record's region and a person of another region gets 404.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({MaterialSettings.class, WorkshopLimits.class})
class WorkshopConfiguration {

  @Bean
  RegionOwnedRecords workshopRecords(JdbcClient jdbc) {
    return owned(jdbc, "workshops", "workshop");
  }

  @Bean
  RegionOwnedRecords workshopMaterialRecords(JdbcClient jdbc) {
    return owned(jdbc, "materials", "workshop_material");
  }

  @Bean
  RegionOwnedRecords workshopDecisionRecords(JdbcClient jdbc) {
    return owned(jdbc, "decisions", "workshop_decision");
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
