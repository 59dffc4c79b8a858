package id.rancang.region;

import id.rancang.shared.NotFoundException;
import id.rancang.shared.Page;
import id.rancang.shared.PageRequest;
import id.rancang.shared.Search;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads regions. */
@Service
public class RegionCatalog {

  static final String COLUMNS =
      "id, code, name, type, province, capital, area_km2, population, population_year,"
          + " population_source, logo is not null as has_logo, version";

  private final JdbcClient jdbc;

  RegionCatalog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Region> findByCode(String code) {
    return jdbc.sql("select " + COLUMNS + " from region where code = ?")
        .param(code)
        .query(RegionCatalog::map)
        .optional();
  }

  public Region getByCode(String code) {
    return findByCode(code).orElseThrow(() -> new NotFoundException("region", code));
  }

  public Optional<Region> findById(long id) {
    return jdbc.sql("select " + COLUMNS + " from region where id = ?")
        .param(id)
        .query(RegionCatalog::map)
        .optional();
  }

  public List<Region> findByIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select " + COLUMNS + " from region where id = any(?) order by name")
        .param(ids.toArray(Long[]::new))
        .query(RegionCatalog::map)
        .list();
  }

  /** All regions, filtered by a text in code, name or province, ordered by name. */
  public Page<Region> search(String text, PageRequest page) {
    String like = Search.containsPattern(text);
    String where = " where lower(code || ' ' || name || ' ' || province) like ?";
    long total =
        jdbc.sql("select count(*) from region" + where).param(like).query(Long.class).single();
    List<Region> items =
        jdbc.sql("select " + COLUMNS + " from region" + where + " order by name limit ? offset ?")
            .params(like, page.size(), page.offset())
            .query(RegionCatalog::map)
            .list();
    return new Page<>(items, page.number(), page.size(), total);
  }

  public Optional<Logo> logo(long regionId) {
    return jdbc.sql("select logo, logo_content_type from region where id = ? and logo is not null")
        .param(regionId)
        .query((rs, n) -> new Logo(rs.getBytes(1), rs.getString(2)))
        .optional();
  }

  /** A region's logo image. */
  public record Logo(byte[] content, String contentType) {}

  static Region map(ResultSet rs, int row) throws SQLException {
    BigDecimal area = rs.getBigDecimal("area_km2");
    long population = rs.getLong("population");
    Long populationValue = rs.wasNull() ? null : population;
    int year = rs.getInt("population_year");
    Integer yearValue = rs.wasNull() ? null : year;
    return new Region(
        rs.getLong("id"),
        rs.getString("code"),
        rs.getString("name"),
        RegionType.valueOf(rs.getString("type")),
        rs.getString("province"),
        rs.getString("capital"),
        area,
        populationValue,
        yearValue,
        rs.getString("population_source"),
        rs.getBoolean("has_logo"),
        rs.getInt("version"));
  }
}
