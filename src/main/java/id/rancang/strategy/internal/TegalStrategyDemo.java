package id.rancang.strategy.internal;

import id.rancang.region.DemoRegionLoaded;
import id.rancang.region.Opd;
import id.rancang.region.OpdDirectory;
import id.rancang.strategy.Branding;
import id.rancang.strategy.BrandingCommand;
import id.rancang.strategy.Dimension;
import id.rancang.strategy.Element;
import id.rancang.strategy.IndicatorCommand;
import id.rancang.strategy.IndicatorLevel;
import id.rancang.strategy.IndicatorRegister;
import id.rancang.strategy.Pillar;
import id.rancang.strategy.Polarity;
import id.rancang.strategy.ProfileStatCommand;
import id.rancang.strategy.ProfileStatistics;
import id.rancang.strategy.ReadinessAnalysis;
import id.rancang.strategy.RpjmdCommand;
import id.rancang.strategy.RpjmdItemCommand;
import id.rancang.strategy.RpjmdItemKind;
import id.rancang.strategy.RpjmdPlan;
import id.rancang.strategy.StrategyItemCommand;
import id.rancang.strategy.StrategyItemKind;
import id.rancang.strategy.StrategyTree;
import id.rancang.strategy.SwotItemCommand;
import id.rancang.strategy.SwotKind;
import id.rancang.strategy.rules.YearValue;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Buku 1 content for the Kabupaten Tegal demo: a few profile figures, readiness items, an RPJMD
 * excerpt and a small strategy tree with indicators. Texts marked "contoh" are illustrations for
 * the demo, not the region's official documents.
 */
@Component
class TegalStrategyDemo {

  private static final String EXAMPLE = "Contoh demo, bukan data resmi";

  private final ProfileStatistics profile;
  private final ReadinessAnalysis readiness;
  private final StrategyTree tree;
  private final IndicatorRegister indicators;
  private final OpdDirectory opds;
  private final RpjmdPlan rpjmd;
  private final Branding branding;

  TegalStrategyDemo(
      ProfileStatistics profile,
      ReadinessAnalysis readiness,
      StrategyTree tree,
      IndicatorRegister indicators,
      OpdDirectory opds,
      RpjmdPlan rpjmd,
      Branding branding) {
    this.profile = profile;
    this.readiness = readiness;
    this.tree = tree;
    this.indicators = indicators;
    this.opds = opds;
    this.rpjmd = rpjmd;
    this.branding = branding;
  }

