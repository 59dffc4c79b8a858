package id.rancang.programme;

import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.RecordChanged;
import id.rancang.shared.Snapshot;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The funding sources a region's budget lines may name: the built-in ones ({@link FundingSource})
 * and those the region adds (e.g. a regional bank's CSR, a provincial grant). A region's own source
 * has a code (capital letters, digits and underscores, starting with a letter; not a built-in code;
 * unique in the region) and a name that can change; the code cannot, since budget lines refer to
 * it. A source is deleted only while no budget line of the region uses it.
 */
@Service
public class FundingSources {

  public static final String RECORD_TYPE = "fundingSource";
  static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]*$");
  static final int CODE_LENGTH = 24;
  static final int NAME_LENGTH = 200;
  private static final Locale INDONESIAN = Locale.forLanguageTag("id");

  private final JdbcClient jdbc;
  private final MessageSource messages;
  private final ApplicationEventPublisher events;

  FundingSources(JdbcClient jdbc, MessageSource messages, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.messages = messages;
    this.events = events;
  }

  /** The built-in sources in their fixed order, then the region's own by code. */
  public List<FundingSourceEntry> list(long regionId) {
    Map<String, long[]> usage = usage(regionId, null);
    List<FundingSourceEntry> entries = new ArrayList<>();
    for (FundingSource source : FundingSource.values()) {
      long[] used = usage.getOrDefault(source.name(), new long[2]);
      String key = "programme.fundingSource.name." + source.name();
      entries.add(
          new FundingSourceEntry(
              null,
              source.name(),
              true,
              messages.getMessage(key, null, INDONESIAN),
              messages.getMessage(key, null, Locale.ENGLISH),
              used[0],
              used[1],
              null));
    }
    jdbc.sql(
            "select id, code, name, version from region_funding_source where region_id = ?"
                + " order by code")
        .params(regionId)
        .query(
            (ResultSet rs) -> {
              long[] used = usage.getOrDefault(rs.getString("code"), new long[2]);
              entries.add(own(rs, used));
            });
    return entries;
  }

  /** One of the region's own sources; another region's is not found. */
  public FundingSourceEntry get(long regionId, long id) {
    return jdbc.sql(
            "select id, code, name, version from region_funding_source"
                + " where region_id = ? and id = ?")
        .params(regionId, id)
        .query((rs, n) -> own(rs, new long[2]))
        .optional()
        .map(
            found -> {
              long[] used = usage(regionId, found.code()).getOrDefault(found.code(), new long[2]);
              return new FundingSourceEntry(
                  found.id(),
                  found.code(),
                  false,
                  found.nameId(),
                  found.nameEn(),
                  used[0],
                  used[1],
                  found.version());
            })
        .orElseThrow(() -> new NotFoundException(RECORD_TYPE, id));
  }

  @Transactional
  public FundingSourceEntry create(long regionId, FundingSourceCommand command) {
    List<FieldProblem> problems = new ArrayList<>();
    String code = command.code() == null ? "" : command.code().strip();
    if (code.isEmpty()) {
      problems.add(FieldProblem.of("code", "shared.validation.required"));
    } else if (code.length() > CODE_LENGTH || !CODE.matcher(code).matches()) {
      problems.add(FieldProblem.of("code", "programme.fundingSource.codeFormat", CODE_LENGTH));
    } else if (FundingSource.isBuiltIn(code)) {
      problems.add(FieldProblem.of("code", "programme.fundingSource.builtIn", code));
    } else if (codeTaken(regionId, code)) {
      problems.add(FieldProblem.of("code", "programme.fundingSource.codeTaken", code));
    }
    String name = checkName(command.name(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    long id;
    try {
      id =
          jdbc.sql(
                  "insert into region_funding_source (region_id, code, name) values (?, ?, ?)"
                      + " returning id")
              .params(regionId, code, name)
              .query(Long.class)
              .single();
    } catch (DuplicateKeyException e) {
      throw InvalidInputException.of("code", "programme.fundingSource.codeTaken", code);
    }
    FundingSourceEntry created = get(regionId, id);
    events.publishEvent(RecordChanged.created(regionId, RECORD_TYPE, id, snapshot(created)));
    return created;
  }

  /** Gives a region's own source another name; its code stays, as budget lines refer to it. */
  @Transactional
  public FundingSourceEntry rename(long regionId, long id, String name, int expectedVersion) {
    FundingSourceEntry before = get(regionId, id);
    List<FieldProblem> problems = new ArrayList<>();
    String newName = checkName(name, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    int updated =
        jdbc.sql(
                "update region_funding_source set name = ?, version = version + 1"
                    + " where region_id = ? and id = ? and version = ?")
            .params(newName, regionId, id, expectedVersion)
            .update();
    if (updated == 0) {
      throw new ConcurrentEditException(RECORD_TYPE, id);
    }
    FundingSourceEntry after = get(regionId, id);
    events.publishEvent(
        RecordChanged.updated(regionId, RECORD_TYPE, id, snapshot(before), snapshot(after)));
    return after;
  }

  /**
   * Deletes a region's own source; refused, with the number of budget lines and programmes, while
   * the region's budget lines use it.
   */
  @Transactional
  public void delete(long regionId, long id) {
    // The row lock waits for programme saves that read this source (ProgrammePortfolio reads the
    // region's sources FOR KEY SHARE) and makes saves that come later find it gone.
    FundingSourceEntry before =
        jdbc.sql(
                "select id, code, name, version from region_funding_source"
                    + " where region_id = ? and id = ? for update")
            .params(regionId, id)
            .query((rs, n) -> own(rs, new long[2]))
            .optional()
            .orElseThrow(() -> new NotFoundException(RECORD_TYPE, id));
    long[] used = usage(regionId, before.code()).getOrDefault(before.code(), new long[2]);
    if (used[0] > 0) {
      throw InvalidInputException.of(
          "id", "programme.fundingSource.inUse", before.code(), used[0], used[1]);
    }
    jdbc.sql("delete from region_funding_source where region_id = ? and id = ?")
        .params(regionId, id)
        .update();
    events.publishEvent(RecordChanged.deleted(regionId, RECORD_TYPE, id, snapshot(before)));
  }

  private boolean codeTaken(long regionId, String code) {
    return jdbc.sql("select count(*) from region_funding_source where region_id = ? and code = ?")
            .params(regionId, code)
            .query(Integer.class)
            .single()
        > 0;
  }

  private static String checkName(String name, List<FieldProblem> problems) {
    String stripped = name == null ? "" : name.strip();
    if (stripped.isEmpty()) {
      problems.add(FieldProblem.of("name", "shared.validation.required"));
    } else if (stripped.length() > NAME_LENGTH) {
      problems.add(FieldProblem.of("name", "shared.validation.tooLong"));
    }
    return stripped;
  }

  /**
   * Per source code used in the region's budget lines (only {@code code} when given): the number of
   * budget lines and of programmes.
   */
  private Map<String, long[]> usage(long regionId, String code) {
    Map<String, long[]> usage = new HashMap<>();
    jdbc.sql(
            "select b.source_code, count(*), count(distinct b.programme_id) from budget_line b"
                + " join programme p on p.id = b.programme_id where p.region_id = ?"
                + (code == null ? "" : " and b.source_code = ?")
                + " group by b.source_code")
        .params(code == null ? List.of(regionId) : List.of(regionId, code))
        .query(
            (ResultSet rs) -> {
              usage.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
            });
    return usage;
  }

  private static FundingSourceEntry own(ResultSet rs, long[] used) throws java.sql.SQLException {
    String name = rs.getString("name");
    return new FundingSourceEntry(
        rs.getLong("id"),
        rs.getString("code"),
        false,
        name,
        name,
        used[0],
        used[1],
        rs.getInt("version"));
  }

  private static Map<String, Object> snapshot(FundingSourceEntry source) {
    return Snapshot.of("code", source.code(), "name", source.nameId());
  }
}
