package id.rancang.roadmap.web;

import id.rancang.programme.Programme;
import id.rancang.roadmap.CeilingEntry;
import id.rancang.roadmap.Scenario;
import id.rancang.roadmap.ScenarioCommand;
import id.rancang.roadmap.ScenarioInputs;
import id.rancang.roadmap.StartWindow;
import id.rancang.shared.FieldProblem;
import id.rancang.strategy.Dimension;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;

/**
 * A scenario's inputs as the team filled the form, kept as typed so that a mistake is shown back
 * with everything else still there. The ceilings are a grid of cells (year x funding source, blank
 * = no ceiling), the programmes a table (included, value, start window, mandatory, excluded), the
 * exclusive groups one text field each (programme codes separated by commas) and the minimum shares
 * percentages per dimension.
 *
 * <p>Request parameters: {@code name}, {@code description}, {@code version}, {@code
 * cell_<year>_<source>}, {@code include} (programme ids, with the marker {@code _include} that says
 * the table was sent; without it the default programmes are taken), {@code value_<id>}, {@code
 * earliest_<id>}, {@code latest_<id>}, {@code mandatory}, {@code excluded}, {@code group}, {@code
 * share_<dimension>}, {@code quickWins}, {@code lockedThrough}, {@code timeLimitSeconds}, {@code
 * gapLimit} (percent).
 */
final class ScenarioForm {

  /** Extra empty group fields the form offers. */
  static final int SPARE_GROUPS = 2;

  private static final Pattern GROUPED_ID = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
  private static final Pattern GROUPED_EN = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");

  String name = "";
  String description = "";
  String version;
  final Map<String, String> cells = new LinkedHashMap<>();
  final Set<Long> included = new LinkedHashSet<>();
  final Map<Long, String> values = new HashMap<>();
  final Map<Long, String> earliest = new HashMap<>();
  final Map<Long, String> latest = new HashMap<>();
  final Set<Long> mandatory = new LinkedHashSet<>();
  final Set<Long> excluded = new LinkedHashSet<>();
  final List<String> groups = new ArrayList<>();
  final Map<String, String> shares = new LinkedHashMap<>();
  boolean quickWins;
  String lockedThrough = "";
  String timeLimitSeconds = "10";
  String gapLimit = "0.1";

  // ---- read by the templates ----

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public String getVersion() {
    return version;
  }

  public String cell(int year, String source) {
    return cells.getOrDefault(key(year, source), "");
  }

  public boolean includes(long id) {
    return included.contains(id);
  }

  public String value(long id) {
    return values.getOrDefault(id, "");
  }

  public String earliest(long id) {
    return earliest.getOrDefault(id, "");
  }

  public String latest(long id) {
    return latest.getOrDefault(id, "");
  }

  public boolean mandatory(long id) {
    return mandatory.contains(id);
  }

  public boolean excluded(long id) {
    return excluded.contains(id);
  }

  /** The group fields: those filled in, then {@link #SPARE_GROUPS} empty ones. */
  public List<String> getGroupFields() {
    List<String> fields = new ArrayList<>(groups);
    for (int i = 0; i < SPARE_GROUPS; i++) {
      fields.add("");
    }
    return fields;
  }

  public String share(String dimension) {
    return shares.getOrDefault(dimension, "");
  }

  public boolean isQuickWins() {
    return quickWins;
  }

  public String getLockedThrough() {
    return lockedThrough;
  }

  public String getTimeLimitSeconds() {
    return timeLimitSeconds;
  }

  public String getGapLimit() {
    return gapLimit;
  }

  static String key(int year, String source) {
    return year + "_" + source;
  }

  // ---- building ----

  /** A new scenario: no ceilings, the default programmes, 10 seconds, 0.1 % gap. */
  static ScenarioForm blank(List<Long> defaultProgrammes) {
    ScenarioForm form = new ScenarioForm();
    form.included.addAll(defaultProgrammes);
    return form;
  }

