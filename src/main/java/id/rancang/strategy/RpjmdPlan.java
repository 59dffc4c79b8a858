package id.rancang.strategy;

import id.rancang.region.MasterplanManagement;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.RecordChanged;
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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The RPJMD a masterplan must serve (Buku 1): its period, vision and regulation, and its missions,
 * goals and targets as a tree with the RPJMD's own codes. Every method checks that the masterplan
 * belongs to the region; items of other masterplans or regions are not found. Nothing is deleted
 * while children or links to smart-city items depend on it.
 */
@Service
public class RpjmdPlan {

  public static final String RECORD_TYPE = "rpjmd";
  public static final String ITEM_RECORD = "rpjmdItem";

  /** The longest RPJMD period, in years (start and end year included). */
  public static final int MAX_YEARS = 10;

  private static final String COLUMNS =
      "id, masterplan_id, start_year, end_year, vision, regulation, version";
  private static final String ITEM_COLUMNS =
      "id, masterplan_id, kind, parent_id, code, statement, position, version";

  /** Accepted column headers of an import file, Indonesian and English (the first is reported). */
  static final Map<String, List<String>> IMPORT_HEADERS =
      Map.of(
          "kind", List.of("jenis", "kind"),
          "code", List.of("kode", "code"),
          "parent", List.of("induk", "parent"),
          "statement", List.of("pernyataan", "statement"));

  /** Kind names accepted in files, in either language (case-insensitive). */
  static final Map<String, RpjmdItemKind> KIND_NAMES =
      Map.of(
          "misi", RpjmdItemKind.MISSION,
          "mission", RpjmdItemKind.MISSION,
          "tujuan", RpjmdItemKind.GOAL,
          "goal", RpjmdItemKind.GOAL,
          "sasaran", RpjmdItemKind.TARGET,
          "target", RpjmdItemKind.TARGET);

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final Validator validator;
  private final MasterplanManagement masterplans;

  RpjmdPlan(
      JdbcClient jdbc,
      ApplicationEventPublisher events,
      Validator validator,
      MasterplanManagement masterplans) {
    this.jdbc = jdbc;
    this.events = events;
    this.validator = validator;
    this.masterplans = masterplans;
  }

  // --- the RPJMD itself -----------------------------------------------------------------------

  /** The masterplan's RPJMD, or empty when nobody has entered it yet. */
  public Optional<Rpjmd> find(long regionId, long masterplanId) {
    masterplans.get(regionId, masterplanId);
    return jdbc.sql("select " + COLUMNS + " from rpjmd where region_id = ? and masterplan_id = ?")
        .params(regionId, masterplanId)
        .query(RpjmdPlan::map)
        .optional();
  }

