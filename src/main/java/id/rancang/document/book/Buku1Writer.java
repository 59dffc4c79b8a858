package id.rancang.document.book;

import id.rancang.document.MasterplanContent;
import id.rancang.document.MasterplanContent.GapEntry;
import id.rancang.document.MasterplanContent.IndicatorEntry;
import id.rancang.document.MasterplanContent.ProfileEntry;
import id.rancang.document.MasterplanContent.RpjmdEntry;
import id.rancang.document.MasterplanContent.StrategyEntry;
import id.rancang.document.MasterplanContent.SwotEntry;
import id.rancang.shared.chart.Palette;
import id.rancang.shared.chart.SvgCharts;
import id.rancang.strategy.Dimension;
import id.rancang.strategy.Pillar;
import id.rancang.strategy.StrategyItemKind;
import id.rancang.strategy.SwotKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Buku 1: the strategy, from the regional profile to the indicator matrix and the branding. */
final class Buku1Writer {

  private final BookKit k;
  private final MasterplanContent c;

  Buku1Writer(BookKit kit) {
    this.k = kit;
    this.c = kit.content;
  }

  void write() {
    introduction();
    profile();
    readiness();
    vision();
    goalsAndTargets();
    indicatorMatrix();
    alignment();
    branding();
  }

  private void introduction() {
    k.chapter("document.b1.intro");
    k.section(k.t.get("document.b1.intro.background"));
    k.para(
        k.t.get(
            "document.b1.intro.background.text",
            c.region().name(),
            String.valueOf(c.masterplan().startYear()),
            String.valueOf(c.masterplan().endYear())));
    k.section(k.t.get("document.b1.intro.purpose"));
    k.para(k.t.get("document.b1.intro.purpose.text", c.region().name()));
    k.section(k.t.get("document.b1.intro.outline"));
    k.bullets(
        List.of(
            k.t.get("document.b1.profile"),
            k.t.get("document.b1.readiness"),
            k.t.get("document.b1.vision"),
            k.t.get("document.b1.goals"),
            k.t.get("document.b1.indicators"),
            k.t.get("document.b1.alignment"),
            k.t.get("document.b1.branding")));
  }