  /** The stored inputs of a scenario, for its edit form. */
  static ScenarioForm of(Scenario s, ScenarioInputs inputs, Map<Long, Programme> programmes) {
    ScenarioForm form = new ScenarioForm();
    form.name = s.name();
    form.description = s.description() == null ? "" : s.description();
    form.version = Integer.toString(s.version());
    for (CeilingEntry c : inputs.ceilings()) {
      form.cells.put(key(c.year(), c.source()), plain(c.amount()));
    }
    for (ScenarioInputs.CandidateSetting c : inputs.candidates()) {
      form.included.add(c.programmeId());
      if (c.value() != null) {
        form.values.put(c.programmeId(), plain(BigDecimal.valueOf(c.value())));
      }
      if (c.earliestStart() != null) {
        form.earliest.put(c.programmeId(), c.earliestStart().toString());
      }
      if (c.latestStart() != null) {
        form.latest.put(c.programmeId(), c.latestStart().toString());
      }
      if (c.mandatory()) {
        form.mandatory.add(c.programmeId());
      }
      if (c.excluded()) {
        form.excluded.add(c.programmeId());
      }
    }
    for (List<Long> group : inputs.exclusiveGroups()) {
      form.groups.add(
          String.join(
              ", ",
              group.stream()
                  .map(id -> programmes.containsKey(id) ? programmes.get(id).code() : "#" + id)
                  .toList()));
    }
    inputs
        .minimumDimensionShare()
        .forEach((d, share) -> form.shares.put(d, plain(share.movePointRight(2))));
    form.quickWins = s.quickWinsInFirstYear();
    form.lockedThrough = s.lockedThrough() == null ? "" : s.lockedThrough().toString();
    form.timeLimitSeconds = Integer.toString(s.timeLimitSeconds());
    form.gapLimit = plain(s.gapLimit().movePointRight(2));
    return form;
  }

  /** The form as posted. */
  static ScenarioForm read(MultiValueMap<String, String> params, List<Long> defaultProgrammes) {
    ScenarioForm form = new ScenarioForm();
    form.name = text(params.getFirst("name"));
    form.description = text(params.getFirst("description"));
    form.version = params.getFirst("version");
    for (Map.Entry<String, List<String>> p : params.entrySet()) {
      String field = p.getKey();
      String value = p.getValue().isEmpty() ? "" : text(p.getValue().get(0));
      if (field.startsWith("cell_")) {
        form.cells.put(field.substring("cell_".length()), value);
      } else if (field.startsWith("value_")) {
        idOf(field, "value_").ifPresent(id -> form.values.put(id, value));
      } else if (field.startsWith("earliest_")) {
        idOf(field, "earliest_").ifPresent(id -> form.earliest.put(id, value));
      } else if (field.startsWith("latest_")) {
        idOf(field, "latest_").ifPresent(id -> form.latest.put(id, value));
      } else if (field.startsWith("share_")) {
        form.shares.put(field.substring("share_".length()), value);
      }
    }
    if (params.containsKey("_include") || params.containsKey("include")) {
      ids(params.get("include"), form.included);
    } else {
      form.included.addAll(defaultProgrammes);
    }
    ids(params.get("mandatory"), form.mandatory);
    ids(params.get("excluded"), form.excluded);
    for (String group : params.getOrDefault("group", List.of())) {
      if (group != null && !group.isBlank()) {
        form.groups.add(group.strip());
      }
    }
    String quick = params.getFirst("quickWins");
    form.quickWins = "true".equals(quick) || "on".equals(quick);
    form.lockedThrough = text(params.getFirst("lockedThrough"));
    form.timeLimitSeconds = text(params.getFirst("timeLimitSeconds"));
    form.gapLimit = text(params.getFirst("gapLimit"));
    return form;
  }

  /** Fills every cell with what the included programmes' budget lines ask in that year. */
  void fillFromBudgets(Map<Long, Programme> programmes, List<Integer> years, List<String> sources) {
    Map<String, BigDecimal> sums = new HashMap<>();
    for (Long id : included) {
      Programme p = programmes.get(id);
      if (p == null) {
        continue;
      }
      p.budget().forEach(b -> sums.merge(key(b.year(), b.source()), b.amount(), BigDecimal::add));
    }
    for (int year : years) {
      for (String source : sources) {
        BigDecimal sum = sums.get(key(year, source));
        cells.put(key(year, source), sum == null ? "" : plain(sum));
      }
    }
  }

  // ---- the command ----

