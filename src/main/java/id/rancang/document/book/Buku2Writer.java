package id.rancang.document.book;

import id.rancang.document.MasterplanContent;
import id.rancang.document.MasterplanContent.ActionEntry;
import id.rancang.document.MasterplanContent.BudgetEntry;
import id.rancang.document.MasterplanContent.IndicatorEntry;
import id.rancang.document.MasterplanContent.ProgrammeEntry;
import id.rancang.document.MasterplanContent.StrategyEntry;
import id.rancang.programme.ActionCategory;
import id.rancang.shared.chart.BudgetCharts;
import id.rancang.shared.chart.RoadmapCharts;
import id.rancang.strategy.Dimension;
import id.rancang.strategy.Element;
import id.rancang.strategy.StrategyItemKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Buku 2: strategy per dimension, programme sheets per dimension and element, action plans per
 * category, quick wins, the roadmap, the budget and the performance measurement plan. Cancelled
 * programmes are left out (and counted in the introduction).
 */
final class Buku2Writer {

  /** Rows per Gantt figure, so a figure fits on a page. */
  static final int GANTT_ROWS = 40;

  private final BookKit k;
  private final MasterplanContent c;
  private final List<ProgrammeEntry> programmes;
  private final Locale locale;

  Buku2Writer(BookKit kit) {
    this.k = kit;
    this.c = kit.content;
    this.programmes = kit.programmes();
    this.locale = kit.locale();
  }

  void write() {
    introduction();
    strategyPerDimension();
    programmeSheets();
    actionPlans();
    priorities();
    quickWins();
    roadmap();
    budget();
    measurementPlan();
  }

  private void introduction() {
    k.chapter("document.b2.intro");
    k.para(
        k.t.get(
            "document.b2.intro.text",
            c.region().name(),
            String.valueOf(c.masterplan().startYear()),
            String.valueOf(c.masterplan().endYear())));
    long cancelled = c.programmes().size() - programmes.size();
    k.facts(
        List.of(
            k.fact("document.b2.intro.programmes", k.f.number(programmes.size())),
            k.fact(
                "document.b2.intro.quickWins",
                k.f.number(programmes.stream().filter(ProgrammeEntry::quickWin).count())),
            k.fact(
                "document.b2.intro.actions",
                k.f.number(programmes.stream().mapToLong(p -> p.actions().size()).sum())),
            k.fact("document.b2.intro.budget", k.f.rupiah(total(programmes))),
            k.fact("document.b2.intro.cancelled", cancelled == 0 ? null : k.f.number(cancelled))));
    if (programmes.isEmpty()) {
      k.missing("document.b2.missing");
    }
  }

  private void strategyPerDimension() {
    k.chapter("document.b2.strategy");
    for (Dimension d : Dimension.values()) {
      k.section(d.displayName(locale));
      List<ProgrammeEntry> inDimension = inDimension(d);
      List<StrategyEntry> targets =
          c.strategy().stream()
              .filter(i -> i.kind() != StrategyItemKind.MISSION)
              .filter(
                  i ->
                      i.dimensions().contains(d)
                          || i.elements().stream().anyMatch(e -> e.dimension() == d))
              .toList();
      if (targets.isEmpty()) {
        k.missing("document.b2.strategy.noTarget", d.displayName(locale));
      } else {
        k.para(k.t.get("document.b2.strategy.targets", d.displayName(locale)));
        k.bullets(BookKit.each(targets, i -> BookKit.orDash(i.code()) + " " + i.statement()));
      }
      List<List<String>> rows = new ArrayList<>();
      for (Element e : d.elements()) {
        List<ProgrammeEntry> ps = inDimension.stream().filter(p -> p.element() == e).toList();
        rows.add(
            List.of(
                e.displayName(locale),
                k.f.number(ps.size()),
                k.f.number(ps.stream().filter(ProgrammeEntry::quickWin).count()),
                k.f.rupiah(total(ps))));
      }
      List<ProgrammeEntry> noElement =
          inDimension.stream().filter(p -> p.element() == null).toList();
      if (!noElement.isEmpty()) {
        rows.add(
            List.of(
                k.t.get("document.b2.noElement"),
                k.f.number(noElement.size()),
                k.f.number(noElement.stream().filter(ProgrammeEntry::quickWin).count()),
                k.f.rupiah(total(noElement))));
      }
      k.table(
          k.t.get("document.b2.strategy.table", d.displayName(locale)),
          List.of(
              k.t.get("document.col.element"),
              k.t.get("document.col.programmes"),
              k.t.get("document.col.quickWins"),
              k.t.get("document.col.budget")),
          rows,
          List.of(40, 18, 18, 24),
          List.of(false, true, true, true),
          false);
      if (inDimension.isEmpty()) {
        k.missing("document.b2.strategy.noProgramme", d.displayName(locale));
      }
    }
  }