  private void profile() {
    k.chapter("document.b1.profile");
    var r = c.region();
    k.section(k.t.get("document.b1.profile.general"));
    k.facts(
        List.of(
            k.fact("document.b1.profile.region", r.name()),
            k.fact(
                "document.b1.profile.type",
                r.type() == null ? null : k.t.get("region.type." + r.type())),
            k.fact("document.b1.profile.province", r.province()),
            k.fact("document.b1.profile.capital", r.capital()),
            k.fact(
                "document.b1.profile.area",
                r.areaKm2() == null ? null : k.f.number(r.areaKm2()) + " km\u00b2"),
            k.fact(
                "document.b1.profile.population",
                r.population() == null
                    ? null
                    : k.f.number(r.population())
                        + (r.populationYear() == null ? "" : " (" + r.populationYear() + ")"))));
    k.section(k.t.get("document.b1.profile.data"));
    if (c.profile().isEmpty()) {
      k.missing("document.b1.profile.missing");
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (ProfileEntry p : c.profile()) {
      rows.add(
          List.of(
              p.name(),
              k.f.number(p.value()),
              BookKit.orDash(p.unit()),
              String.valueOf(p.year()),
              BookKit.orDash(p.source())));
    }
    k.table(
        k.t.get("document.b1.profile.table"),
        List.of(
            k.t.get("document.col.statistic"),
            k.t.get("document.col.value"),
            k.t.get("document.col.unit"),
            k.t.get("document.col.year"),
            k.t.get("document.col.source")),
        rows,
        List.of(32, 16, 14, 10, 28),
        List.of(false, true, false, true, false),
        false);
    for (ProfileEntry p : c.profile()) {
      if (p.breakdown().size() < 2) {
        continue;
      }
      String svg =
          SvgCharts.bars(
              p.name(),
              BookKit.each(p.breakdown(), MasterplanContent.Share::label),
              p.breakdown().stream().map(MasterplanContent.Share::value).toList(),
              List.of(Palette.colour(0)),
              v -> k.f.number(v));
      double[] size = BookKit.size(svg);
      k.figure(
          svg,
          size[0],
          size[1],
          k.t.get("document.b1.profile.figure", p.name(), String.valueOf(p.year())));
    }
  }

  private void readiness() {
    k.chapter("document.b1.readiness");
    k.para(k.t.get("document.b1.readiness.text"));
    if (c.swot().isEmpty() && c.gaps().isEmpty()) {
      k.missing("document.b1.readiness.missing");
      return;
    }
    Map<Dimension, List<SwotEntry>> byDimension = new HashMap<>();
    c.swot()
        .forEach(s -> byDimension.computeIfAbsent(s.dimension(), d -> new ArrayList<>()).add(s));
    List<List<String>> counts = new ArrayList<>();
    for (Dimension d : Dimension.values()) {
      List<String> row = new ArrayList<>();
      row.add(d.displayName(locale()));
      for (SwotKind kind : SwotKind.values()) {
        row.add(
            String.valueOf(
                byDimension.getOrDefault(d, List.of()).stream()
                    .filter(s -> s.kind() == kind)
                    .count()));
      }
      counts.add(row);
    }
    List<String> countHeaders = withKinds(k.t.get("document.col.dimension"));
    k.table(
        k.t.get("document.b1.readiness.counts"),
        countHeaders,
        counts,
        List.of(36, 16, 16, 16, 16),
        List.of(false, true, true, true, true),
        false);
    for (Dimension d : Dimension.values()) {
      k.section(d.displayName(locale()));
      List<SwotEntry> items = byDimension.getOrDefault(d, List.of());
      List<GapEntry> gaps = c.gaps().stream().filter(g -> g.dimension() == d).toList();
      if (items.isEmpty() && gaps.isEmpty()) {
        k.missing("document.b1.readiness.dimensionMissing", d.displayName(locale()));
        continue;
      }
      List<List<String>> rows = new ArrayList<>();
      for (Pillar pillar : Pillar.values()) {
        List<String> row = new ArrayList<>();
        row.add(k.t.get("strategy.pillar." + pillar));
        for (SwotKind kind : SwotKind.values()) {
          row.add(
              items.stream()
                  .filter(s -> s.pillar() == pillar && s.kind() == kind)
                  .map(s -> "\u2022 " + s.statement())
                  .collect(Collectors.joining("\n")));
        }
        rows.add(row);
      }
      k.table(
          k.t.get("document.b1.readiness.swot", d.displayName(locale())),
          withKinds(k.t.get("document.col.pillar")),
          rows,
          List.of(16, 21, 21, 21, 21),
          BookKit.text(5),
          false);
      if (!gaps.isEmpty()) {
        List<List<String>> gapRows = new ArrayList<>();
        for (GapEntry g : gaps) {
          gapRows.add(
              List.of(
                  k.t.get("strategy.pillar." + g.pillar()),
                  BookKit.orDash(g.currentState()),
                  BookKit.orDash(g.desiredState())));
        }
        k.table(
            k.t.get("document.b1.readiness.gaps", d.displayName(locale())),
            List.of(
                k.t.get("document.col.pillar"),
                k.t.get("document.col.current"),
                k.t.get("document.col.desired")),
            gapRows,
            List.of(18, 41, 41),
            BookKit.text(3),
            false);
      }
    }
  }

  private List<String> withKinds(String first) {
    List<String> headers = new ArrayList<>();
    headers.add(first);
    for (SwotKind kind : SwotKind.values()) {
      headers.add(k.t.get("strategy.swot." + kind));
    }
    return headers;
  }

  private java.util.Locale locale() {
    return k.locale();
  }

  private void vision() {
    k.chapter("document.b1.vision");
    k.section(k.t.get("document.b1.vision.vision"));
    if (c.vision() == null || c.vision().isBlank()) {
      k.missing("document.b1.vision.missing");
    } else {
      k.lead(c.vision());
      k.para(c.visionExplanation());
    }
    k.section(k.t.get("document.b1.vision.missions"));
    List<StrategyEntry> missions = of(StrategyItemKind.MISSION);
    if (missions.isEmpty()) {
      k.missing("document.b1.vision.missionsMissing");
    } else {
      k.bullets(BookKit.each(missions, m -> labelled(m)));
    }
  }

  private void goalsAndTargets() {
    k.chapter("document.b1.goals");
    List<StrategyEntry> missions = of(StrategyItemKind.MISSION);
    if (missions.isEmpty()) {
      k.missing("document.b1.goals.missing");
      return;
    }
    for (StrategyEntry mission : missions) {
      k.section(labelled(mission));
      List<StrategyEntry> goals = children(mission);
      if (goals.isEmpty()) {
        k.missing("document.b1.goals.noGoal");
        continue;
      }
      List<List<String>> rows = new ArrayList<>();
      for (StrategyEntry goal : goals) {
        rows.add(
            List.of(
                BookKit.orDash(goal.code()),
                goal.statement(),
                k.t.get("document.kind.GOAL"),
                focus(goal)));
        List<StrategyEntry> targets = children(goal);
        if (targets.isEmpty()) {
          rows.add(List.of("", k.t.get("document.b1.goals.noTarget"), "", ""));
        }
        for (StrategyEntry target : targets) {
          rows.add(
              List.of(
                  BookKit.orDash(target.code()),
                  "\u2003" + target.statement(),
                  k.t.get("document.kind.TARGET"),
                  focus(target)));
        }
      }
      k.table(
          k.t.get("document.b1.goals.table", mission.label()),
          List.of(
              k.t.get("document.col.code"),
              k.t.get("document.col.statement"),
              k.t.get("document.col.level"),
              k.t.get("document.col.dimension")),
          rows,
          List.of(10, 54, 12, 24),
          BookKit.text(4),
          false);
    }
  }

  private String focus(StrategyEntry item) {
    List<String> parts = new ArrayList<>();
    item.dimensions().forEach(d -> parts.add(d.displayName(locale())));
    item.elements().forEach(e -> parts.add(e.displayName(locale())));
    return parts.isEmpty() ? "-" : String.join(", ", parts);
  }

  private void indicatorMatrix() {
    k.chapter("document.b1.indicators");
    k.para(k.t.get("document.b1.indicators.text"));
    if (c.indicators().isEmpty()) {
      k.missing("document.b1.indicators.missing");
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (IndicatorEntry i : c.indicators()) {
      rows.add(
          List.of(
              BookKit.orDash(i.code()),
              i.name(),
              BookKit.orDash(i.unit()),
              i.polarity() == null ? "-" : k.t.get("document.polarity." + i.polarity()),
              i.baseline() == null
                  ? k.t.get("document.missing.short")
                  : k.f.number(i.baseline().value()) + " (" + i.baseline().year() + ")",
              i.endTarget() == null ? k.t.get("document.missing.short") : k.f.number(i.endTarget()),
              BookKit.orDash(i.opd())));
    }
    k.table(
        k.t.get("document.b1.indicators.table"),
        List.of(
            k.t.get("document.col.code"),
            k.t.get("document.col.indicator"),
            k.t.get("document.col.unit"),
            k.t.get("document.col.polarity"),
            k.t.get("document.col.baseline"),
            k.t.get("document.col.endTarget"),
            k.t.get("document.col.opd")),
        rows,
        List.of(9, 30, 10, 9, 12, 11, 19),
        List.of(false, false, false, false, true, true, false),
        true);
    int from = c.masterplan().startYear();
    int to = c.masterplan().endYear();
    List<String> headers = new ArrayList<>();
    headers.add(k.t.get("document.col.code"));
    for (int y = from; y <= to; y++) {
      headers.add(String.valueOf(y));
    }
    List<List<String>> targets = new ArrayList<>();
    for (IndicatorEntry i : c.indicators()) {
      List<String> row = new ArrayList<>();
      row.add(BookKit.orDash(i.code()) + " " + i.name());
      for (int y = from; y <= to; y++) {
        var v = i.target(y);
        row.add(v == null ? "-" : k.f.number(v));
      }
      targets.add(row);
    }
    List<Integer> widths = new ArrayList<>();
    widths.add(22);
    widths.addAll(Collections.nCopies(to - from + 1, Math.max(4, 78 / (to - from + 1))));
    List<Boolean> numeric = new ArrayList<>();
    numeric.add(false);
    numeric.addAll(Collections.nCopies(to - from + 1, true));
    k.table(k.t.get("document.b1.indicators.targets"), headers, targets, widths, numeric, true);
  }

  private void alignment() {
    k.chapter("document.b1.alignment");
    var rpjmd = c.rpjmd();
    if (rpjmd == null) {
      k.missing("document.b1.alignment.missing");
      return;
    }
    k.facts(
        List.of(
            k.fact("document.b1.alignment.period", rpjmd.startYear() + "-" + rpjmd.endYear()),
            k.fact("document.b1.alignment.regulation", rpjmd.regulation()),
            k.fact("document.b1.alignment.vision", rpjmd.vision())));
    Map<String, RpjmdEntry> byCode = new HashMap<>();
    rpjmd.items().forEach(i -> byCode.put(i.code(), i));
    List<List<String>> rows = new ArrayList<>();
    int unaligned = 0;
    for (StrategyEntry item : c.strategy()) {
      String served =
          item.rpjmdCodes().stream()
              .map(
                  code ->
                      byCode.containsKey(code) ? code + " " + byCode.get(code).statement() : code)
              .collect(Collectors.joining("\n"));
      if (served.isEmpty()) {
        unaligned++;
      }
      rows.add(
          List.of(
              BookKit.orDash(item.code()),
              item.statement(),
              served.isEmpty() ? k.t.get("document.b1.alignment.none") : served));
    }
    if (rows.isEmpty()) {
      k.missing("document.b1.goals.missing");
      return;
    }
    k.table(
        k.t.get("document.b1.alignment.table"),
        List.of(
            k.t.get("document.col.code"),
            k.t.get("document.col.smartCity"),
            k.t.get("document.col.rpjmd")),
        rows,
        List.of(10, 45, 45),
        BookKit.text(3),
        false);
    if (unaligned > 0) {
      k.missing("document.b1.alignment.unaligned", String.valueOf(unaligned));
    }
  }

  private void branding() {
    k.chapter("document.b1.branding");
    var b = c.branding();
    if (b == null || (blank(b.tagline()) && blank(b.positioning()) && blank(b.identityNotes()))) {
      k.missing("document.b1.branding.missing");
      return;
    }
    if (!blank(b.tagline())) {
      k.section(k.t.get("document.b1.branding.tagline"));
      k.lead(b.tagline());
    }
    if (!blank(b.positioning())) {
      k.section(k.t.get("document.b1.branding.positioning"));
      k.para(b.positioning());
    }
    if (!blank(b.identityNotes())) {
      k.section(k.t.get("document.b1.branding.identity"));
      k.para(b.identityNotes());
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private List<StrategyEntry> of(StrategyItemKind kind) {
    return c.strategy().stream().filter(i -> i.kind() == kind).toList();
  }

  private List<StrategyEntry> children(StrategyEntry parent) {
    return c.strategy().stream()
        .filter(i -> i.parentId() != null && i.parentId() == parent.id())
        .toList();
  }

  private static String labelled(StrategyEntry item) {
    return item.code() == null || item.code().isBlank()
        ? item.statement()
        : item.code() + " " + item.statement();
  }
}
