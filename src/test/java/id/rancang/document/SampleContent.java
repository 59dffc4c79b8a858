package id.rancang.document;

import id.rancang.document.MasterplanContent.ActionEntry;
import id.rancang.document.MasterplanContent.BrandingInfo;
import id.rancang.document.MasterplanContent.BudgetEntry;
import id.rancang.document.MasterplanContent.FundingSourceInfo;
import id.rancang.document.MasterplanContent.GapEntry;
import id.rancang.document.MasterplanContent.IndicatorEntry;
import id.rancang.document.MasterplanContent.LinkEntry;
import id.rancang.document.MasterplanContent.PartnerEntry;
import id.rancang.document.MasterplanContent.PlanInfo;
import id.rancang.document.MasterplanContent.ProfileEntry;
import id.rancang.document.MasterplanContent.ProgrammeEntry;
import id.rancang.document.MasterplanContent.RegionInfo;
import id.rancang.document.MasterplanContent.RiskEntry;
import id.rancang.document.MasterplanContent.RpjmdEntry;
import id.rancang.document.MasterplanContent.RpjmdInfo;
import id.rancang.document.MasterplanContent.Share;
import id.rancang.document.MasterplanContent.StrategyEntry;
import id.rancang.document.MasterplanContent.SwotEntry;
import id.rancang.document.MasterplanContent.YearAmount;
import id.rancang.programme.ActionCategory;
import id.rancang.programme.ActionStatus;
import id.rancang.programme.Horizon;
import id.rancang.programme.ProgrammeStatus;
import id.rancang.region.PentahelixRole;
import id.rancang.strategy.Dimension;
import id.rancang.strategy.Element;
import id.rancang.strategy.IndicatorLevel;
import id.rancang.strategy.Pillar;
import id.rancang.strategy.Polarity;
import id.rancang.strategy.RpjmdItemKind;
import id.rancang.strategy.StrategyItemKind;
import id.rancang.strategy.SwotKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Masterplan contents built in memory for the book tests and the benchmark: a complete strategy and
 * any number of programmes with four actions each, the same for the same size.
 */
public final class SampleContent {

  private SampleContent() {}

  /** A masterplan with nothing but its shell: every chapter has to say what is missing. */
  public static MasterplanContent empty() {
    return new MasterplanContent(
        MasterplanContent.SCHEMA,
        new RegionInfo(
            "33.28", "Kabupaten Contoh", "KABUPATEN", null, null, null, null, null, null),
        new PlanInfo(1, "Masterplan Kosong", 2025, 2034, "DRAFT", null, null),
        null,
        null,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null,
        null,
        List.of(),
        List.of(),
        null);
  }