  private void programmeSheets() {
    k.chapter("document.b2.programmes");
    if (programmes.isEmpty()) {
      k.missing("document.b2.missing");
      return;
    }
    for (Dimension d : Dimension.values()) {
      List<ProgrammeEntry> inDimension = inDimension(d);
      k.section(d.displayName(locale));
      if (inDimension.isEmpty()) {
        k.missing("document.b2.strategy.noProgramme", d.displayName(locale));
        continue;
      }
      Map<Element, List<ProgrammeEntry>> byElement = new LinkedHashMap<>();
      for (Element e : d.elements()) {
        byElement.put(e, new ArrayList<>());
      }
      List<ProgrammeEntry> noElement = new ArrayList<>();
      for (ProgrammeEntry p : inDimension) {
        if (p.element() == null) {
          noElement.add(p);
        } else {
          byElement.computeIfAbsent(p.element(), e -> new ArrayList<>()).add(p);
        }
      }
      for (Map.Entry<Element, List<ProgrammeEntry>> e : byElement.entrySet()) {
        k.subsection(e.getKey().displayName(locale));
        if (e.getValue().isEmpty()) {
          k.missing("document.b2.programmes.noneInElement");
        }
        e.getValue().forEach(this::sheet);
      }
      if (!noElement.isEmpty()) {
        k.subsection(k.t.get("document.b2.noElement"));
        noElement.forEach(this::sheet);
      }
    }
  }

  private void sheet(ProgrammeEntry p) {
    k.item(p.code(), p.name());
    k.facts(
        List.of(
            k.fact("document.col.code", p.code()),
            k.fact(
                "document.col.dimension",
                p.dimension().displayName(locale)
                    + (p.element() == null ? "" : " / " + p.element().displayName(locale))),
            k.fact("document.col.horizon", k.t.get("programme.horizon." + p.horizon())),
            k.fact("document.col.period", p.startYear() + "-" + p.endYear()),
            k.fact(
                "document.col.leadOpd",
                p.leadOpd() == null ? k.t.get("document.missing.short") : p.leadOpd()),
            k.fact("document.col.quickWin", k.t.get(p.quickWin() ? "document.yes" : "document.no")),
            k.fact("document.col.status", k.t.get("programme.status." + p.status())),
            k.fact("document.col.sipdProgram", p.sipdProgram()),
            k.fact("document.col.sipdKegiatan", p.sipdKegiatan()),
            k.fact("document.col.sipdSubKegiatan", p.sipdSubKegiatan()),
            k.fact("document.col.problem", p.problem()),
            k.fact("document.col.description", p.description()),
            k.fact("document.col.impactSociety", p.impactSociety()),
            k.fact("document.col.impactEnvironment", p.impactEnvironment()),
            k.fact("document.col.dependsOn", String.join(", ", p.dependsOn())),
            k.fact(
                "document.col.targets",
                p.targets().stream()
                    .map(t -> link(t.code(), t.name(), t.contribution()))
                    .collect(Collectors.joining("\n"))),
            k.fact(
                "document.col.indicators",
                p.indicators().stream()
                    .map(t -> link(t.code(), t.name(), t.contribution()))
                    .collect(Collectors.joining("\n"))),
            k.fact("document.col.totalBudget", k.f.rupiah(p.totalBudget()))));
    if (!p.partners().isEmpty()) {
      k.plainTable(
          List.of(
              k.t.get("document.col.role"),
              k.t.get("document.col.partner"),
              k.t.get("document.col.contribution")),
          p.partners().stream()
              .map(
                  x ->
                      List.of(
                          k.t.get("region.pentahelix." + x.role()),
                          x.name() == null ? k.t.get("document.partner.unnamed") : x.name(),
                          BookKit.orDash(x.contribution())))
              .toList(),
          List.of(20, 35, 45),
          BookKit.text(3));
    }
    if (!p.budget().isEmpty()) {
      TreeSet<String> sources = new TreeSet<>();
      p.budget().forEach(b -> sources.add(b.source()));
      Map<Integer, Map<String, BigDecimal>> byYear = new TreeMap<>();
      for (BudgetEntry b : p.budget()) {
        byYear
            .computeIfAbsent(b.year(), y -> new TreeMap<>())
            .merge(b.source(), b.amount(), BigDecimal::add);
      }
      List<String> headers = new ArrayList<>();
      headers.add(k.t.get("document.col.year"));
      sources.forEach(s -> headers.add(sourceName(s)));
      headers.add(k.t.get("document.col.total"));
      List<List<String>> rows = new ArrayList<>();
      for (var e : byYear.entrySet()) {
        List<String> row = new ArrayList<>();
        row.add(String.valueOf(e.getKey()));
        BigDecimal sum = BigDecimal.ZERO;
        for (String s : sources) {
          BigDecimal v = e.getValue().get(s);
          row.add(v == null ? "-" : k.f.rupiah(v));
          sum = v == null ? sum : sum.add(v);
        }
        row.add(k.f.rupiah(sum));
        rows.add(row);
      }
      List<Integer> widths = new ArrayList<>();
      widths.add(12);
      widths.addAll(Collections.nCopies(sources.size() + 1, 88 / (sources.size() + 1)));
      List<Boolean> numeric = new ArrayList<>(Collections.nCopies(sources.size() + 2, true));
      k.plainTable(headers, rows, widths, numeric);
    }
    if (!p.risks().isEmpty()) {
      k.plainTable(
          List.of(
              k.t.get("document.col.risk"),
              k.t.get("document.col.likelihoodImpact"),
              k.t.get("document.col.mitigation")),
          p.risks().stream()
              .map(
                  r ->
                      List.of(
                          r.description(),
                          r.likelihood()
                              + " x "
                              + r.impact()
                              + " = "
                              + (r.likelihood() * r.impact()),
                          BookKit.orDash(r.mitigation())))
              .toList(),
          List.of(40, 16, 44),
          List.of(false, true, false));
    }
  }

