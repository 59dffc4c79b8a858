package id.rancang.region;

import static id.rancang.region.RegionManagement.blankToNull;

import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.Page;
import id.rancang.shared.PageRequest;
import id.rancang.shared.RecordChanged;
import id.rancang.shared.Search;
import id.rancang.shared.Snapshot;
import id.rancang.shared.tabular.ImportProblem;
import id.rancang.shared.tabular.ImportRejectedException;
import id.rancang.shared.tabular.TabularReader;
import id.rancang.shared.tabular.TabularRow;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The OPD (agencies) of a region: list, edit, and import from CSV or XLSX. */
@Service
public class OpdDirectory {

  public static final String RECORD_TYPE = "opd";
  private static final String COLUMNS =
      "id, region_id, name, abbreviation, head_name, email, phone, address, version";

  /** Accepted column headers of an import file, Indonesian and English. */
  static final Map<String, List<String>> IMPORT_HEADERS =
      Map.of(
          "name", List.of("nama", "name"),
          "abbreviation", List.of("singkatan", "abbreviation"),
          "headName", List.of("kepala", "head"),
          "email", List.of("email", "surel"),
          "phone", List.of("telepon", "phone"),
          "address", List.of("alamat", "address"));

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final Validator validator;

  OpdDirectory(JdbcClient jdbc, ApplicationEventPublisher events, Validator validator) {
    this.jdbc = jdbc;
    this.events = events;
    this.validator = validator;
  }

  public Page<Opd> search(long regionId, String text, PageRequest page) {
    String like = Search.containsPattern(text);
    String where =
        " where region_id = ? and lower(name || ' ' || abbreviation || ' ' || coalesce(head_name,''))"
            + " like ?";
    long total =
        jdbc.sql("select count(*) from opd" + where)
            .params(regionId, like)
            .query(Long.class)
            .single();
    List<Opd> items =
        jdbc.sql("select " + COLUMNS + " from opd" + where + " order by name limit ? offset ?")
            .params(regionId, like, page.size(), page.offset())
            .query(OpdDirectory::map)
            .list();
    return new Page<>(items, page.number(), page.size(), total);
  }

  public List<Opd> all(long regionId) {
    return jdbc.sql("select " + COLUMNS + " from opd where region_id = ? order by name")
        .param(regionId)
        .query(OpdDirectory::map)
        .list();
  }

  public Optional<Opd> find(long regionId, long id) {
    return jdbc.sql("select " + COLUMNS + " from opd where region_id = ? and id = ?")
        .params(regionId, id)
        .query(OpdDirectory::map)
        .optional();
  }

  public Opd get(long regionId, long id) {
    return find(regionId, id).orElseThrow(() -> new NotFoundException(RECORD_TYPE, id));
  }

  @Transactional
  public Opd create(long regionId, OpdCommand command) {
    checkUnique(regionId, null, command);
    long id;
    try {
      id =
          jdbc.sql(
                  "insert into opd (region_id, name, abbreviation, head_name, email, phone, address)"
                      + " values (?, ?, ?, ?, ?, ?, ?) returning id")
              .params(
                  regionId,
                  command.name().strip(),
                  command.abbreviation().strip(),
                  blankToNull(command.headName()),
                  blankToNull(command.email()),
                  blankToNull(command.phone()),
                  blankToNull(command.address()))
              .query(Long.class)
              .single();
    } catch (DuplicateKeyException e) {
      throw duplicate(e, command);
    }
    Opd created = get(regionId, id);
    events.publishEvent(RecordChanged.created(regionId, RECORD_TYPE, id, snapshot(created)));
    return created;
  }

  @Transactional
  public Opd update(long regionId, long id, OpdCommand command, int expectedVersion) {
    Opd before = get(regionId, id);
    checkUnique(regionId, id, command);
    int updated;
    try {
      updated =
          jdbc.sql(
                  """
                update opd set name = ?, abbreviation = ?, head_name = ?, email = ?, phone = ?,
                  address = ?, version = version + 1
                where region_id = ? and id = ? and version = ?""")
              .params(
                  command.name().strip(),
                  command.abbreviation().strip(),
                  blankToNull(command.headName()),
                  blankToNull(command.email()),
                  blankToNull(command.phone()),
                  blankToNull(command.address()),
                  regionId,
                  id,
                  expectedVersion)
              .update();
    } catch (DuplicateKeyException e) {
      throw duplicate(e, command);
    }
    if (updated == 0) {
      throw new ConcurrentEditException(RECORD_TYPE, id);
    }
    Opd after = get(regionId, id);
    events.publishEvent(
        RecordChanged.updated(regionId, RECORD_TYPE, id, snapshot(before), snapshot(after)));
    return after;
  }

  @Transactional
  public void delete(long regionId, long id) {
    Opd before = get(regionId, id);
    try {
      jdbc.sql("delete from opd where region_id = ? and id = ?").params(regionId, id).update();
    } catch (DataIntegrityViolationException e) {
      throw InvalidInputException.of("id", "region.opd.inUse", before.abbreviation());
    }
    events.publishEvent(RecordChanged.deleted(regionId, RECORD_TYPE, id, snapshot(before)));
  }