  @EventListener
  void on(DemoRegionLoaded demo) {
    long region = demo.regionId();
    long plan = demo.masterplanId();
    profile.create(
        region,
        plan,
        new ProfileStatCommand(
            "Jumlah penduduk", new BigDecimal("1623595"), "jiwa", 2022, "BPS 2022", List.of()));
    profile.create(
        region,
        plan,
        new ProfileStatCommand(
            "Luas wilayah", new BigDecimal("878.79"), "km2", 2022, "BPS 2022", List.of()));
    profile.create(
        region,
        plan,
        new ProfileStatCommand(
            "Rumah tangga dengan akses internet",
            new BigDecimal("72.5"),
            "persen",
            2023,
            EXAMPLE,
            List.of()));

    readiness.addItem(
        region,
        plan,
        new SwotItemCommand(
            Dimension.GOVERNANCE,
            Pillar.STRUKTUR,
            SwotKind.STRENGTH,
            "Diskominfo memiliki tim pengembang aplikasi sendiri (contoh)"));
    readiness.addItem(
        region,
        plan,
        new SwotItemCommand(
            Dimension.GOVERNANCE,
            Pillar.INFRASTRUKTUR,
            SwotKind.WEAKNESS,
            "Jaringan fiber optik belum menjangkau semua kecamatan (contoh)"));
    readiness.addItem(
        region,
        plan,
        new SwotItemCommand(
            Dimension.ECONOMY,
            Pillar.STRUKTUR,
            SwotKind.OPPORTUNITY,
            "UMKM makanan olahan dan logam siap masuk pasar daring (contoh)"));

    rpjmd.save(
        region,
        plan,
        new RpjmdCommand(
            2025, 2029, "Kabupaten Tegal yang maju, sejahtera dan berbudaya (contoh)", null),
        null);
    long rpjmdMission =
        rpjmdItem(
            region,
            plan,
            RpjmdItemKind.MISSION,
            null,
            "M2",
            "Mewujudkan tata kelola pemerintahan yang bersih dan melayani (contoh)");
    long rpjmdGoal =
        rpjmdItem(
            region,
            plan,
            RpjmdItemKind.GOAL,
            rpjmdMission,
            "T2.1",
            "Meningkatnya kualitas pelayanan publik (contoh)");
    long rpjmdTarget =
        rpjmdItem(
            region,
            plan,
            RpjmdItemKind.TARGET,
            rpjmdGoal,
            "S2.1.1",
            "Meningkatnya kepuasan masyarakat terhadap layanan publik (contoh)");
    branding.save(
        region,
        plan,
        new BrandingCommand(
            "Tegal Ngangeni (contoh)",
            "Kabupaten pesisir dan pegunungan dengan pelayanan digital yang ramah (contoh)",
            null),
        null);

    tree.saveVision(
        region,
        plan,
        "Tegal cerdas: pemerintahan yang melayani, ekonomi yang tumbuh, warga yang berdaya"
            + " (contoh)",
        "Visi contoh untuk demo Rancang.",
        null);
    long mission =
        item(
            region,
            plan,
            StrategyItemKind.MISSION,
            null,
            "M1",
            "Mewujudkan pemerintahan digital yang melayani (contoh)",
            List.of(),
            List.of(),
            List.of(rpjmdMission));
    long goal =
        item(
            region,
            plan,
            StrategyItemKind.GOAL,
            mission,
            "T1.1",
            "Meningkatkan kualitas pelayanan publik berbasis elektronik (contoh)",
            List.of(Dimension.GOVERNANCE),
            List.of(Element.PUBLIC_SERVICE),
            List.of(rpjmdGoal));
    long target =
        item(
            region,
            plan,
            StrategyItemKind.TARGET,
            goal,
            "S1.1.1",
            "Meningkatnya layanan perizinan dan kesehatan yang dapat diakses daring (contoh)",
            List.of(Dimension.GOVERNANCE, Dimension.LIVING),
            List.of(Element.PUBLIC_SERVICE, Element.HEALTH),
            List.of(rpjmdTarget));
    long economyMission =
        item(
            region,
            plan,
            StrategyItemKind.MISSION,
            null,
            "M2",
            "Menumbuhkan ekonomi digital daerah (contoh)",
            List.of(),
            List.of(),
            List.of());
    item(
        region,
        plan,
        StrategyItemKind.GOAL,
        economyMission,
        "T2.1",
        "Meningkatkan daya saing UMKM melalui transaksi digital (contoh)",
        List.of(Dimension.ECONOMY),
        List.of(Element.FINANCIAL_TRANSACTIONS),
        List.of());

    indicator(
        region,
        plan,
        target,
        "IKU-01",
        "Indeks SPBE",
        "indeks",
        opd(region, "Diskominfo"),
        "2.5",
        "4.0",
        "KemenPAN-RB");
    indicator(
        region,
        plan,
        target,
        "IKU-02",
        "Persentase izin usaha yang diajukan daring",
        "persen",
        opd(region, "DPMPTSP"),
        "45",
        "95",
        "DPMPTSP");
    indicator(
        region,
        plan,
        target,
        "IKU-03",
        "Persentase fasilitas kesehatan dengan rekam medis elektronik",
        "persen",
        opd(region, "Dinkes"),
        "30",
        "100",
        "Dinkes");
  }

  private long rpjmdItem(
      long region, long plan, RpjmdItemKind kind, Long parent, String code, String statement) {
    return rpjmd.addItem(region, plan, new RpjmdItemCommand(kind, parent, code, statement)).id();
  }

  private long item(
      long region,
      long plan,
      StrategyItemKind kind,
      Long parent,
      String code,
      String statement,
      List<Dimension> dimensions,
      List<Element> elements,
      List<Long> rpjmd) {
    return tree.addItem(
            region,
            plan,
            new StrategyItemCommand(
                kind, parent, code, statement, dimensions, elements, rpjmd, null))
        .id();
  }

  private void indicator(
      long region,
      long plan,
      long target,
      String code,
      String name,
      String unit,
      long opd,
      String baseline,
      String end,
      String source) {
    YearValue base = new YearValue(2023, new BigDecimal(baseline));
    List<YearValue> targets = indicators.suggestTrajectory(region, plan, base, new BigDecimal(end));
    indicators.create(
        region,
        plan,
        new IndicatorCommand(
            target,
            code,
            name,
            unit,
            null,
            null,
            source,
            opd,
            null,
            IndicatorLevel.OUTCOME,
            true,
            Polarity.POSITIVE,
            base,
            targets,
            new BigDecimal(end),
            EXAMPLE,
            null));
  }

  private long opd(long region, String abbreviation) {
    return opds.all(region).stream()
        .filter(o -> o.abbreviation().equals(abbreviation))
        .map(Opd::id)
        .findFirst()
        .orElseThrow();
  }
}
