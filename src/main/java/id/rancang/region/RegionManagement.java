package id.rancang.region;

import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.RecordChanged;
import id.rancang.shared.Snapshot;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and edits regions (the tenants). */
@Service
public class RegionManagement {

  public static final String RECORD_TYPE = "region";
  private static final Set<String> LOGO_TYPES = Set.of("image/png", "image/jpeg", "image/svg+xml");
  private static final int MAX_LOGO_BYTES = 1024 * 1024;

  private final JdbcClient jdbc;
  private final RegionCatalog catalog;
  private final ApplicationEventPublisher events;

  RegionManagement(JdbcClient jdbc, RegionCatalog catalog, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.catalog = catalog;
    this.events = events;
  }

  @Transactional
  public Region create(RegionCommand command) {
    String code = command.code().strip();
    KemendagriCode.problem(code, command.type())
        .ifPresent(
            key -> {
              throw InvalidInputException.of("code", key, code);
            });
    if (catalog.findByCode(code).isPresent()) {
      throw InvalidInputException.of("code", "region.code.taken", code);
    }
    long id;
    try {
      id =
          jdbc.sql(
                  """
                insert into region (code, name, type, province, capital, area_km2, population,
                  population_year, population_source)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
              .params(
                  code,
                  command.name().strip(),
                  command.type().name(),
                  command.province().strip(),
                  blankToNull(command.capital()),
                  command.areaKm2(),
                  command.population(),
                  command.populationYear(),
                  blankToNull(command.populationSource()))
              .query(Long.class)
              .single();
    } catch (DuplicateKeyException e) {
      throw InvalidInputException.of("code", "region.code.taken", code);
    }
    Region created = catalog.findById(id).orElseThrow();
    events.publishEvent(RecordChanged.created(id, RECORD_TYPE, id, snapshot(created)));
    return created;
  }

  /** Edits a region's profile; the code and type stay as created. */
  @Transactional
  public Region update(long regionId, RegionCommand command, int expectedVersion) {
    Region before =
        catalog.findById(regionId).orElseThrow(() -> new NotFoundException("region", regionId));
    int updated =
        jdbc.sql(
                """
                update region set name = ?, province = ?, capital = ?, area_km2 = ?, population = ?,
                  population_year = ?, population_source = ?, version = version + 1
                where id = ? and version = ?""")
            .params(
                command.name().strip(),
                command.province().strip(),
                blankToNull(command.capital()),
                command.areaKm2(),
                command.population(),
                command.populationYear(),
                blankToNull(command.populationSource()),
                regionId,
                expectedVersion)
            .update();
    if (updated == 0) {
      throw new ConcurrentEditException("region", regionId);
    }
    Region after = catalog.findById(regionId).orElseThrow();
    events.publishEvent(
        RecordChanged.updated(regionId, RECORD_TYPE, regionId, snapshot(before), snapshot(after)));
    return after;
  }

  @Transactional
  public void setLogo(long regionId, byte[] content, String contentType) {
    if (content == null || content.length == 0) {
      throw InvalidInputException.of("logo", "shared.validation.required");
    }
    if (content.length > MAX_LOGO_BYTES) {
      throw InvalidInputException.of("logo", "region.logo.tooLarge", MAX_LOGO_BYTES / 1024);
    }
    if (contentType == null || !LOGO_TYPES.contains(contentType)) {
      throw InvalidInputException.of("logo", "region.logo.type");
    }
    jdbc.sql(
            "update region set logo = ?, logo_content_type = ?, version = version + 1 where id = ?")
        .params(content, contentType, regionId)
        .update();
    events.publishEvent(
        RecordChanged.updated(
            regionId,
            RECORD_TYPE,
            regionId,
            Map.of("logo", "previous"),
            Map.of("logo", contentType + ", " + content.length + " bytes")));
  }

  static Map<String, Object> snapshot(Region r) {
    return Snapshot.of(
        "code", r.code(),
        "name", r.name(),
        "type", r.type(),
        "province", r.province(),
        "capital", r.capital(),
        "areaKm2", r.areaKm2(),
        "population", r.population(),
        "populationYear", r.populationYear(),
        "populationSource", r.populationSource());
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