  /**
   * The command this form asks for, and where each of the command's fields is shown on the form.
   */
  record Parsed(ScenarioCommand command, Map<String, String> fieldOf) {

    /** The form field a problem of the command belongs to ("" when none in particular). */
    String field(String commandField) {
      if (commandField == null) {
        return "";
      }
      String exact = fieldOf.get(commandField);
      if (exact != null) {
        return exact;
      }
      // "ceilings[3].amount" belongs where "ceilings[3]" is; "exclusiveGroups[0][1]" where
      // "exclusiveGroups[0]" is
      String shorter = commandField;
      while (true) {
        int cut = Math.max(shorter.lastIndexOf('.'), shorter.lastIndexOf('['));
        if (cut <= 0) {
          return commandField;
        }
        shorter = shorter.substring(0, cut);
        if (fieldOf.containsKey(shorter)) {
          return fieldOf.get(shorter);
        }
      }
    }
  }

  /**
   * Reads the typed numbers and codes into a command; what the form itself cannot read is added to
   * {@code problems} under the form's own field names, and goes into the command as a value the
   * scenario refuses on the same field (no amount, year 0, a negative share...), so that the
   * scenario's own checks still run on everything else and nothing unreadable is ever saved.
   */
  Parsed command(
      Map<Long, Programme> programmes,
      List<Integer> years,
      List<String> sources,
      List<FieldProblem> problems) {
    Map<String, String> fieldOf = new HashMap<>();
    List<CeilingEntry> ceilings = new ArrayList<>();
    for (int year : years) {
      for (String source : sources) {
        String key = key(year, source);
        String text = cells.getOrDefault(key, "");
        if (text.isBlank()) {
          continue;
        }
        BigDecimal amount = amount(text);
        if (amount == null) {
          // sent without an amount, which the scenario refuses on the same cell
          problems.add(FieldProblem.of("cell:" + key, "roadmap.pages.form.number"));
        }
        fieldOf.put("ceilings[" + ceilings.size() + "]", "cell:" + key);
        ceilings.add(new CeilingEntry(year, source, amount));
      }
    }
    List<Long> ids = new ArrayList<>();
    for (Long id : included) {
      if (programmes.containsKey(id)) {
        fieldOf.put("programmeIds[" + ids.size() + "]", "programme:" + id);
        ids.add(id);
      }
    }
    fieldOf.put("programmeIds", "programmes");
    fieldOf.put("excluded", "programmes");
    fieldOf.put("mandatory", "programmes");
    Map<Long, Double> valueMap = new LinkedHashMap<>();
    List<StartWindow> windows = new ArrayList<>();
    for (Long id : ids) {
      String v = values.getOrDefault(id, "");
      if (!v.isBlank()) {
        BigDecimal number = decimal(v);
        if (number == null) {
          problems.add(FieldProblem.of("value:" + id, "roadmap.pages.form.number"));
        }
        valueMap.put(id, number == null ? Double.NaN : number.doubleValue());
        fieldOf.put("values[" + id + "]", "value:" + id);
      }
      Integer from = year(earliest.getOrDefault(id, ""), "window:" + id, problems);
      Integer to = year(latest.getOrDefault(id, ""), "window:" + id, problems);
      if (from != null || to != null) {
        fieldOf.put("windows[" + windows.size() + "]", "window:" + id);
        windows.add(new StartWindow(id, from, to));
      }
    }
    List<Long> mandatoryIds = new ArrayList<>();
    for (Long id : mandatory) {
      if (ids.contains(id)) {
        fieldOf.put("mandatory[" + mandatoryIds.size() + "]", "programme:" + id);
        mandatoryIds.add(id);
      }
    }
    List<Long> excludedIds = new ArrayList<>();
    for (Long id : excluded) {
      if (ids.contains(id)) {
        fieldOf.put("excluded[" + excludedIds.size() + "]", "programme:" + id);
        excludedIds.add(id);
      }
    }
    Map<String, Long> byCode = new HashMap<>();
    programmes.values().forEach(p -> byCode.put(p.code().toUpperCase(Locale.ROOT), p.id()));
    List<List<Long>> groupIds = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      List<Long> members = new ArrayList<>();
      for (String code : groups.get(g).split("[,;\\s]+")) {
        if (code.isBlank()) {
          continue;
        }
        Long id = byCode.get(code.strip().toUpperCase(Locale.ROOT));
        if (id == null) {
          problems.add(FieldProblem.of("group:" + g, "roadmap.pages.group.unknownCode", code));
        }
        members.add(id == null ? -1L : id); // an id no programme has: refused as unknown
      }
      fieldOf.put("exclusiveGroups[" + groupIds.size() + "]", "group:" + g);
      groupIds.add(members);
    }
    Map<String, BigDecimal> shareMap = new LinkedHashMap<>();
    for (Dimension d : Dimension.values()) {
      String text = shares.getOrDefault(d.name(), "");
      if (text.isBlank()) {
        continue;
      }
      BigDecimal percent = decimal(text);
      if (percent == null) {
        problems.add(FieldProblem.of("share:" + d.name(), "roadmap.pages.form.number"));
      }
      shareMap.put(d.name(), percent == null ? BigDecimal.ONE.negate() : percent.movePointLeft(2));
      fieldOf.put("minimumDimensionShare[" + d.name() + "]", "share:" + d.name());
    }
    fieldOf.put("minimumDimensionShare", "shares");
    Integer locked = year(lockedThrough, "lockedThrough", problems);
    Integer limit = null;
    if (!timeLimitSeconds.isBlank()) {
      BigDecimal seconds = decimal(timeLimitSeconds);
      if (seconds == null || seconds.stripTrailingZeros().scale() > 0) {
        problems.add(FieldProblem.of("timeLimitSeconds", "roadmap.pages.form.wholeNumber"));
        limit = 0;
      } else if (seconds.compareTo(BigDecimal.valueOf(100_000)) > 0) {
        limit = Integer.MAX_VALUE; // the service refuses it with the allowed range
      } else {
        limit = seconds.intValueExact();
      }
    }
    BigDecimal gap = null;
    if (!gapLimit.isBlank()) {
      BigDecimal percent = decimal(gapLimit);
      if (percent == null) {
        problems.add(FieldProblem.of("gapLimit", "roadmap.pages.form.number"));
      }
      gap = percent == null ? BigDecimal.ONE.negate() : percent.movePointLeft(2);
    }
    return new Parsed(
        new ScenarioCommand(
            name,
            description,
            ceilings,
            ids,
            valueMap,
            windows,
            mandatoryIds,
            excludedIds,
            groupIds,
            shareMap,
            quickWins,
            locked,
            limit,
            gap),
        fieldOf);
  }

  // ---- reading numbers ----

  /**
   * A rupiah amount as people type it: "1500000000", "1.500.000.000" (Indonesian grouping),
   * "1,500,000,000" (English) or with "Rp"; null when it is not a number.
   */
  static BigDecimal amount(String text) {
    String t = text.replace("Rp", "").replace("rp", "").replaceAll("[\\s\u00a0]", "");
    if (GROUPED_ID.matcher(t).matches()) {
      t = t.replace(".", "").replace(',', '.');
    } else if (GROUPED_EN.matcher(t).matches()) {
      t = t.replace(",", "");
    } else {
      t = t.replace(',', '.');
    }
    try {
      return new BigDecimal(t);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A decimal number (a comma counts as the decimal point); null when it is not one. */
  static BigDecimal decimal(String text) {
    try {
      return new BigDecimal(text.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Integer year(String text, String field, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      problems.add(FieldProblem.of(field, "roadmap.pages.form.year"));
      return 0; // outside every period: the scenario refuses it on the same field
    }
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  private static java.util.Optional<Long> idOf(String field, String prefix) {
    try {
      return java.util.Optional.of(Long.valueOf(field.substring(prefix.length())));
    } catch (NumberFormatException e) {
      return java.util.Optional.empty();
    }
  }

  private static void ids(List<String> texts, Set<Long> into) {
    if (texts == null) {
      return;
    }
    for (String t : texts) {
      try {
        into.add(Long.valueOf(t.strip()));
      } catch (NumberFormatException | NullPointerException e) {
        // a box that names no programme is ignored
      }
    }
  }

  static String plain(BigDecimal number) {
    BigDecimal stripped = number.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }
}
