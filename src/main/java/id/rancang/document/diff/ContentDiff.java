package id.rancang.document.diff;

import id.rancang.document.MasterplanContent;
import id.rancang.document.MasterplanContent.ActionEntry;
import id.rancang.document.MasterplanContent.BudgetEntry;
import id.rancang.document.MasterplanContent.IndicatorEntry;
import id.rancang.document.MasterplanContent.LinkEntry;
import id.rancang.document.MasterplanContent.PartnerEntry;
import id.rancang.document.MasterplanContent.PlanInfo;
import id.rancang.document.MasterplanContent.ProgrammeEntry;
import id.rancang.document.MasterplanContent.RiskEntry;
import id.rancang.document.MasterplanContent.StrategyEntry;
import id.rancang.document.MasterplanContent.YearAmount;
import id.rancang.region.MasterplanStatus;
import id.rancang.strategy.StrategyItemKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Compares two contents of the same masterplan. Items are matched by id (the ids of the live rows,
 * stable across versions of one masterplan): an id only on the later side is added, one only on the
 * earlier side removed, one on both with a field that differs changed. Single values are compared
 * field by field (text ignoring blank versus unset, numbers ignoring trailing zeros); lists inside
 * a programme (partners, budget lines, actions, ...) are compared as sets and listed as what was
 * added and removed, with the budget total and the number of actions as summary.
 */
public final class ContentDiff {

  /** The fields each subject is compared on, in the order a change lists them. */
  public static final Map<Subject, List<String>> FIELDS = fields();

  private ContentDiff() {}

  /** What changed from {@code from} (earlier) to {@code to} (later). */
  public static Differences between(MasterplanContent from, MasterplanContent to) {
    List<Change> changes = new ArrayList<>();
    Fields plan = new Fields();
    masterplan(plan, from, to);
    if (!plan.isEmpty()) {
      PlanInfo shell = to.masterplan() != null ? to.masterplan() : from.masterplan();
      changes.add(
          new Change(
              Subject.MASTERPLAN,
              ChangeKind.CHANGED,
              shell == null ? 0 : shell.id(),
              null,
              shell == null ? null : shell.title(),
              plan.list));
    }
    Map<Long, StrategyEntry> fromItems = byId(from.strategy(), StrategyEntry::id);
    Map<Long, StrategyEntry> toItems = byId(to.strategy(), StrategyEntry::id);
    for (Subject subject : List.of(Subject.MISSION, Subject.GOAL, Subject.TARGET)) {
      StrategyItemKind kind = StrategyItemKind.valueOf(subject.name());
      compare(
          subject,
          from.strategy().stream().filter(s -> s.kind() == kind).toList(),
          to.strategy().stream().filter(s -> s.kind() == kind).toList(),
          StrategyEntry::id,
          StrategyEntry::code,
          StrategyEntry::statement,
          (fields, pair) -> strategy(fields, pair.before, pair.after, fromItems, toItems),
          changes);
    }
    compare(
        Subject.INDICATOR,
        from.indicators(),
        to.indicators(),
        IndicatorEntry::id,
        IndicatorEntry::code,
        IndicatorEntry::name,
        (fields, pair) -> indicator(fields, pair.before, pair.after, fromItems, toItems),
        changes);
    compare(
        Subject.PROGRAMME,
        from.programmes(),
        to.programmes(),
        ProgrammeEntry::id,
        ProgrammeEntry::code,
        ProgrammeEntry::name,
        (fields, pair) -> programme(fields, pair.before, pair.after),
        changes);
    return new Differences(changes);
  }

  private static void masterplan(Fields f, MasterplanContent from, MasterplanContent to) {
    PlanInfo a = from.masterplan();
    PlanInfo b = to.masterplan();
    if (a != null && b != null) {
      f.value("title", a.title(), b.title());
      f.value("startYear", a.startYear(), b.startYear());
      f.value("endYear", a.endYear(), b.endYear());
      f.value("status", status(a.status()), status(b.status()));
      f.value("regulationNumber", a.regulationNumber(), b.regulationNumber());
      f.value("regulationDate", a.regulationDate(), b.regulationDate());
    }
    f.value("vision", from.vision(), to.vision());
    f.value("visionExplanation", from.visionExplanation(), to.visionExplanation());
  }

  private static void strategy(
      Fields f,
      StrategyEntry a,
      StrategyEntry b,
      Map<Long, StrategyEntry> fromItems,
      Map<Long, StrategyEntry> toItems) {
    f.value("code", a.code(), b.code());
    f.value("statement", a.statement(), b.statement());
    if (!Objects.equals(a.parentId(), b.parentId())) {
      f.list.add(
          FieldChange.value(
              "parent", label(fromItems.get(a.parentId())), label(toItems.get(b.parentId()))));
    }
    f.set("dimensions", a.dimensions(), b.dimensions(), null, null);
    f.set("elements", a.elements(), b.elements(), null, null);
    f.set("rpjmd", a.rpjmdCodes(), b.rpjmdCodes(), null, null);
  }

