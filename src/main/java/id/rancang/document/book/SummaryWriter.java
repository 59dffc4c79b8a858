package id.rancang.document.book;

import id.rancang.document.MasterplanContent;
import id.rancang.document.MasterplanContent.BudgetEntry;
import id.rancang.document.MasterplanContent.ProgrammeEntry;
import id.rancang.shared.chart.BudgetCharts;
import id.rancang.shared.chart.Palette;
import id.rancang.shared.chart.SvgCharts;
import id.rancang.strategy.Dimension;
import id.rancang.strategy.StrategyItemKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The executive summary (ringkasan eksekutif): vision and missions, the key numbers, programmes and
 * budget per dimension, the quick wins and the budget per year. It stays short whatever the size of
 * the masterplan: tables count and sum, they never list every programme.
 */
final class SummaryWriter {

  private final BookKit k;
  private final MasterplanContent c;
  private final List<ProgrammeEntry> programmes;
  private final Locale locale;

  SummaryWriter(BookKit kit) {
    this.k = kit;
    this.c = kit.content;
    this.programmes = kit.programmes();
    this.locale = kit.locale();
  }

  void write() {
    k.chapter("document.sum.vision");
    if (c.vision() == null || c.vision().isBlank()) {
      k.missing("document.b1.vision.missing");
    } else {
      k.lead(c.vision());
    }
    List<String> missions =
        c.strategy().stream()
            .filter(i -> i.kind() == StrategyItemKind.MISSION)
            .map(i -> BookKit.orDash(i.code()) + " " + i.statement())
            .toList();
    if (missions.isEmpty()) {
      k.missing("document.b1.vision.missionsMissing");
    } else {
      k.para(k.t.get("document.sum.missions"));
      k.bullets(missions);
    }
    if (c.branding() != null
        && c.branding().tagline() != null
        && !c.branding().tagline().isBlank()) {
      k.para(k.t.get("document.sum.tagline", c.branding().tagline()));
    }

    k.chapter("document.sum.numbers");
    long goals = c.strategy().stream().filter(i -> i.kind() == StrategyItemKind.GOAL).count();
    long targets = c.strategy().stream().filter(i -> i.kind() == StrategyItemKind.TARGET).count();
    long opds =
        programmes.stream().map(ProgrammeEntry::leadOpd).filter(o -> o != null).distinct().count();
    long partners =
        programmes.stream()
            .flatMap(p -> p.partners().stream())
            .map(x -> x.name() == null ? x.role().name() : x.name())
            .distinct()
            .count();
    k.table(
        k.t.get("document.sum.numbers.table"),
        List.of(k.t.get("document.col.what"), k.t.get("document.col.value")),
        List.of(
            List.of(
                k.t.get("document.col.period"),
                c.masterplan().startYear() + "-" + c.masterplan().endYear()),
            List.of(k.t.get("document.sum.missions.count"), k.f.number(missions.size())),
            List.of(k.t.get("document.sum.goals.count"), k.f.number(goals)),
            List.of(k.t.get("document.sum.targets.count"), k.f.number(targets)),
            List.of(k.t.get("document.sum.indicators.count"), k.f.number(c.indicators().size())),
            List.of(k.t.get("document.b2.intro.programmes"), k.f.number(programmes.size())),
            List.of(
                k.t.get("document.b2.intro.quickWins"),
                k.f.number(programmes.stream().filter(ProgrammeEntry::quickWin).count())),
            List.of(k.t.get("document.sum.opds.count"), k.f.number(opds)),
            List.of(k.t.get("document.sum.partners.count"), k.f.number(partners)),
            List.of(
                k.t.get("document.b2.intro.budget"), k.f.rupiah(Buku2Writer.total(programmes)))),
        List.of(60, 40),
        List.of(false, true),
        false);

    k.chapter("document.sum.dimensions");
    if (programmes.isEmpty()) {
      k.missing("document.b2.missing");
    } else {
      List<List<String>> rows = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      List<BigDecimal> counts = new ArrayList<>();
      List<String> colours = new ArrayList<>();
      for (Dimension d : Dimension.values()) {
        List<ProgrammeEntry> ps = programmes.stream().filter(p -> p.dimension() == d).toList();
        rows.add(
            List.of(
                d.displayName(locale),
                k.f.number(ps.size()),
                k.f.number(ps.stream().filter(ProgrammeEntry::quickWin).count()),
                k.f.rupiah(Buku2Writer.total(ps))));
        labels.add(d.displayName(locale));
        counts.add(BigDecimal.valueOf(ps.size()));
        colours.add(Palette.colour(d.ordinal()));
      }
      k.table(
          k.t.get("document.sum.dimensions.table"),
          List.of(
              k.t.get("document.col.dimension"),
              k.t.get("document.col.programmes"),
              k.t.get("document.col.quickWins"),
              k.t.get("document.col.budget")),
          rows,
          List.of(34, 18, 18, 30),
          List.of(false, true, true, true),
          false);
      String svg =
          SvgCharts.bars(
              k.t.get("document.sum.dimensions.figure"), labels, counts, colours, k.f::number);
      double[] size = BookKit.size(svg);
      k.figure(svg, size[0], size[1], k.t.get("document.sum.dimensions.figure"));
    }

    k.chapter("document.b2.quickWins");
    List<ProgrammeEntry> wins = programmes.stream().filter(ProgrammeEntry::quickWin).toList();
    if (wins.isEmpty()) {
      k.missing("document.b2.quickWins.missing");
    } else {
      k.table(
          k.t.get("document.b2.quickWins.table"),
          List.of(
              k.t.get("document.col.programme"),
              k.t.get("document.col.dimension"),
              k.t.get("document.col.leadOpd"),
              k.t.get("document.col.budget")),
          wins.stream()
              .limit(12)
              .map(
                  p ->
                      List.of(
                          p.code() + " " + p.name(),
                          p.dimension().displayName(locale),
                          BookKit.orDash(p.leadOpd()),
                          k.f.rupiah(p.totalBudget())))
              .toList(),
          List.of(38, 17, 20, 25),
          List.of(false, false, false, true),
          false);
      if (wins.size() > 12) {
        k.para(k.t.get("document.sum.quickWins.more", String.valueOf(wins.size() - 12)));
      }
    }

    k.chapter("document.b2.budget");
    Map<Integer, Map<String, BigDecimal>> byYear = new TreeMap<>();
    List<String> sources = new ArrayList<>();
    for (ProgrammeEntry p : programmes) {
      for (BudgetEntry b : p.budget()) {
        byYear
            .computeIfAbsent(b.year(), y -> new TreeMap<>())
            .merge(b.source(), b.amount(), BigDecimal::add);
        if (!sources.contains(b.source())) {
          sources.add(b.source());
        }
      }
    }
    if (byYear.isEmpty()) {
      k.missing("document.b2.budget.missing");
      return;
    }
    String svg =
        BudgetCharts.perYearBySource(
            k.t.get("document.b2.budget.perYear.figure"),
            programmes.stream()
                .flatMap(p -> p.budget().stream())
                .map(l -> new BudgetCharts.Line(l.year(), l.source(), l.amount()))
                .toList(),
            code ->
                c.fundingSources().stream()
                    .filter(x -> x.code().equals(code))
                    .map(x -> x.name(locale))
                    .findFirst()
                    .orElse(code),
            k.f);
    double[] size = BookKit.size(svg);
    k.figure(svg, size[0], size[1], k.t.get("document.b2.budget.perYear.figure"));
  }
}