  /**
   * Enters or changes the RPJMD. {@code expectedVersion} is null when the user saw no RPJMD yet; if
   * someone entered one meanwhile, that is a conflict, as is a stale version.
   */
  @Transactional
  public Rpjmd save(
      long regionId, long masterplanId, RpjmdCommand command, Integer expectedVersion) {
    masterplans.get(regionId, masterplanId);
    List<FieldProblem> problems = violations(command);
    if (problems.stream().noneMatch(p -> p.field().endsWith("Year"))) {
      problems.addAll(periodProblems(command.startYear(), command.endYear()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Optional<Rpjmd> before = find(regionId, masterplanId);
    String regulation =
        command.regulation() == null || command.regulation().isBlank()
            ? null
            : command.regulation().strip();
    if (before.isEmpty()) {
      if (expectedVersion != null) {
        throw new ConcurrentEditException(RECORD_TYPE, "masterplan " + masterplanId);
      }
      int inserted =
          jdbc.sql(
                  """
                  insert into rpjmd (region_id, masterplan_id, start_year, end_year, vision,
                    regulation)
                  values (?, ?, ?, ?, ?, ?)
                  on conflict (masterplan_id) do nothing""")
              .params(
                  regionId,
                  masterplanId,
                  command.startYear(),
                  command.endYear(),
                  command.vision().strip(),
                  regulation)
              .update();
      if (inserted == 0) {
        throw new ConcurrentEditException(RECORD_TYPE, "masterplan " + masterplanId);
      }
    } else {
      if (expectedVersion == null) {
        throw new ConcurrentEditException(RECORD_TYPE, before.get().id());
      }
      int updated =
          jdbc.sql(
                  """
                  update rpjmd set start_year = ?, end_year = ?, vision = ?, regulation = ?,
                    version = version + 1
                  where region_id = ? and masterplan_id = ? and version = ?""")
              .params(
                  command.startYear(),
                  command.endYear(),
                  command.vision().strip(),
                  regulation,
                  regionId,
                  masterplanId,
                  expectedVersion)
              .update();
      if (updated == 0) {
        throw new ConcurrentEditException(RECORD_TYPE, before.get().id());
      }
    }
    Rpjmd after = find(regionId, masterplanId).orElseThrow();
    events.publishEvent(
        before.isEmpty()
            ? RecordChanged.created(regionId, RECORD_TYPE, after.id(), snapshot(after))
            : RecordChanged.updated(
                regionId, RECORD_TYPE, after.id(), snapshot(before.get()), snapshot(after)));
    return after;
  }

  /**
   * The problems of a period: years 2000-2200, the end not before the start, at most {@link
   * #MAX_YEARS} years. Empty when the period is fine.
   */
  public static List<FieldProblem> periodProblems(Integer startYear, Integer endYear) {
    List<FieldProblem> problems = new ArrayList<>();
    if (startYear == null) {
      problems.add(FieldProblem.of("startYear", "shared.validation.required"));
    } else if (startYear < 2000 || startYear > 2200) {
      problems.add(FieldProblem.of("startYear", "strategy.rpjmd.year.range"));
    }
    if (endYear == null) {
      problems.add(FieldProblem.of("endYear", "shared.validation.required"));
    } else if (endYear < 2000 || endYear > 2200) {
      problems.add(FieldProblem.of("endYear", "strategy.rpjmd.year.range"));
    }
    if (problems.isEmpty()) {
      if (endYear < startYear) {
        problems.add(
            FieldProblem.of(
                "endYear",
                "strategy.rpjmd.period.endBeforeStart",
                String.valueOf(endYear),
                String.valueOf(startYear)));
      } else if (endYear - startYear + 1 > MAX_YEARS) {
        problems.add(
            FieldProblem.of(
                "endYear", "strategy.rpjmd.period.tooLong", MAX_YEARS, endYear - startYear + 1));
      }
    }
    return problems;
  }

  // --- missions, goals and targets --------------------------------------------------------------

  /**
   * Every item as the tree reads from top to bottom: each mission (by position) followed by its
   * goals, each goal followed by its targets.
   */
  public List<RpjmdItem> items(long regionId, long masterplanId) {
    List<RpjmdItem> flat = new ArrayList<>();
    flatten(tree(regionId, masterplanId), flat);
    return flat;
  }

  /** The missions in their order, each with its goals and their targets. */
  public List<RpjmdNode> tree(long regionId, long masterplanId) {
    masterplans.get(regionId, masterplanId);
    List<RpjmdItem> all =
        jdbc.sql(
                "select "
                    + ITEM_COLUMNS
                    + " from rpjmd_item where region_id = ? and masterplan_id = ?"
                    + " order by position, id")
            .params(regionId, masterplanId)
            .query(RpjmdPlan::mapItem)
            .list();
    Map<Long, List<RpjmdItem>> byParent = new HashMap<>();
    for (RpjmdItem item : all) {
      byParent.computeIfAbsent(item.parentId(), k -> new ArrayList<>()).add(item);
    }
    return nodes(byParent, null);
  }

  public RpjmdItem item(long regionId, long masterplanId, long id) {
    masterplans.get(regionId, masterplanId);
    return findItem(regionId, masterplanId, id)
        .orElseThrow(() -> new NotFoundException(ITEM_RECORD, id));
  }

  /** Adds an item as the last child of its parent (a mission as the last mission). */
  @Transactional
  public RpjmdItem addItem(long regionId, long masterplanId, RpjmdItemCommand command) {
    masterplans.get(regionId, masterplanId);
    checkItem(regionId, masterplanId, null, command);
    long id;
    try {
      id =
          jdbc.sql(
                  """
                  insert into rpjmd_item (region_id, masterplan_id, kind, parent_id, code,
                    statement, position)
                  values (?, ?, ?, cast(? as bigint), ?, ?,
                    (select coalesce(max(position), -1) + 1 from rpjmd_item
                     where masterplan_id = ? and parent_id is not distinct from cast(? as bigint)))
                  returning id""")
              .params(
                  regionId,
                  masterplanId,
                  command.kind().name(),
                  command.parentId(),
                  command.code().strip(),
                  command.statement().strip(),
                  masterplanId,
                  command.parentId())
              .query(Long.class)
              .single();
    } catch (DuplicateKeyException e) {
      throw duplicateCode(command.code());
    } catch (DataIntegrityViolationException e) {
      // the parent was deleted after it was checked
      throw parentNotFound(command.parentId());
    }
    RpjmdItem created = item(regionId, masterplanId, id);
    events.publishEvent(RecordChanged.created(regionId, ITEM_RECORD, id, snapshot(created)));
    return created;
  }

  /**
   * Changes an item. An item that moves to another parent becomes its last child. The kind changes
   * only while the item has no children (they would no longer fit under it).
   */
  @Transactional
  public RpjmdItem updateItem(
      long regionId, long masterplanId, long id, RpjmdItemCommand command, int expectedVersion) {
    RpjmdItem before = item(regionId, masterplanId, id);
    List<FieldProblem> extra = new ArrayList<>();
    if (command.kind() != null && command.kind() != before.kind()) {
      extra.addAll(childProblems(regionId, before, "kind"));
    }
    if (command.parentId() != null && command.parentId() == id) {
      extra.add(FieldProblem.of("parentId", "strategy.rpjmd.parent.self"));
    }
    if (!extra.isEmpty()) {
      throw new InvalidInputException(extra);
    }
    checkItem(regionId, masterplanId, id, command);
    boolean newParent = !Objects.equals(before.parentId(), command.parentId());
    int updated;
    try {
      updated =
          jdbc.sql(
                  """
                  update rpjmd_item set kind = ?, parent_id = cast(? as bigint), code = ?,
                    statement = ?,
                    position = case when ? then
                      (select coalesce(max(s.position), -1) + 1 from rpjmd_item s
                       where s.masterplan_id = ?
                         and s.parent_id is not distinct from cast(? as bigint))
                      else position end,
                    version = version + 1
                  where region_id = ? and masterplan_id = ? and id = ? and version = ?""")
              .params(
                  command.kind().name(),
                  command.parentId(),
                  command.code().strip(),
                  command.statement().strip(),
                  newParent,
                  masterplanId,
                  command.parentId(),
                  regionId,
                  masterplanId,
                  id,
                  expectedVersion)
              .update();
    } catch (DuplicateKeyException e) {
      throw duplicateCode(command.code());
    } catch (DataIntegrityViolationException e) {
      throw parentNotFound(command.parentId());
    }
    if (updated == 0) {
      throw new ConcurrentEditException(ITEM_RECORD, id);
    }
    RpjmdItem after = item(regionId, masterplanId, id);
    events.publishEvent(
        RecordChanged.updated(regionId, ITEM_RECORD, id, snapshot(before), snapshot(after)));
    return after;
  }

  /**
   * Deletes an item that nothing depends on. An item with goals or targets under it, or linked to
   * smart-city items, is refused with a problem that says what is attached.
   */
  @Transactional
  public void deleteItem(long regionId, long masterplanId, long id) {
    RpjmdItem before = item(regionId, masterplanId, id);
    // Lock the row: children and links added meanwhile wait for this transaction (their foreign
    // key checks need a share lock on it), so the counts below stay true until the delete.
    jdbc.sql("select id from rpjmd_item where region_id = ? and id = ? for update")
        .params(regionId, id)
        .query(Long.class)
        .single();
    List<FieldProblem> problems = new ArrayList<>(childProblems(regionId, before, "id"));
    long links =
        jdbc.sql("select count(*) from strategy_item_rpjmd where rpjmd_item_id = ?")
            .param(id)
            .query(Long.class)
            .single();
    if (links > 0) {
      problems.add(
          FieldProblem.of("id", "strategy.rpjmd.delete.linked", before.code(), (int) links));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    jdbc.sql("delete from rpjmd_item where region_id = ? and masterplan_id = ? and id = ?")
        .params(regionId, masterplanId, id)
        .update();
    events.publishEvent(RecordChanged.deleted(regionId, ITEM_RECORD, id, snapshot(before)));
  }

  /**
   * Moves an item one place up (towards the first) or down among its siblings; at either end
   * nothing changes. Every item whose position changes gets a new version and an audit entry.
   */
  @Transactional
  public RpjmdItem move(
      long regionId, long masterplanId, long id, boolean up, int expectedVersion) {
    RpjmdItem item = item(regionId, masterplanId, id);
    if (item.version() != expectedVersion) {
      throw new ConcurrentEditException(ITEM_RECORD, id);
    }
    List<RpjmdItem> siblings =
        new ArrayList<>(
            jdbc.sql(
                    "select "
                        + ITEM_COLUMNS
                        + " from rpjmd_item where region_id = ? and masterplan_id = ?"
                        + " and parent_id is not distinct from cast(? as bigint)"
                        + " order by position, id for update")
                .params(regionId, masterplanId, item.parentId())
                .query(RpjmdPlan::mapItem)
                .list());
    int index = -1;
    for (int i = 0; i < siblings.size(); i++) {
      if (siblings.get(i).id() == id) {
        index = i;
      }
    }
    if (index < 0 || siblings.get(index).version() != expectedVersion) {
      throw new ConcurrentEditException(ITEM_RECORD, id);
    }
    int target = up ? index - 1 : index + 1;
    if (target < 0 || target >= siblings.size()) {
      return item;
    }
    Map<Long, Integer> positions = new HashMap<>();
    boolean distinct =
        siblings.stream().map(RpjmdItem::position).distinct().count() == siblings.size();
    if (distinct) {
      // swap the two positions; the other siblings keep theirs
      positions.put(id, siblings.get(target).position());
      positions.put(siblings.get(target).id(), siblings.get(index).position());
    } else {
      RpjmdItem moved = siblings.remove(index);
      siblings.add(target, moved);
      for (int i = 0; i < siblings.size(); i++) {
        positions.put(siblings.get(i).id(), i);
      }
    }
    for (RpjmdItem sibling : siblings) {
      Integer position = positions.get(sibling.id());
      if (position == null || position == sibling.position()) {
        continue;
      }
      int updated =
          jdbc.sql(
                  """
                  update rpjmd_item set position = ?, version = version + 1
                  where region_id = ? and id = ? and version = ?""")
              .params(position, regionId, sibling.id(), sibling.version())
              .update();
      if (updated == 0) {
        throw new ConcurrentEditException(ITEM_RECORD, sibling.id());
      }
      RpjmdItem after = item(regionId, masterplanId, sibling.id());
      events.publishEvent(
          RecordChanged.updated(
              regionId, ITEM_RECORD, sibling.id(), snapshot(sibling), snapshot(after)));
    }
    return item(regionId, masterplanId, id);
  }

  // --- import ---------------------------------------------------------------------------------

  /**
   * Imports missions, goals and targets from a CSV or XLSX file with the columns jenis|kind,
   * kode|code, induk|parent (the parent's code: a row earlier in the file or an existing item) and
   * pernyataan|statement. Rows with an existing code update that item. Every row is checked first;
   * one bad row rejects the whole file and every problem is reported.
   */
  @Transactional
  public RpjmdImportSummary importFile(
      long regionId, long masterplanId, String filename, byte[] content) {
    masterplans.get(regionId, masterplanId);
    List<TabularRow> rows = TabularReader.read(filename, content);
    List<ImportProblem> problems = new ArrayList<>();
    if (rows.isEmpty()) {
      problems.add(ImportProblem.of(0, null, "shared.import.noRows"));
    }
    Map<String, RpjmdItem> existing = new HashMap<>();
    for (RpjmdItem item : items(regionId, masterplanId)) {
      existing.put(key(item.code()), item);
    }
    Map<String, Integer> firstRowOfCode = new HashMap<>();
    for (TabularRow row : rows) {
      String code = cell(row, "code");
      if (code != null) {
        firstRowOfCode.putIfAbsent(key(code), row.number());
      }
    }
    Map<String, RpjmdItemKind> kindsSoFar = new HashMap<>();
    existing.forEach((code, item) -> kindsSoFar.put(code, item.kind()));
    Map<String, Integer> seen = new HashMap<>();
    List<ImportedRow> imported = new ArrayList<>();
    for (TabularRow row : rows) {
      int number = row.number();
      Set<String> reported = new HashSet<>();
      RpjmdItemKind kind = null;
      String kindText = cell(row, "kind");
      if (kindText != null) {
        kind = parseKind(kindText);
        if (kind == null) {
          problems.add(
              ImportProblem.of(number, header("kind"), "strategy.rpjmd.import.kind", kindText));
          reported.add("kind");
        }
      }
      String code = cell(row, "code");
      String parentCode = cell(row, "parent");
      String statement = cell(row, "statement");
      RpjmdItemCommand command = new RpjmdItemCommand(kind, null, code, statement);
      validator.validate(command).stream()
          .filter(v -> !reported.contains(v.getPropertyPath().toString()))
          .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
          .forEach(
              v -> {
                String field = v.getPropertyPath().toString();
                reported.add(field);
                problems.add(ImportProblem.of(number, header(field), messageKey(v)));
              });
      if (!reported.contains("code")) {
        Integer earlier = seen.putIfAbsent(key(code), number);
        if (earlier != null) {
          problems.add(
              ImportProblem.of(
                  number, header("code"), "strategy.rpjmd.import.duplicate", code, earlier));
        }
        RpjmdItem same = existing.get(key(code));
        if (same != null && kind != null && same.kind() != kind) {
          problems.add(
              ImportProblem.of(
                  number,
                  header("kind"),
                  "strategy.rpjmd.import.kindChanged",
                  code,
                  same.kind().name()));
        }
      }
      if (kind != null) {
        RpjmdItemKind parentKind = kind.parentKind();
        if (parentKind == null) {
          if (parentCode != null) {
            problems.add(
                ImportProblem.of(number, header("parent"), "strategy.rpjmd.parent.mission"));
          }
        } else if (parentCode == null) {
          problems.add(ImportProblem.of(number, header("parent"), parentRule(kind)));
        } else {
          RpjmdItemKind known = kindsSoFar.get(key(parentCode));
          Integer parentRow = firstRowOfCode.get(key(parentCode));
          if (known == null && parentRow == null) {
            problems.add(
                ImportProblem.of(
                    number, header("parent"), "strategy.rpjmd.import.parentUnknown", parentCode));
          } else if (known == null && parentRow >= number) {
            problems.add(
                ImportProblem.of(
                    number,
                    header("parent"),
                    "strategy.rpjmd.import.parentLater",
                    parentCode,
                    parentRow));
          } else if (known != null && known != parentKind) {
            problems.add(ImportProblem.of(number, header("parent"), parentRule(kind)));
          }
          // known == null with the parent in an earlier row: that row is wrong and reported there
        }
        if (!reported.contains("code")) {
          kindsSoFar.putIfAbsent(key(code), kind);
        }
      }
      imported.add(new ImportedRow(kind, code, parentCode, statement));
    }
    if (!problems.isEmpty()) {
      throw new ImportRejectedException(problems);
    }
    Map<String, Long> ids = new HashMap<>();
    existing.forEach((code, item) -> ids.put(code, item.id()));
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    for (ImportedRow row : imported) {
      Long parentId = row.parentCode() == null ? null : ids.get(key(row.parentCode()));
      RpjmdItemCommand command =
          new RpjmdItemCommand(row.kind(), parentId, row.code(), row.statement());
      RpjmdItem same = existing.get(key(row.code()));
      if (same == null) {
        ids.put(key(row.code()), addItem(regionId, masterplanId, command).id());
        created++;
      } else if (same.code().equals(row.code().strip())
          && same.statement().equals(row.statement().strip())
          && Objects.equals(same.parentId(), parentId)) {
        unchanged++;
      } else {
        updateItem(regionId, masterplanId, same.id(), command, same.version());
        updated++;
      }
    }
    return new RpjmdImportSummary(created, updated, unchanged);
  }

  /** One checked row of an import file. */
  private record ImportedRow(
      RpjmdItemKind kind, String code, String parentCode, String statement) {}

  /** A kind as written in a file: MISI/MISSION, TUJUAN/GOAL, SASARAN/TARGET; null if unknown. */
  static RpjmdItemKind parseKind(String text) {
    return text == null ? null : KIND_NAMES.get(text.strip().toLowerCase(Locale.ROOT));
  }

  // --- rules ----------------------------------------------------------------------------------

  private void checkItem(long regionId, long masterplanId, Long id, RpjmdItemCommand command) {
    List<FieldProblem> problems = violations(command);
    if (command.kind() != null) {
      RpjmdItemKind parentKind = command.kind().parentKind();
      if (parentKind == null) {
        if (command.parentId() != null) {
          problems.add(FieldProblem.of("parentId", "strategy.rpjmd.parent.mission"));
        }
      } else if (command.parentId() == null) {
        problems.add(FieldProblem.of("parentId", parentRule(command.kind())));
      } else {
        Optional<RpjmdItem> parent = findItem(regionId, masterplanId, command.parentId());
        if (parent.isEmpty()) {
          problems.add(parentNotFound(command.parentId()).problems().get(0));
        } else if (parent.get().kind() != parentKind) {
          problems.add(FieldProblem.of("parentId", parentRule(command.kind())));
        }
      }
    }
    if (problems.stream().noneMatch(p -> p.field().equals("code"))) {
      boolean taken =
          jdbc.sql(
                      "select count(*) from rpjmd_item where masterplan_id = ?"
                          + " and lower(code) = lower(?) and id <> ?")
                  .params(masterplanId, command.code().strip(), id == null ? -1 : id)
                  .query(Long.class)
                  .single()
              > 0;
      if (taken) {
        problems.add(duplicateCode(command.code()).problems().get(0));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /** The problem has-2-goals (or targets) when the item has children, reported on {@code field}. */
  private List<FieldProblem> childProblems(long regionId, RpjmdItem item, String field) {
    if (item.kind().childKind() == null) {
      return List.of();
    }
    long children =
        jdbc.sql("select count(*) from rpjmd_item where region_id = ? and parent_id = ?")
            .params(regionId, item.id())
            .query(Long.class)
            .single();
    if (children == 0) {
      return List.of();
    }
    String key =
        item.kind() == RpjmdItemKind.MISSION
            ? "strategy.rpjmd.hasGoals"
            : "strategy.rpjmd.hasTargets";
    return List.of(FieldProblem.of(field, key, item.code(), (int) children));
  }

  private static String parentRule(RpjmdItemKind kind) {
    return switch (kind) {
      case MISSION -> "strategy.rpjmd.parent.mission";
      case GOAL -> "strategy.rpjmd.parent.goal";
      case TARGET -> "strategy.rpjmd.parent.target";
    };
  }

  private static InvalidInputException parentNotFound(Long parentId) {
    return InvalidInputException.of(
        "parentId", "strategy.rpjmd.parent.notFound", String.valueOf(parentId));
  }

  private static InvalidInputException duplicateCode(String code) {
    return InvalidInputException.of("code", "strategy.rpjmd.code.duplicate", code.strip());
  }

  /** Bean Validation problems as message keys, resolved later in the user's language. */
  private <T> List<FieldProblem> violations(T command) {
    List<FieldProblem> problems = new ArrayList<>();
    validator.validate(command).stream()
        .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .forEach(v -> problems.add(FieldProblem.of(v.getPropertyPath().toString(), messageKey(v))));
    return problems;
  }

  private static String messageKey(ConstraintViolation<?> violation) {
    String template = violation.getMessageTemplate();
    return template.startsWith("{") && template.endsWith("}")
        ? template.substring(1, template.length() - 1)
        : template;
  }

  // --- helpers --------------------------------------------------------------------------------

  private Optional<RpjmdItem> findItem(long regionId, long masterplanId, long id) {
    return jdbc.sql(
            "select "
                + ITEM_COLUMNS
                + " from rpjmd_item where region_id = ? and masterplan_id = ? and id = ?")
        .params(regionId, masterplanId, id)
        .query(RpjmdPlan::mapItem)
        .optional();
  }

  private static List<RpjmdNode> nodes(Map<Long, List<RpjmdItem>> byParent, Long parentId) {
    List<RpjmdNode> nodes = new ArrayList<>();
    for (RpjmdItem item : byParent.getOrDefault(parentId, List.of())) {
      nodes.add(new RpjmdNode(item, nodes(byParent, item.id())));
    }
    return nodes;
  }

  private static void flatten(List<RpjmdNode> nodes, List<RpjmdItem> into) {
    for (RpjmdNode node : nodes) {
      into.add(node.item());
      flatten(node.children(), into);
    }
  }

  private static String key(String code) {
    return code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
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
    List<String> headers = IMPORT_HEADERS.get(field);
    return headers == null ? field : headers.get(0);
  }

  private static Map<String, Object> snapshot(Rpjmd r) {
    return Snapshot.of(
        "startYear", r.startYear(),
        "endYear", r.endYear(),
        "vision", r.vision(),
        "regulation", r.regulation());
  }

  private Map<String, Object> snapshot(RpjmdItem i) {
    String parentCode =
        i.parentId() == null
            ? null
            : jdbc.sql("select code from rpjmd_item where id = ?")
                .param(i.parentId())
                .query(String.class)
                .optional()
                .orElse(null);
    return Snapshot.of(
        "kind", i.kind(),
        "parent", parentCode,
        "code", i.code(),
        "statement", i.statement(),
        "position", i.position());
  }

  static Rpjmd map(ResultSet rs, int row) throws SQLException {
    return new Rpjmd(
        rs.getLong("id"),
        rs.getLong("masterplan_id"),
        rs.getInt("start_year"),
        rs.getInt("end_year"),
        rs.getString("vision"),
        rs.getString("regulation"),
        rs.getInt("version"));
  }

  static RpjmdItem mapItem(ResultSet rs, int row) throws SQLException {
    long parent = rs.getLong("parent_id");
    Long parentId = rs.wasNull() ? null : parent;
    return new RpjmdItem(
        rs.getLong("id"),
        rs.getLong("masterplan_id"),
        RpjmdItemKind.valueOf(rs.getString("kind")),
        parentId,
        rs.getString("code"),
        rs.getString("statement"),
        rs.getInt("position"),
        rs.getInt("version"));
  }
}