  /** A full masterplan with {@code programmes} programmes, each with four actions. */
  public static MasterplanContent withProgrammes(int programmes) {
    Random random = new Random(programmes);
    List<StrategyEntry> strategy = new ArrayList<>();
    List<IndicatorEntry> indicators = new ArrayList<>();
    long id = 1;
    for (int m = 1; m <= 3; m++) {
      long missionId = id++;
      strategy.add(
          new StrategyEntry(
              missionId,
              StrategyItemKind.MISSION,
              null,
              "M" + m,
              "Misi ke-" + m + " yang cerdas",
              List.of(),
              List.of(),
              List.of("RM" + m)));
      for (int g = 1; g <= 2; g++) {
        long goalId = id++;
        Dimension d = Dimension.values()[(m * 2 + g) % 6];
        strategy.add(
            new StrategyEntry(
                goalId,
                StrategyItemKind.GOAL,
                missionId,
                "T" + m + "." + g,
                "Tujuan " + m + "." + g + " untuk " + d.nameId(),
                List.of(d),
                List.of(),
                List.of()));
        for (int s = 1; s <= 2; s++) {
          long targetId = id++;
          strategy.add(
              new StrategyEntry(
                  targetId,
                  StrategyItemKind.TARGET,
                  goalId,
                  "S" + m + "." + g + "." + s,
                  "Sasaran " + m + "." + g + "." + s,
                  List.of(d),
                  List.of(d.elements().get(s)),
                  List.of()));
          List<YearAmount> targets = new ArrayList<>();
          for (int y = 2025; y <= 2034; y++) {
            targets.add(new YearAmount(y, BigDecimal.valueOf(50 + (y - 2025) * 5L)));
          }
          indicators.add(
              new IndicatorEntry(
                  id++,
                  targetId,
                  StrategyItemKind.TARGET,
                  "IK" + m + g + s,
                  "Persentase layanan digital " + m + g + s,
                  "%",
                  "Definisi",
                  null,
                  "BPS",
                  "Dinas Komunikasi dan Informatika",
                  null,
                  IndicatorLevel.OUTCOME,
                  s == 1,
                  Polarity.POSITIVE,
                  new YearAmount(2024, new BigDecimal("45.5")),
                  targets,
                  new BigDecimal("95")));
        }
      }
    }
    List<ProgrammeEntry> list = new ArrayList<>();
    for (int n = 1; n <= programmes; n++) {
      Dimension d = Dimension.values()[n % 6];
      Element e = d.elements().get(n % 3);
      int start = 2025 + random.nextInt(6);
      int end = Math.min(2034, start + random.nextInt(5));
      boolean quickWin = n <= 6;
      List<BudgetEntry> budget = new ArrayList<>();
      for (int y = start; y <= end; y++) {
        budget.add(
            new BudgetEntry(
                y, "APBD", BigDecimal.valueOf(250_000_000L + random.nextInt(1000) * 1_000_000L)));
        if (y % 2 == 0) {
          budget.add(new BudgetEntry(y, "CSR", BigDecimal.valueOf(100_000_000L)));
        }
      }
      List<ActionEntry> actions = new ArrayList<>();
      for (int a = 0; a < 4; a++) {
        actions.add(
            new ActionEntry(
                ActionCategory.values()[a % 3],
                "Aksi " + a + " program " + n,
                start,
                a == 0 ? null : a,
                "Dinas Komunikasi dan Informatika",
                "Laporan dan aplikasi",
                BigDecimal.valueOf(50_000_000L),
                ActionStatus.PLANNED,
                a * 20));
      }
      list.add(
          new ProgrammeEntry(
              1000 + n,
              String.format("P%03d", n),
              "Program inovasi nomor " + n + " " + e.nameId(),
              d,
              e,
              "Permasalahan layanan " + n,
              "Deskripsi program " + n + " yang panjang. ".repeat(4),
              "Masyarakat terlayani lebih cepat",
              "Kertas berkurang",
              quickWin ? Horizon.QUICK_WIN : Horizon.MEDIUM,
              quickWin ? 2025 : start,
              quickWin ? 2025 : end,
              "Dinas Komunikasi dan Informatika",
              quickWin,
              "2.16.01",
              null,
              null,
              n % 50 == 0 ? ProgrammeStatus.CANCELLED : ProgrammeStatus.PLANNED,
              List.of(
                  new PartnerEntry("Universitas Pancasakti", PentahelixRole.ACADEMIA, "Kajian"),
                  new PartnerEntry("PT Telkom", PentahelixRole.BUSINESS, "Jaringan")),
              List.of(new LinkEntry(3, "S1.1.1", "Sasaran 1.1.1", "Langsung")),
              List.of(new LinkEntry(4, "IK111", "Persentase layanan digital 111", null)),
              budget,
              n > 1 ? List.of(String.format("P%03d", n - 1)) : List.of(),
              List.of(new RiskEntry("Anggaran terlambat", 3, 4, "Jadwal ulang")),
              actions));
    }
    List<SwotEntry> swot = new ArrayList<>();
    List<GapEntry> gaps = new ArrayList<>();
    for (Dimension d : Dimension.values()) {
      for (Pillar p : Pillar.values()) {
        for (SwotKind k : SwotKind.values()) {
          swot.add(new SwotEntry(d, p, k, k.name().toLowerCase() + " " + d.nameId() + " " + p));
        }
        gaps.add(new GapEntry(d, p, "Belum terpadu", "Terpadu"));
      }
    }
    return new MasterplanContent(
        MasterplanContent.SCHEMA,
        new RegionInfo(
            "33.28",
            "Kabupaten Tegal",
            "KABUPATEN",
            "Jawa Tengah",
            "Slawi",
            new BigDecimal("878.79"),
            1_614_028L,
            2023,
            "BPS"),
        new PlanInfo(
            7,
            "Masterplan Smart City Kabupaten Tegal 2025-2034",
            2025,
            2034,
            "ADOPTED",
            "Perbup 20/2024",
            LocalDate.of(2024, 7, 31)),
        "Tegal yang cerdas, sejahtera dan berkelanjutan",
        "Penjelasan visi.",
        strategy,
        indicators,
        List.of(
            new ProfileEntry(
                "Jumlah penduduk",
                new BigDecimal("1614028"),
                "jiwa",
                2023,
                "BPS",
                List.of(
                    new Share("Slawi", new BigDecimal("80000")),
                    new Share("Adiwerna", new BigDecimal("125000")),
                    new Share("Talang", new BigDecimal("98000")))),
            new ProfileEntry("IPM", new BigDecimal("69.53"), null, 2023, "BPS", List.of())),
        swot,
        gaps,
        new RpjmdInfo(
            2024,
            2029,
            "Visi RPJMD",
            "Perda 5/2024",
            List.of(new RpjmdEntry(900, RpjmdItemKind.MISSION, null, "RM1", "Misi RPJMD 1"))),
        new BrandingInfo("Tegal Smart Regency", "Positioning", "Identitas"),
        List.of(
            new FundingSourceInfo("APBD", "APBD Kabupaten", "Regency budget (APBD)"),
            new FundingSourceInfo("CSR", "CSR", "CSR")),
        list,
        new MasterplanContent.PriorityInfo(
            "Prioritas program 2026",
            "AIJ",
            "saaty-1980",
            12,
            List.of(
                new MasterplanContent.PriorityCriterion("SOSIAL", "Dampak sosial", null, 0.4),
                new MasterplanContent.PriorityCriterion("BIAYA", "Biaya", null, 0.6)),
            List.of(
                new MasterplanContent.PriorityRank(
                    1, "MPP-01", "Mal pelayanan publik", Dimension.GOVERNANCE, 0.8125, 1)),
            List.of("MPP-01")));
  }
}