  private static void indicator(
      Fields f,
      IndicatorEntry a,
      IndicatorEntry b,
      Map<Long, StrategyEntry> fromItems,
      Map<Long, StrategyEntry> toItems) {
    f.value("code", a.code(), b.code());
    f.value("name", a.name(), b.name());
    if (a.itemId() != b.itemId()) {
      f.list.add(
          FieldChange.value(
              "item", label(fromItems.get(a.itemId())), label(toItems.get(b.itemId()))));
    }
    f.value("unit", a.unit(), b.unit());
    f.value("definition", a.definition(), b.definition());
    f.value("formula", a.formula(), b.formula());
    f.value("dataSource", a.dataSource(), b.dataSource());
    f.value("opd", a.opd(), b.opd());
    f.value("dataProvider", a.dataProvider(), b.dataProvider());
    f.value("level", a.level(), b.level());
    f.value("keyIndicator", a.keyIndicator(), b.keyIndicator());
    f.value("polarity", a.polarity(), b.polarity());
    f.value("baseline", a.baseline(), b.baseline());
    TreeSet<Integer> years = new TreeSet<>();
    a.targets().forEach(t -> years.add(t.year()));
    b.targets().forEach(t -> years.add(t.year()));
    for (int year : years) {
      f.keyed("target", Integer.toString(year), a.target(year), b.target(year));
    }
    f.value("endTarget", a.endTarget(), b.endTarget());
  }

  private static void programme(Fields f, ProgrammeEntry a, ProgrammeEntry b) {
    f.value("code", a.code(), b.code());
    f.value("name", a.name(), b.name());
    f.value("dimension", a.dimension(), b.dimension());
    f.value("element", a.element(), b.element());
    f.value("problem", a.problem(), b.problem());
    f.value("description", a.description(), b.description());
    f.value("impactSociety", a.impactSociety(), b.impactSociety());
    f.value("impactEnvironment", a.impactEnvironment(), b.impactEnvironment());
    f.value("horizon", a.horizon(), b.horizon());
    f.value("startYear", a.startYear(), b.startYear());
    f.value("endYear", a.endYear(), b.endYear());
    f.value("leadOpd", a.leadOpd(), b.leadOpd());
    f.value("quickWin", a.quickWin(), b.quickWin());
    f.value("status", a.status(), b.status());
    f.value("sipdProgram", a.sipdProgram(), b.sipdProgram());
    f.value("sipdKegiatan", a.sipdKegiatan(), b.sipdKegiatan());
    f.value("sipdSubKegiatan", a.sipdSubKegiatan(), b.sipdSubKegiatan());
    f.set("partners", a.partners(), b.partners(), null, null);
    f.set("targets", a.targets(), b.targets(), null, null);
    f.set("indicators", a.indicators(), b.indicators(), null, null);
    f.set("budget", a.budget(), b.budget(), a.totalBudget(), b.totalBudget());
    f.set("dependsOn", a.dependsOn(), b.dependsOn(), null, null);
    f.set("risks", a.risks(), b.risks(), null, null);
    f.set("actions", a.actions(), b.actions(), a.actions().size(), b.actions().size());
  }

  /** The items of one subject: changed and added in the later order, then the removed ones. */
  private static <T> void compare(
      Subject subject,
      List<T> from,
      List<T> to,
      ToLongFunction<T> id,
      Function<T, String> code,
      Function<T, String> name,
      BiConsumer<Fields, Pair<T>> fields,
      List<Change> changes) {
    Map<Long, T> before = byId(from, id);
    Map<Long, T> after = byId(to, id);
    for (T item : to) {
      T earlier = before.get(id.applyAsLong(item));
      if (earlier == null) {
        changes.add(
            new Change(
                subject,
                ChangeKind.ADDED,
                id.applyAsLong(item),
                code.apply(item),
                name.apply(item),
                List.of()));
      } else {
        Fields f = new Fields();
        fields.accept(f, new Pair<>(earlier, item));
        if (!f.isEmpty()) {
          changes.add(
              new Change(
                  subject,
                  ChangeKind.CHANGED,
                  id.applyAsLong(item),
                  code.apply(item),
                  name.apply(item),
                  f.list));
        }
      }
    }
    for (T item : from) {
      if (!after.containsKey(id.applyAsLong(item))) {
        changes.add(
            new Change(
                subject,
                ChangeKind.REMOVED,
                id.applyAsLong(item),
                code.apply(item),
                name.apply(item),
                List.of()));
      }
    }
  }

  private record Pair<T>(T before, T after) {}

  /** Collects the fields that differ. */
  private static final class Fields {
    final List<FieldChange> list = new ArrayList<>();

    boolean isEmpty() {
      return list.isEmpty();
    }

    void value(String field, Object before, Object after) {
      keyed(field, null, before, after);
    }