  private static String link(String code, String name, String contribution) {
    String base = (code == null ? "" : code + " ") + (name == null ? "" : name);
    return contribution == null || contribution.isBlank()
        ? base.strip()
        : base.strip() + ": " + contribution;
  }

  private void actionPlans() {
    k.chapter("document.b2.actions");
    k.para(k.t.get("document.b2.actions.text"));
    boolean any = false;
    for (ActionCategory category : ActionCategory.values()) {
      k.section(k.t.get("programme.category." + category));
      List<List<String>> rows = new ArrayList<>();
      for (ProgrammeEntry p : programmes) {
        for (ActionEntry a : p.actions()) {
          if (a.category() != category) {
            continue;
          }
          rows.add(
              List.of(
                  p.code(),
                  a.title(),
                  a.year() + (a.quarter() == null ? "" : " T" + a.quarter()),
                  BookKit.orDash(a.ownerOpd()),
                  BookKit.orDash(a.deliverable()),
                  a.budget() == null ? "-" : k.f.rupiah(a.budget()),
                  k.t.get("programme.actionStatus." + a.status()) + " (" + a.progress() + "%)"));
        }
      }
      if (rows.isEmpty()) {
        k.missing("document.b2.actions.none", k.t.get("programme.category." + category));
        continue;
      }
      any = true;
      k.table(
          k.t.get("programme.category." + category),
          List.of(
              k.t.get("document.col.programme"),
              k.t.get("document.col.action"),
              k.t.get("document.col.when"),
              k.t.get("document.col.owner"),
              k.t.get("document.col.deliverable"),
              k.t.get("document.col.budget"),
              k.t.get("document.col.status")),
          rows,
          List.of(10, 22, 9, 14, 14, 16, 15),
          List.of(false, false, false, false, false, true, false),
          true);
    }
    if (!any) {
      k.missing("document.b2.actions.missing");
    }
  }

