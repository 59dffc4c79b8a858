package id.rancang.strategy;

import id.rancang.region.MasterplanManagement;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.Ordering;
import id.rancang.shared.RecordChanged;
import id.rancang.shared.Snapshot;
import id.rancang.shared.tabular.ImportProblem;
import id.rancang.shared.tabular.ImportRejectedException;
import id.rancang.shared.tabular.TabularReader;
import id.rancang.shared.tabular.TabularRow;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The statistics of a masterplan's regional profile (Buku 1): list, edit, reorder, and import from
 * CSV or XLSX. Every method checks that the masterplan belongs to the region.
 */
@Service
public class ProfileStatistics {

  public static final String RECORD_TYPE = "profileStat";
  private static final String COLUMNS =
      "id, region_id, masterplan_id, name, value, unit, year, source, breakdown::text as breakdown,"
          + " position, version";

  /** Accepted column headers of an import file, Indonesian and English (the first is reported). */
  static final Map<String, List<String>> IMPORT_HEADERS =
      Map.of(
          "name", List.of("nama", "name"),
          "value", List.of("nilai", "value"),
          "unit", List.of("satuan", "unit"),
          "year", List.of("tahun", "year"),
          "source", List.of("sumber", "source"),
          "breakdown", List.of("rincian", "breakdown"));

  /** A plain number with '.' as decimal separator ("1623595", "-2.5"). */
  private static final Pattern PLAIN_NUMBER = Pattern.compile("^[-+]?\\d+(\\.\\d+)?$");

  /** A number with ',' as decimal separator and no '.' at all ("0,72"). */
  private static final Pattern COMMA_DECIMAL = Pattern.compile("^[-+]?\\d+,\\d+$");

  private static final TypeReference<List<BreakdownItem>> BREAKDOWN_TYPE = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final Validator validator;
  private final MasterplanManagement masterplans;
  private final JsonMapper json =
      JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  ProfileStatistics(
      JdbcClient jdbc,
      ApplicationEventPublisher events,
      Validator validator,
      MasterplanManagement masterplans) {
    this.jdbc = jdbc;
    this.events = events;
    this.validator = validator;
    this.masterplans = masterplans;
  }