    void keyed(String field, String key, Object before, Object after) {
      if (!canon(before).equals(canon(after))) {
        list.add(new FieldChange(field, key, unset(before), unset(after), null, null));
      }
    }

    /**
     * Compares two lists as sets (duplicates counted): what only {@code after} holds is added, what
     * only {@code before} holds removed. Summaries are shown when the sets differ.
     */
    <T> void set(String field, List<T> before, List<T> after, Object sumBefore, Object sumAfter) {
      Map<Object, Integer> remaining = new HashMap<>();
      after.forEach(x -> remaining.merge(canon(x), 1, Integer::sum));
      List<T> removed = new ArrayList<>();
      for (T x : before) {
        if (remaining.merge(canon(x), -1, Integer::sum) < 0) {
          removed.add(x);
          remaining.merge(canon(x), 1, Integer::sum);
        }
      }
      Map<Object, Integer> earlier = new HashMap<>();
      before.forEach(x -> earlier.merge(canon(x), 1, Integer::sum));
      List<T> added = new ArrayList<>();
      for (T x : after) {
        if (earlier.merge(canon(x), -1, Integer::sum) < 0) {
          added.add(x);
          earlier.merge(canon(x), 1, Integer::sum);
        }
      }
      if (!added.isEmpty() || !removed.isEmpty()) {
        list.add(
            new FieldChange(
                field, null, sumBefore, sumAfter, List.copyOf(added), List.copyOf(removed)));
      }
    }
  }

  /**
   * A value as compared: blank text is unset, numbers without trailing zeros, items of lists by
   * what they say (a linked target by its id and the contribution, not by its current code).
   */
  static Object canon(Object value) {
    if (value == null) {
      return Unset.UNSET;
    }
    if (value instanceof String s) {
      return s.isBlank() ? Unset.UNSET : s.strip();
    }
    if (value instanceof BigDecimal d) {
      return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
    }
    if (value instanceof YearAmount y) {
      return List.of(y.year(), canon(y.value()));
    }
    if (value instanceof BudgetEntry b) {
      return List.of(b.year(), canon(b.source()), canon(b.amount()));
    }
    if (value instanceof LinkEntry l) {
      return List.of(l.id(), canon(l.contribution()));
    }
    if (value instanceof PartnerEntry p) {
      return Arrays.asList(canon(p.name()), p.role(), canon(p.contribution()));
    }
    if (value instanceof RiskEntry r) {
      return List.of(canon(r.description()), r.likelihood(), r.impact(), canon(r.mitigation()));
    }
    if (value instanceof ActionEntry a) {
      return Arrays.asList(
          a.category(),
          canon(a.title()),
          a.year(),
          canon(a.quarter()),
          canon(a.ownerOpd()),
          canon(a.deliverable()),
          canon(a.budget()),
          a.status(),
          a.progress());
    }
    return value;
  }

  private enum Unset {
    UNSET
  }

  private static Object unset(Object value) {
    return value instanceof String s && s.isBlank() ? null : value;
  }

  private static MasterplanStatus status(String code) {
    if (code == null) {
      return null;
    }
    try {
      return MasterplanStatus.valueOf(code);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String label(StrategyEntry item) {
    return item == null ? null : item.label();
  }

  private static <T> Map<Long, T> byId(List<T> items, ToLongFunction<T> id) {
    Map<Long, T> map = new LinkedHashMap<>();
    items.forEach(i -> map.put(id.applyAsLong(i), i));
    return map;
  }

  private static Map<Subject, List<String>> fields() {
    Map<Subject, List<String>> map = new EnumMap<>(Subject.class);
    map.put(
        Subject.MASTERPLAN,
        List.of(
            "title",
            "startYear",
            "endYear",
            "status",
            "regulationNumber",
            "regulationDate",
            "vision",
            "visionExplanation"));
    List<String> strategy =
        List.of("code", "statement", "parent", "dimensions", "elements", "rpjmd");
    map.put(Subject.MISSION, strategy);
    map.put(Subject.GOAL, strategy);
    map.put(Subject.TARGET, strategy);
    map.put(
        Subject.INDICATOR,
        List.of(
            "code",
            "name",
            "item",
            "unit",
            "definition",
            "formula",
            "dataSource",
            "opd",
            "dataProvider",
            "level",
            "keyIndicator",
            "polarity",
            "baseline",
            "target",
            "endTarget"));
    map.put(
        Subject.PROGRAMME,
        List.of(
            "code",
            "name",
            "dimension",
            "element",
            "problem",
            "description",
            "impactSociety",
            "impactEnvironment",
            "horizon",
            "startYear",
            "endYear",
            "leadOpd",
            "quickWin",
            "status",
            "sipdProgram",
            "sipdKegiatan",
            "sipdSubKegiatan",
            "partners",
            "targets",
            "indicators",
            "budget",
            "dependsOn",
            "risks",
            "actions"));
    return java.util.Collections.unmodifiableMap(map);
  }
}