  /**
   * Imports OPD from a CSV or XLSX file: rows whose abbreviation exists update that OPD, others are
   * created. Every row is checked first; one bad row rejects the whole file.
   */
  @Transactional
  public ImportSummary importFile(long regionId, String filename, byte[] content) {
    List<TabularRow> rows = TabularReader.read(filename, content);
    List<ImportProblem> problems = new ArrayList<>();
    if (rows.isEmpty()) {
      problems.add(ImportProblem.of(0, null, "shared.import.noRows"));
    }
    Map<String, Opd> existingByAbbreviation = new HashMap<>();
    Map<String, Opd> existingByName = new HashMap<>();
    for (Opd opd : all(regionId)) {
      existingByAbbreviation.put(opd.abbreviation().toLowerCase(Locale.ROOT), opd);
      existingByName.put(opd.name().toLowerCase(Locale.ROOT), opd);
    }
    Map<String, Integer> seenAbbreviations = new HashMap<>();
    Map<String, Integer> seenNames = new HashMap<>();
    List<OpdCommand> commands = new ArrayList<>();
    for (TabularRow row : rows) {
      OpdCommand command =
          new OpdCommand(
              cell(row, "name"),
              cell(row, "abbreviation"),
              cell(row, "headName"),
              cell(row, "email"),
              cell(row, "phone"),
              cell(row, "address"));
      validator.validate(command).stream()
          .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
          .forEach(v -> problems.add(problem(row, v)));
      if (command.abbreviation() != null) {
        String key = command.abbreviation().toLowerCase(Locale.ROOT);
        Integer earlier = seenAbbreviations.putIfAbsent(key, row.number());
        if (earlier != null) {
          problems.add(
              ImportProblem.of(
                  row.number(), header("abbreviation"), "region.opd.import.duplicate", earlier));
        }
      }
      if (command.name() != null) {
        String key = command.name().toLowerCase(Locale.ROOT);
        Integer earlier = seenNames.putIfAbsent(key, row.number());
        if (earlier != null) {
          problems.add(
              ImportProblem.of(
                  row.number(), header("name"), "region.opd.import.duplicate", earlier));
        } else {
          Opd sameName = existingByName.get(key);
          Opd sameAbbreviation =
              command.abbreviation() == null
                  ? null
                  : existingByAbbreviation.get(command.abbreviation().toLowerCase(Locale.ROOT));
          if (sameName != null
              && (sameAbbreviation == null || sameAbbreviation.id() != sameName.id())) {
            problems.add(
                ImportProblem.of(
                    row.number(), header("name"), "region.opd.nameTaken", sameName.abbreviation()));
          }
        }
      }
      commands.add(command);
    }
    if (!problems.isEmpty()) {
      throw new ImportRejectedException(problems);
    }
    int created = 0;
    int updated = 0;
    for (OpdCommand command : commands) {
      Opd existing = existingByAbbreviation.get(command.abbreviation().toLowerCase(Locale.ROOT));
      if (existing == null) {
        create(regionId, command);
        created++;
      } else {
        update(regionId, existing.id(), command, existing.version());
        updated++;
      }
    }
    return new ImportSummary(created, updated);
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

  private static ImportProblem problem(TabularRow row, ConstraintViolation<OpdCommand> violation) {
    String field = violation.getPropertyPath().toString();
    return new ImportProblem(
        row.number(), header(field), "shared.import.cell", List.of(violation.getMessage()));
  }

  private void checkUnique(long regionId, Long id, OpdCommand command) {
    long otherId = id == null ? -1 : id;
    boolean abbreviationTaken =
        jdbc.sql(
                    "select count(*) from opd where region_id = ? and lower(abbreviation) = lower(?)"
                        + " and id <> ?")
                .params(regionId, command.abbreviation().strip(), otherId)
                .query(Long.class)
                .single()
            > 0;
    if (abbreviationTaken) {
      throw InvalidInputException.of("abbreviation", "region.opd.abbreviationTaken");
    }
    boolean nameTaken =
        jdbc.sql(
                    "select count(*) from opd where region_id = ? and lower(name) = lower(?) and id <> ?")
                .params(regionId, command.name().strip(), otherId)
                .query(Long.class)
                .single()
            > 0;
    if (nameTaken) {
      throw InvalidInputException.of("name", "region.opd.nameTaken", command.name());
    }
  }

  /** Someone saved the same name or abbreviation between our check and our write. */
  private static InvalidInputException duplicate(DuplicateKeyException e, OpdCommand command) {
    String message = String.valueOf(e.getMessage());
    return message.contains("opd_region_name_uk")
        ? InvalidInputException.of("name", "region.opd.nameTaken", command.name())
        : InvalidInputException.of("abbreviation", "region.opd.abbreviationTaken");
  }

  static Map<String, Object> snapshot(Opd o) {
    return Snapshot.of(
        "name", o.name(),
        "abbreviation", o.abbreviation(),
        "headName", o.headName(),
        "email", o.email(),
        "phone", o.phone(),
        "address", o.address());
  }

  static Opd map(ResultSet rs, int row) throws SQLException {
    return new Opd(
        rs.getLong("id"),
        rs.getLong("region_id"),
        rs.getString("name"),
        rs.getString("abbreviation"),
        rs.getString("head_name"),
        rs.getString("email"),
        rs.getString("phone"),
        rs.getString("address"),
        rs.getInt("version"));
  }
}