  /** The statistics of a masterplan in their chosen order. */
  public List<ProfileStat> list(long regionId, long masterplanId) {
    masterplans.get(regionId, masterplanId);
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from profile_stat where region_id = ? and masterplan_id = ?"
                + " order by position, id")
        .params(regionId, masterplanId)
        .query(this::map)
        .list();
  }

  public Optional<ProfileStat> find(long regionId, long masterplanId, long id) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from profile_stat where region_id = ? and masterplan_id = ? and id = ?")
        .params(regionId, masterplanId, id)
        .query(this::map)
        .optional();
  }

  public ProfileStat get(long regionId, long masterplanId, long id) {
    masterplans.get(regionId, masterplanId);
    return find(regionId, masterplanId, id)
        .orElseThrow(() -> new NotFoundException(RECORD_TYPE, id));
  }

  @Transactional
  public ProfileStat create(long regionId, long masterplanId, ProfileStatCommand command) {
    masterplans.get(regionId, masterplanId);
    checkBreakdown(command.breakdown());
    checkUnique(masterplanId, null, command);
    long id;
    try {
      id =
          jdbc.sql(
                  """
                  insert into profile_stat (region_id, masterplan_id, name, value, unit, year,
                    source, breakdown, position)
                  values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb),
                    (select coalesce(max(position), -1) + 1 from profile_stat
                     where masterplan_id = ?))
                  returning id""")
              .params(
                  regionId,
                  masterplanId,
                  command.name().strip(),
                  command.value(),
                  command.unit().strip(),
                  command.year(),
                  command.source().strip(),
                  breakdownJson(command.breakdown()),
                  masterplanId)
              .query(Long.class)
              .single();
    } catch (DuplicateKeyException e) {
      throw duplicate(command);
    }
    ProfileStat created = get(regionId, masterplanId, id);
    events.publishEvent(RecordChanged.created(regionId, RECORD_TYPE, id, snapshot(created)));
    return created;
  }

  @Transactional
  public ProfileStat update(
      long regionId, long masterplanId, long id, ProfileStatCommand command, int expectedVersion) {
    ProfileStat before = get(regionId, masterplanId, id);
    checkBreakdown(command.breakdown());
    checkUnique(masterplanId, id, command);
    int updated;
    try {
      updated =
          jdbc.sql(
                  """
                  update profile_stat set name = ?, value = ?, unit = ?, year = ?, source = ?,
                    breakdown = cast(? as jsonb), version = version + 1
                  where region_id = ? and masterplan_id = ? and id = ? and version = ?""")
              .params(
                  command.name().strip(),
                  command.value(),
                  command.unit().strip(),
                  command.year(),
                  command.source().strip(),
                  breakdownJson(command.breakdown()),
                  regionId,
                  masterplanId,
                  id,
                  expectedVersion)
              .update();
    } catch (DuplicateKeyException e) {
      throw duplicate(command);
    }
    if (updated == 0) {
      throw new ConcurrentEditException(RECORD_TYPE, id);
    }
    ProfileStat after = get(regionId, masterplanId, id);
    events.publishEvent(
        RecordChanged.updated(regionId, RECORD_TYPE, id, snapshot(before), snapshot(after)));
    return after;
  }

  @Transactional
  public void delete(long regionId, long masterplanId, long id) {
    ProfileStat before = get(regionId, masterplanId, id);
    jdbc.sql("delete from profile_stat where region_id = ? and masterplan_id = ? and id = ?")
        .params(regionId, masterplanId, id)
        .update();
    events.publishEvent(RecordChanged.deleted(regionId, RECORD_TYPE, id, snapshot(before)));
  }

  /**
   * Moves a statistic one place up (towards the start) or down; at either end nothing changes. The
   * order is not part of a statistic's content, so its version stays.
   */
  @Transactional
  public void move(long regionId, long masterplanId, long id, boolean up) {
    get(regionId, masterplanId, id);
    List<ProfileStat> stats = list(regionId, masterplanId);
    List<Long> ids = stats.stream().map(ProfileStat::id).toList();
    Optional<List<Long>> order =
        Ordering.moved(ids, ids.indexOf(id), up ? Ordering.Direction.UP : Ordering.Direction.DOWN);
    if (order.isEmpty()) {
      return;
    }
    for (int i = 0; i < order.get().size(); i++) {
      long statId = order.get().get(i);
      if (stats.get(ids.indexOf(statId)).position() != i) {
        jdbc.sql("update profile_stat set position = ? where region_id = ? and id = ?")
            .params(i, regionId, statId)
            .update();
      }
    }
  }

  /**
   * Imports statistics from a CSV or XLSX file: rows whose name and year exist update that
   * statistic, others are created. Every row is checked first; one bad row rejects the whole file.
   */
  @Transactional
  public ProfileImportSummary importFile(
      long regionId, long masterplanId, String filename, byte[] content) {
    masterplans.get(regionId, masterplanId);
    List<TabularRow> rows = TabularReader.read(filename, content);
    List<ImportProblem> problems = new ArrayList<>();
    if (rows.isEmpty()) {
      problems.add(ImportProblem.of(0, null, "shared.import.noRows"));
    }
    Map<String, ProfileStat> existing = new HashMap<>();
    for (ProfileStat stat : list(regionId, masterplanId)) {
      existing.put(key(stat.name(), stat.year()), stat);
    }
    Map<String, Integer> seen = new HashMap<>();
    List<ProfileStatCommand> commands = new ArrayList<>();
    for (TabularRow row : rows) {
      Set<String> reported = new HashSet<>();
      BigDecimal value = null;
      String valueText = cell(row, "value");
      if (valueText != null) {
        try {
          value = parseValue(valueText);
        } catch (InvalidInputException e) {
          problems.add(problem(row, "value", e));
          reported.add("value");
        }
      }
      Integer year = null;
      String yearText = cell(row, "year");
      if (yearText != null) {
        try {
          year = Integer.valueOf(yearText);
        } catch (NumberFormatException e) {
          problems.add(
              ImportProblem.of(
                  row.number(), header("year"), "strategy.profile.year.invalid", yearText));
          reported.add("year");
        }
      }
      List<BreakdownItem> breakdown = List.of();
      String breakdownText = cell(row, "breakdown");
      if (breakdownText != null) {
        try {
          breakdown = parseBreakdown(breakdownText);
          checkBreakdown(breakdown);
        } catch (InvalidInputException e) {
          problems.add(problem(row, "breakdown", e));
          reported.add("breakdown");
          breakdown = List.of();
        }
      }
      ProfileStatCommand command =
          new ProfileStatCommand(
              cell(row, "name"), value, cell(row, "unit"), year, cell(row, "source"), breakdown);
      validator.validate(command).stream()
          .filter(v -> !reported.contains(field(v)))
          .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
          .forEach(v -> problems.add(problem(row, v)));
      if (command.name() != null && command.year() != null) {
        Integer earlier = seen.putIfAbsent(key(command.name(), command.year()), row.number());
        if (earlier != null) {
          problems.add(
              ImportProblem.of(
                  row.number(), header("name"), "strategy.profile.import.duplicate", earlier));
        }
      }
      commands.add(command);
    }
    if (!problems.isEmpty()) {
      throw new ImportRejectedException(problems);
    }
    int created = 0;
    int updated = 0;
    for (ProfileStatCommand command : commands) {
      ProfileStat same = existing.get(key(command.name(), command.year()));
      if (same == null) {
        create(regionId, masterplanId, command);
        created++;
      } else {
        update(regionId, masterplanId, same.id(), command, same.version());
        updated++;
      }
    }
    return new ProfileImportSummary(created, updated);
  }

  /**
   * Reads a number as people type it: plain digits with a point as decimal separator ({@code
   * 1623595}, {@code 71.5}), or a comma as decimal separator when there is no point ({@code 0,72}).
   * Thousands separators ({@code 1.623.595} or {@code 1,623,595}) are ambiguous and refused, as is
   * anything else. (No double quotes here: Spring Modulith's documentation reader cannot parse them
   * next to commas.)
   */
  public static BigDecimal parseValue(String text) {
    String value = text == null ? "" : text.strip();
    if (PLAIN_NUMBER.matcher(value).matches()) {
      return new BigDecimal(value);
    }
    if (COMMA_DECIMAL.matcher(value).matches()) {
      return new BigDecimal(value.replace(',', '.'));
    }
    if (value.isEmpty()) {
      throw InvalidInputException.of("value", "shared.validation.required");
    }
    if (value.matches("^[-+]?\\d{1,3}([.,]\\d{3})+([.,]\\d+)?$")) {
      throw InvalidInputException.of("value", "strategy.profile.value.separators", value);
    }
    throw InvalidInputException.of("value", "strategy.profile.value.invalid", value);
  }

  /**
   * Reads a breakdown written as {@code label=value} parts separated by ';' or line breaks, e.g.
   * {@code Slawi=75000; Adiwerna=128000}. Blank parts are skipped.
   */
  public static List<BreakdownItem> parseBreakdown(String text) {
    List<BreakdownItem> items = new ArrayList<>();
    if (text == null) {
      return items;
    }
    for (String part : text.split("[;\\r\\n]+")) {
      String item = part.strip();
      if (item.isEmpty()) {
        continue;
      }
      int eq = item.lastIndexOf('=');
      if (eq <= 0 || eq == item.length() - 1 || item.substring(0, eq).isBlank()) {
        throw InvalidInputException.of("breakdown", "strategy.profile.breakdown.invalid", item);
      }
      String label = item.substring(0, eq).strip();
      String valueText = item.substring(eq + 1).strip();
      BigDecimal value;
      try {
        value = parseValue(valueText);
      } catch (InvalidInputException e) {
        throw InvalidInputException.of(
            "breakdown", "strategy.profile.breakdown.value", label, valueText);
      }
      items.add(new BreakdownItem(label, value));
    }
    return items;
  }

  /** The breakdown as {@code label=value} lines, as {@link #parseBreakdown} reads it back. */
  public static String formatBreakdown(List<BreakdownItem> breakdown, String separator) {
    return breakdown.stream()
        .map(b -> b.label() + "=" + plain(b.value()))
        .collect(Collectors.joining(separator));
  }

  /** A value without trailing zeros and never in scientific notation. */
  public static BigDecimal normalize(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static String plain(BigDecimal value) {
    return value == null ? "" : normalize(value).toPlainString();
  }

  private static void checkBreakdown(List<BreakdownItem> breakdown) {
    Set<String> labels = new HashSet<>();
    for (BreakdownItem item : breakdown) {
      if (item == null || item.label() == null) {
        continue; // reported by validation
      }
      if (!labels.add(item.label().strip().toLowerCase(Locale.ROOT))) {
        throw InvalidInputException.of(
            "breakdown", "strategy.profile.breakdown.duplicate", item.label().strip());
      }
    }
  }

  private void checkUnique(long masterplanId, Long id, ProfileStatCommand command) {
    boolean taken =
        jdbc.sql(
                    "select count(*) from profile_stat where masterplan_id = ?"
                        + " and lower(name) = lower(?) and year = ? and id <> ?")
                .params(masterplanId, command.name().strip(), command.year(), id == null ? -1 : id)
                .query(Long.class)
                .single()
            > 0;
    if (taken) {
      throw duplicate(command);
    }
  }

  private static InvalidInputException duplicate(ProfileStatCommand command) {
    return InvalidInputException.of(
        "name",
        "strategy.profile.duplicate",
        command.name().strip(),
        String.valueOf(command.year()));
  }

  private static String key(String name, int year) {
    return name.strip().toLowerCase(Locale.ROOT) + "|" + year;
  }

  private static String cell(TabularRow row, String field) {
    for (String header : IMPORT_HEADERS.get(field)) {
      String value = row.get(header);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static String header(String field) {
    return IMPORT_HEADERS.get(field).get(0);
  }

  private static String field(ConstraintViolation<ProfileStatCommand> violation) {
    String path = violation.getPropertyPath().toString();
    int end = path.indexOf('[');
    int dot = path.indexOf('.');
    int cut = end < 0 ? dot : (dot < 0 ? end : Math.min(end, dot));
    return cut < 0 ? path : path.substring(0, cut);
  }

  private static ImportProblem problem(TabularRow row, String field, InvalidInputException e) {
    var first = e.problems().get(0);
    return new ImportProblem(row.number(), header(field), first.messageKey(), first.args());
  }

  private static ImportProblem problem(
      TabularRow row, ConstraintViolation<ProfileStatCommand> violation) {
    return new ImportProblem(
        row.number(),
        header(field(violation)),
        "shared.import.cell",
        List.of(violation.getMessage()));
  }

  private String breakdownJson(List<BreakdownItem> breakdown) {
    if (breakdown == null || breakdown.isEmpty()) {
      return null;
    }
    List<Map<String, Object>> items = new ArrayList<>();
    for (BreakdownItem item : breakdown) {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("label", item.label().strip());
      map.put("value", normalize(item.value()));
      items.add(map);
    }
    return json.writeValueAsString(items);
  }

  static Map<String, Object> snapshot(ProfileStat s) {
    return Snapshot.of(
        "name", s.name(),
        "value", plain(s.value()),
        "unit", s.unit(),
        "year", s.year(),
        "source", s.source(),
        "breakdown", formatBreakdown(s.breakdown(), "; "));
  }

  private ProfileStat map(ResultSet rs, int row) throws SQLException {
    String breakdown = rs.getString("breakdown");
    List<BreakdownItem> items =
        breakdown == null
            ? List.of()
            : json.readValue(breakdown, BREAKDOWN_TYPE).stream()
                .map(b -> new BreakdownItem(b.label(), normalize(b.value())))
                .toList();
    return new ProfileStat(
        rs.getLong("id"),
        rs.getLong("region_id"),
        rs.getLong("masterplan_id"),
        rs.getString("name"),
        normalize(rs.getBigDecimal("value")),
        rs.getString("unit"),
        rs.getInt("year"),
        rs.getString("source"),
        items,
        rs.getInt("position"),
        rs.getInt("version"));
  }
}