  /** The published prioritisation: criteria weights and the ranking, with their charts. */
  private void priorities() {
    k.chapter("document.b2.priority");
    MasterplanContent.PriorityInfo p = c.priority();
    if (p == null) {
      k.missing("document.b2.priority.missing");
      return;
    }
    java.text.NumberFormat percent = java.text.NumberFormat.getNumberInstance(locale);
    percent.setMinimumFractionDigits(1);
    percent.setMaximumFractionDigits(1);
    java.text.NumberFormat score = java.text.NumberFormat.getNumberInstance(locale);
    score.setMinimumFractionDigits(3);
    score.setMaximumFractionDigits(3);
    k.para(
        k.t.get(
            "document.b2.priority.text",
            p.exercise(),
            k.f.number(p.evaluators()),
            k.t.get("document.b2.priority.aggregation." + p.aggregation()),
            p.riTable()));
    k.table(
        k.t.get("document.b2.priority.weights"),
        List.of(
            k.t.get("document.col.code"),
            k.t.get("document.col.criterion"),
            k.t.get("document.col.weight")),
        p.criteria().stream()
            .map(
                x ->
                    List.of(
                        x.code(),
                        x.parent() == null ? x.name() : x.parent() + " - " + x.name(),
                        percent.format(x.weight() * 100) + " %"))
            .toList(),
        List.of(15, 65, 20),
        List.of(false, false, true),
        false);
    String weights =
        id.rancang.shared.chart.SvgCharts.bars(
            k.t.get("document.b2.priority.weights.figure"),
            p.criteria().stream().map(x -> x.code() + " " + x.name()).toList(),
            p.criteria().stream().map(x -> java.math.BigDecimal.valueOf(x.weight() * 100)).toList(),
            List.of(id.rancang.shared.chart.Palette.colour(0)),
            v -> percent.format(v) + " %");
    double[] size = BookKit.size(weights);
    k.figure(weights, size[0], size[1], k.t.get("document.b2.priority.weights.figure"));
    if (p.ranking().isEmpty()) {
      k.missing("document.b2.priority.notRanked");
      return;
    }
    k.table(
        k.t.get("document.b2.priority.ranking"),
        List.of(
            k.t.get("document.col.rank"),
            k.t.get("document.col.code"),
            k.t.get("document.col.programme"),
            k.t.get("document.col.dimension"),
            k.t.get("document.col.score"),
            k.t.get("document.col.topsis")),
        p.ranking().stream()
            .map(
                r ->
                    List.of(
                        String.valueOf(r.rank()),
                        r.code(),
                        r.name(),
                        r.dimension().displayName(locale),
                        score.format(r.score()),
                        String.valueOf(r.topsisRank())))
            .toList(),
        List.of(8, 12, 38, 18, 12, 12),
        List.of(true, false, false, false, true, true),
        false);
    List<MasterplanContent.PriorityRank> top =
        p.ranking().subList(0, Math.min(20, p.ranking().size()));
    String ranking =
        id.rancang.shared.chart.SvgCharts.bars(
            k.t.get("document.b2.priority.ranking.figure"),
            top.stream().map(r -> r.rank() + ". " + r.code() + " " + r.name()).toList(),
            top.stream().map(r -> java.math.BigDecimal.valueOf(r.score())).toList(),
            top.stream()
                .map(r -> id.rancang.shared.chart.Palette.colour(r.dimension().ordinal()))
                .toList(),
            score::format);
    size = BookKit.size(ranking);
    k.figure(ranking, size[0], size[1], k.t.get("document.b2.priority.ranking.figure"));
    if (!p.quickWins().isEmpty()) {
      k.para(k.t.get("document.b2.priority.quickWins", String.join(", ", p.quickWins())));
    }
  }

  private void quickWins() {
    k.chapter("document.b2.quickWins");
    k.para(k.t.get("document.b2.quickWins.text"));
    List<ProgrammeEntry> wins = programmes.stream().filter(ProgrammeEntry::quickWin).toList();
    if (wins.isEmpty()) {
      k.missing("document.b2.quickWins.missing");
    } else {
      k.table(
          k.t.get("document.b2.quickWins.table"),
          List.of(
              k.t.get("document.col.code"),
              k.t.get("document.col.programme"),
              k.t.get("document.col.dimension"),
              k.t.get("document.col.leadOpd"),
              k.t.get("document.col.period"),
              k.t.get("document.col.budget")),
          wins.stream()
              .map(
                  p ->
                      List.of(
                          p.code(),
                          p.name(),
                          p.dimension().displayName(locale),
                          BookKit.orDash(p.leadOpd()),
                          p.startYear() + "-" + p.endYear(),
                          k.f.rupiah(p.totalBudget())))
              .toList(),
          List.of(9, 29, 15, 16, 11, 20),
          List.of(false, false, false, false, false, true),
          false);
    }
    List<String> without =
        java.util.Arrays.stream(Dimension.values())
            .filter(d -> wins.stream().noneMatch(p -> p.dimension() == d))
            .map(d -> d.displayName(locale))
            .toList();
    if (!without.isEmpty() && !wins.isEmpty()) {
      k.missing("document.b2.quickWins.without", String.join(", ", without));
    }
  }

  private void roadmap() {
    k.chapter("document.b2.roadmap");
    k.para(k.t.get("document.b2.roadmap.text"));
    if (programmes.isEmpty()) {
      k.missing("document.b2.missing");
      return;
    }
    for (Dimension d : Dimension.values()) {
      List<ProgrammeEntry> inDimension = new ArrayList<>(inDimension(d));
      if (inDimension.isEmpty()) {
        continue;
      }
      k.section(d.displayName(locale));
      inDimension.sort(
          (a, b) ->
              a.startYear() != b.startYear()
                  ? Integer.compare(a.startYear(), b.startYear())
                  : a.code().compareToIgnoreCase(b.code()));
      for (int from = 0; from < inDimension.size(); from += GANTT_ROWS) {
        List<ProgrammeEntry> chunk =
            inDimension.subList(from, Math.min(inDimension.size(), from + GANTT_ROWS));
        String svg =
            RoadmapCharts.gantt(
                k.t.get("document.b2.roadmap.figure", d.displayName(locale)),
                c.masterplan().startYear(),
                c.masterplan().endYear(),
                d.displayName(locale),
                d.ordinal(),
                chunk.stream()
                    .map(
                        p ->
                            new RoadmapCharts.Bar(
                                p.code(), p.name(), p.startYear(), p.endYear(), p.quickWin()))
                    .toList(),
                k.t.get("document.b2.roadmap.quickWin"));
        double[] size = BookKit.size(svg);
        String caption =
            inDimension.size() > GANTT_ROWS
                ? k.t.get(
                    "document.b2.roadmap.figurePart",
                    d.displayName(locale),
                    String.valueOf(from / GANTT_ROWS + 1))
                : k.t.get("document.b2.roadmap.figure", d.displayName(locale));
        k.figure(svg, size[0], size[1], caption);
      }
    }
  }

  private void budget() {
    k.chapter("document.b2.budget");
    List<BudgetEntry> lines = programmes.stream().flatMap(p -> p.budget().stream()).toList();
    if (lines.isEmpty()) {
      k.missing("document.b2.budget.missing");
      return;
    }
    TreeSet<String> sources = new TreeSet<>();
    TreeSet<Integer> years = new TreeSet<>();
    Map<Integer, Map<String, BigDecimal>> byYear = new TreeMap<>();
    for (BudgetEntry b : lines) {
      sources.add(b.source());
      years.add(b.year());
      byYear
          .computeIfAbsent(b.year(), y -> new TreeMap<>())
          .merge(b.source(), b.amount(), BigDecimal::add);
    }
    k.section(k.t.get("document.b2.budget.perYear"));
    List<String> headers = new ArrayList<>();
    headers.add(k.t.get("document.col.year"));
    sources.forEach(s -> headers.add(sourceName(s)));
    headers.add(k.t.get("document.col.total"));
    List<List<String>> rows = new ArrayList<>();
    Map<String, BigDecimal> perSource = new TreeMap<>();
    for (int year : years) {
      List<String> row = new ArrayList<>();
      row.add(String.valueOf(year));
      BigDecimal sum = BigDecimal.ZERO;
      for (String s : sources) {
        BigDecimal v = byYear.get(year).getOrDefault(s, BigDecimal.ZERO);
        row.add(k.f.rupiah(v));
        sum = sum.add(v);
        perSource.merge(s, v, BigDecimal::add);
      }
      row.add(k.f.rupiah(sum));
      rows.add(row);
    }
    List<String> totalRow = new ArrayList<>();
    totalRow.add(k.t.get("document.col.total"));
    sources.forEach(s -> totalRow.add(k.f.rupiah(perSource.get(s))));
    totalRow.add(k.f.rupiah(total(programmes)));
    rows.add(totalRow);
    List<Integer> widths = new ArrayList<>();
    widths.add(10);
    widths.addAll(Collections.nCopies(sources.size() + 1, 90 / (sources.size() + 1)));
    k.table(
        k.t.get("document.b2.budget.perYear.table"),
        headers,
        rows,
        widths,
        new ArrayList<>(Collections.nCopies(sources.size() + 2, true)),
        sources.size() > 3);
    String perYear =
        BudgetCharts.perYearBySource(
            k.t.get("document.b2.budget.perYear.figure"),
            lines.stream()
                .map(l -> new BudgetCharts.Line(l.year(), l.source(), l.amount()))
                .toList(),
            this::sourceName,
            k.f);
    double[] size = BookKit.size(perYear);
    k.figure(perYear, size[0], size[1], k.t.get("document.b2.budget.perYear.figure"));
    k.section(k.t.get("document.b2.budget.perDimension"));
    List<List<String>> dimensionRows = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    List<BigDecimal> values = new ArrayList<>();
    for (Dimension d : Dimension.values()) {
      BigDecimal sum = total(inDimension(d));
      dimensionRows.add(
          List.of(d.displayName(locale), k.f.number(inDimension(d).size()), k.f.rupiah(sum)));
      labels.add(d.displayName(locale));
      values.add(sum);
    }
    k.table(
        k.t.get("document.b2.budget.perDimension.table"),
        List.of(
            k.t.get("document.col.dimension"),
            k.t.get("document.col.programmes"),
            k.t.get("document.col.budget")),
        dimensionRows,
        List.of(40, 20, 40),
        List.of(false, true, true),
        false);
    String perDimension =
        BudgetCharts.perLabel(
            k.t.get("document.b2.budget.perDimension.figure"), labels, values, k.f);
    size = BookKit.size(perDimension);
    k.figure(perDimension, size[0], size[1], k.t.get("document.b2.budget.perDimension.figure"));
    k.section(k.t.get("document.b2.budget.perSource"));
    BigDecimal all = total(programmes);
    k.table(
        k.t.get("document.b2.budget.perSource.table"),
        List.of(
            k.t.get("document.col.source"),
            k.t.get("document.col.budget"),
            k.t.get("document.col.share")),
        perSource.entrySet().stream()
            .map(
                e ->
                    List.of(
                        sourceName(e.getKey()),
                        k.f.rupiah(e.getValue()),
                        all.signum() == 0
                            ? "-"
                            : k.f.number(
                                    e.getValue()
                                        .multiply(BigDecimal.valueOf(100))
                                        .divide(all, 1, java.math.RoundingMode.HALF_UP))
                                + "%"))
            .toList(),
        List.of(50, 30, 20),
        List.of(false, true, true),
        false);
  }

  private void measurementPlan() {
    k.chapter("document.b2.measurement");
    k.para(k.t.get("document.b2.measurement.text"));
    if (c.indicators().isEmpty()) {
      k.missing("document.b1.indicators.missing");
      return;
    }
    Map<Long, List<String>> programmesByIndicator = new LinkedHashMap<>();
    for (ProgrammeEntry p : programmes) {
      p.indicators()
          .forEach(
              i ->
                  programmesByIndicator
                      .computeIfAbsent(i.id(), x -> new ArrayList<>())
                      .add(p.code()));
    }
    List<List<String>> rows = new ArrayList<>();
    int unserved = 0;
    for (IndicatorEntry i : c.indicators()) {
      List<String> served = programmesByIndicator.getOrDefault(i.id(), List.of());
      if (served.isEmpty()) {
        unserved++;
      }
      rows.add(
          List.of(
              BookKit.orDash(i.code()) + " " + i.name(),
              BookKit.orDash(i.unit()),
              i.baseline() == null ? "-" : k.f.number(i.baseline().value()),
              i.endTarget() == null ? "-" : k.f.number(i.endTarget()),
              i.polarity() == null ? "-" : k.t.get("document.polarity." + i.polarity()),
              BookKit.orDash(i.opd()),
              BookKit.orDash(i.dataSource()),
              served.isEmpty() ? "-" : String.join(", ", served)));
    }
    k.table(
        k.t.get("document.b2.measurement.table"),
        List.of(
            k.t.get("document.col.indicator"),
            k.t.get("document.col.unit"),
            k.t.get("document.col.baseline"),
            k.t.get("document.col.endTarget"),
            k.t.get("document.col.polarity"),
            k.t.get("document.col.opd"),
            k.t.get("document.col.source"),
            k.t.get("document.col.programmes")),
        rows,
        List.of(21, 9, 10, 9, 10, 15, 13, 13),
        List.of(false, false, true, true, false, false, false, false),
        true);
    if (unserved > 0) {
      k.missing("document.b2.measurement.unserved", String.valueOf(unserved));
    }
  }

  private List<ProgrammeEntry> inDimension(Dimension d) {
    return programmes.stream().filter(p -> p.dimension() == d).toList();
  }

  private String sourceName(String code) {
    return c.fundingSources().stream()
        .filter(s -> s.code().equals(code))
        .map(s -> s.name(locale))
        .findFirst()
        .orElse(code);
  }

  static BigDecimal total(List<ProgrammeEntry> programmes) {
    return programmes.stream()
        .map(ProgrammeEntry::totalBudget)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
