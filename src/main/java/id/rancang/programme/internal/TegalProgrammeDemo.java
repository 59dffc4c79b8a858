package id.rancang.programme.internal;

import static id.rancang.programme.ActionCategory.APPLICATION_LITERACY;
import static id.rancang.programme.ActionCategory.INFRASTRUCTURE;
import static id.rancang.programme.ActionCategory.POLICY_INSTITUTION;
import static id.rancang.programme.ActionStatus.DONE;
import static id.rancang.programme.ActionStatus.PLANNED;
import static id.rancang.programme.ActionStatus.RUNNING;
import static id.rancang.programme.FundingSource.APBD;
import static id.rancang.programme.FundingSource.APBN;
import static id.rancang.programme.FundingSource.CSR;
import static id.rancang.programme.FundingSource.DAK;
import static id.rancang.programme.FundingSource.DANA_DESA;
import static id.rancang.programme.FundingSource.KPBU;
import static id.rancang.programme.FundingSource.OTHER;

import id.rancang.programme.ActionCategory;
import id.rancang.programme.ActionCommand;
import id.rancang.programme.ActionPlan;
import id.rancang.programme.ActionStatus;
import id.rancang.programme.BudgetItem;
import id.rancang.programme.Contribution;
import id.rancang.programme.FundingSource;
import id.rancang.programme.Horizon;
import id.rancang.programme.Partner;
import id.rancang.programme.ProgrammeCommand;
import id.rancang.programme.ProgrammePortfolio;
import id.rancang.programme.ProgrammeSaved;
import id.rancang.programme.ProgrammeStatus;
import id.rancang.programme.Risk;
import id.rancang.region.DemoRegionLoaded;
import id.rancang.region.Opd;
import id.rancang.region.OpdDirectory;
import id.rancang.region.Stakeholder;
import id.rancang.region.StakeholderRegister;
import id.rancang.shared.PageRequest;
import id.rancang.strategy.Element;
import id.rancang.strategy.Indicator;
import id.rancang.strategy.IndicatorRegister;
import id.rancang.strategy.StrategyItem;
import id.rancang.strategy.StrategyTree;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Buku 2 content for the Kabupaten Tegal demo: the six quick wins Tegal published (one per
 * dimension, all in the masterplan's first year) and seventeen medium and long programmes, each
 * with a lead OPD, partners, a yearly budget per funding source, an action plan in Kominfo's three
 * categories, and where they exist links to the demo's targets and indicators. Everything goes
 * through {@link ProgrammePortfolio} and {@link ActionPlan}, so it is validated like a user's
 * input; a demo programme that would save with warnings stops the demo. Programmes other than the
 * quick wins, amounts and SIPD codes are illustrations ("contoh"), not the region's documents.
 *
 * <p>It runs just before the demo region's transaction commits, hence after the other modules'
 * plain listeners (the strategy demo creates the targets and indicators linked here), and like them
 * only when the demo region is created: restarting on the same data adds nothing.
 */
@Component
class TegalProgrammeDemo {

  private static final int YEAR_1 = 2024;
  private static final String EXAMPLE = " (Contoh demo, bukan dokumen resmi.)";

  private final ProgrammePortfolio portfolio;
  private final ActionPlan actions;
  private final OpdDirectory opds;
  private final StakeholderRegister stakeholders;
  private final StrategyTree strategy;
  private final IndicatorRegister indicators;

  TegalProgrammeDemo(
      ProgrammePortfolio portfolio,
      ActionPlan actions,
      OpdDirectory opds,
      StakeholderRegister stakeholders,
      StrategyTree strategy,
      IndicatorRegister indicators) {
    this.portfolio = portfolio;
    this.actions = actions;
    this.opds = opds;
    this.stakeholders = stakeholders;
    this.strategy = strategy;
    this.indicators = indicators;
  }

  /** Before the roadmap demo, which schedules these programmes ({@code @Order} sorts them). */
  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  @org.springframework.core.annotation.Order(100)
  void on(DemoRegionLoaded demo) {
    new Loader(demo.regionId(), demo.masterplanId()).load(programmes());
  }

  /** Resolves the names in the drafts to the demo's ids and saves them in order. */
  private final class Loader {

    private final long region;
    private final long plan;
    private final Map<String, Long> opdIds = new HashMap<>();
    private final Map<String, Stakeholder> partners = new HashMap<>();
    private final Map<String, Long> itemIds = new HashMap<>();
    private final Map<String, Long> indicatorIds = new HashMap<>();
    private final Map<String, Long> saved = new HashMap<>();

    Loader(long region, long plan) {
      this.region = region;
      this.plan = plan;
      for (Opd opd : opds.all(region)) {
        opdIds.put(opd.abbreviation(), opd.id());
      }
      for (Stakeholder s :
          stakeholders.search(region, null, null, PageRequest.of(0, 200)).items()) {
        partners.put(s.name(), s);
      }
      for (StrategyItem item : strategy.items(region, plan)) {
        itemIds.put(item.code(), item.id());
      }
      for (Indicator indicator : indicators.list(region, plan)) {
        indicatorIds.put(indicator.code(), indicator.id());
      }
    }

    void load(List<Draft> drafts) {
      for (Draft draft : drafts) {
        ProgrammeSaved result = portfolio.create(region, plan, command(draft));
        if (!result.warnings().isEmpty()) {
          throw new IllegalStateException(
              "Demo programme " + draft.code + " saved with warnings: " + result.warnings());
        }
        long id = result.programme().id();
        saved.put(draft.code, id);
        int version = result.programme().version();
        for (ProgrammeStatus step : path(draft.status)) {
          version = portfolio.changeStatus(region, plan, id, step, note(step), version).version();
        }
        for (ActionDraft action : draft.actions) {
          actions.add(
              region,
              id,
              new ActionCommand(
                  action.category,
                  action.title,
                  action.year,
                  action.quarter,
                  action.owner == null ? opd(draft.lead) : opd(action.owner),
                  action.deliverable,
                  rupiah(action.budget),
                  action.status,
                  action.progress));
        }
      }
    }

    private ProgrammeCommand command(Draft d) {
      List<Partner> partnerList = new ArrayList<>();
      d.partners.forEach(
          (name, contribution) -> {
            Stakeholder s = partners.get(name);
            if (s == null) {
              throw new IllegalStateException("Demo stakeholder missing: " + name);
            }
            partnerList.add(new Partner(s.id(), s.pentahelixRole(), contribution));
          });
      return new ProgrammeCommand(
          d.code,
          d.name,
          d.element.dimension(),
          d.element,
          d.problem,
          d.description + EXAMPLE,
          d.impactSociety,
          d.impactEnvironment,
          d.horizon,
          d.start,
          d.end,
          opd(d.lead),
          d.horizon == Horizon.QUICK_WIN,
          d.sipd[0],
          d.sipd[1],
          d.sipd[2],
          partnerList,
          links(d.targets, itemIds),
          links(d.indicators, indicatorIds),
          d.budget,
          d.dependsOn.stream().map(this::savedId).toList(),
          d.risks);
    }

    /** The contributions to the demo targets or indicators that exist; others are left out. */
    private List<Contribution> links(Map<String, String> byCode, Map<String, Long> ids) {
      List<Contribution> links = new ArrayList<>();
      byCode.forEach(
          (code, contribution) ->
              Optional.ofNullable(ids.get(code))
                  .ifPresent(id -> links.add(new Contribution(id, contribution))));
      return links;
    }

    private long savedId(String code) {
      Long id = saved.get(code);
      if (id == null) {
        throw new IllegalStateException("Demo dependency declared before its programme: " + code);
      }
      return id;
    }

    private long opd(String abbreviation) {
      Long id = opdIds.get(abbreviation);
      if (id == null) {
        throw new IllegalStateException("Demo OPD missing: " + abbreviation);
      }
      return id;
    }
  }

  /** The status changes from "proposed" (where every programme starts) to the given status. */
  private static List<ProgrammeStatus> path(ProgrammeStatus status) {
    List<ProgrammeStatus> ladder =
        List.of(ProgrammeStatus.SELECTED, ProgrammeStatus.PLANNED, ProgrammeStatus.RUNNING);
    int last = ladder.indexOf(status);
    return last < 0 ? List.of() : ladder.subList(0, last + 1);
  }

  private static String note(ProgrammeStatus status) {
    return switch (status) {
      case SELECTED -> "Terpilih dalam FGD prioritas program bersama pentahelix (contoh)";
      case PLANNED -> "Masuk rancangan RKPD dan Renja OPD (contoh)";
      case RUNNING -> "Pelaksanaan dimulai (contoh)";
      default -> null;
    };
  }

  private static BigDecimal rupiah(Long amount) {
    return amount == null ? null : BigDecimal.valueOf(amount);
  }

  /** Million rupiah, the unit planners use, as rupiah. */
  private static long juta(long millions) {
    return millions * 1_000_000L;
  }

  // ---------------------------------------------------------------------------------------------
  // The portfolio. Dependencies name programmes listed before them, so no cycle can arise.

  static List<Draft> programmes() {
    return List.of(
        // --- the six quick wins Kabupaten Tegal published, year 1 of the masterplan ---
        quickWin("QW-GOV", "MPP Digital", Element.PUBLIC_SERVICE, "DPMPTSP")
            .problem(
                "Warga harus datang ke beberapa kantor dan antre untuk mengurus izin dan dokumen"
                    + " kependudukan.")
            .description(
                "Mal Pelayanan Publik digital: satu portal dan aplikasi untuk layanan perizinan,"
                    + " kependudukan dan pengaduan dari berbagai instansi, dengan antrean daring.")
            .impact(
                "Waktu dan biaya warga untuk mengurus layanan berkurang; layanan dapat diakses"
                    + " dari desa.",
                "Perjalanan ke kantor layanan dan penggunaan kertas berkurang.")
            .status(ProgrammeStatus.RUNNING)
            .sipd("2.18.03", null, null)
            .partner("Kementerian Komunikasi dan Digital", "Pendampingan integrasi layanan")
            .partner("Radar Tegal", "Sosialisasi layanan kepada warga")
            .budget(YEAR_1, APBD, juta(850))
            .target("S1.1.1", "Layanan perizinan dan kependudukan dapat diakses daring")
            .indicator("IKU-02", "Menaikkan porsi izin usaha yang diajukan daring")
            .risk(
                "Instansi vertikal belum siap mengintegrasikan layanannya",
                3,
                3,
                "Perjanjian kerja sama dan integrasi bertahap per layanan")
            .action(
                POLICY_INSTITUTION,
                "Peraturan Bupati tentang MPP Digital",
                YEAR_1,
                1,
                "Perbup ditetapkan",
                juta(25),
                DONE,
                100)
            .action(
                APPLICATION_LITERACY,
                "Pengembangan portal dan aplikasi MPP Digital",
                YEAR_1,
                2,
                "Aplikasi MPP Digital tayang",
                juta(600),
                RUNNING,
                70)
            .by("Diskominfo")
            .action(
                APPLICATION_LITERACY,
                "Bimbingan teknis petugas layanan",
                YEAR_1,
                3,
                "120 petugas terlatih",
                juta(75),
                PLANNED,
                0),
        quickWin("QW-BRD", "Kepo Sate Tegal", Element.TOURISM, "Disporapar")
            .problem(
                "Potensi wisata dan kuliner Kabupaten Tegal belum dikenal luas dan informasinya"
                    + " tersebar.")
            .description(
                "Kanal digital yang memetakan dan mempromosikan destinasi wisata, kuliner dan event"
                    + " di Kabupaten Tegal.")
            .impact(
                "Kunjungan wisatawan dan pendapatan pelaku usaha wisata meningkat.",
                "Kunjungan tersebar ke lebih banyak destinasi sehingga beban kawasan Guci"
                    + " berkurang.")
            .status(ProgrammeStatus.RUNNING)
            .partner("Panturapost", "Liputan dan promosi destinasi")
            .partner("Politeknik Harapan Bersama Tegal", "Pengembangan konten dan aplikasi")
            .budget(YEAR_1, APBD, juta(350))
            .budget(YEAR_1, CSR, juta(150))
            .risk(
                "Konten tidak diperbarui setelah peluncuran",
                3,
                2,
                "Tim konten bersama kelompok sadar wisata")
            .action(
                POLICY_INSTITUTION,
                "Pembentukan tim pengelola konten wisata",
                YEAR_1,
                1,
                "SK tim pengelola",
                null,
                DONE,
                100)
            .action(
                APPLICATION_LITERACY,
                "Pembuatan kanal Kepo Sate Tegal dan peta destinasi",
                YEAR_1,
                2,
                "Kanal dan peta 50 destinasi",
                juta(280),
                RUNNING,
                60),
        quickWin(
                "QW-ECO",
                "UMKM Go Digital / DOLAN",
                Element.FINANCIAL_TRANSACTIONS,
                "Dinkop UKM dan Perdagangan")
            .problem(
                "Sebagian besar UMKM belum berjualan daring dan belum menerima pembayaran digital.")
            .description(
                "Pendampingan UMKM untuk masuk lokapasar, memakai pembayaran digital dan tampil di"
                    + " etalase daring DOLAN milik daerah.")
            .impact(
                "Omzet dan jangkauan pasar UMKM naik; transaksi tercatat.",
                "Promosi daring mengurangi kebutuhan bahan cetak.")
            .status(ProgrammeStatus.RUNNING)
            .partner("Bank Jateng Cabang Slawi", "QRIS dan pembiayaan UMKM")
            .partner("Asosiasi UMKM Kabupaten Tegal", "Pendataan dan mobilisasi anggota")
            .budget(YEAR_1, APBD, juta(600))
            .budget(YEAR_1, CSR, juta(200))
            .target("T2.1", "UMKM bertransaksi digital")
            .risk(
                "UMKM berhenti memakai kanal daring setelah pendampingan",
                4,
                3,
                "Pendampingan lanjutan lewat asosiasi dan evaluasi tiga bulanan")
            .action(
                POLICY_INSTITUTION,
                "Kesepakatan kerja sama dengan Bank Jateng dan asosiasi UMKM",
                YEAR_1,
                1,
                "Nota kesepahaman",
                null,
                DONE,
                100)
            .action(
                APPLICATION_LITERACY,
                "Pelatihan pemasaran digital bagi 1.000 UMKM",
                YEAR_1,
                2,
                "1.000 UMKM terlatih",
                juta(400),
                RUNNING,
                55)
            .action(
                APPLICATION_LITERACY,
                "Etalase produk UMKM DOLAN",
                YEAR_1,
                3,
                "Etalase daring dengan 500 produk",
                juta(250),
                PLANNED,
                0),
        quickWin("QW-LIV", "Soeselo Online", Element.HEALTH, "RSUD Soeselo")
            .problem("Antrean panjang di poliklinik RSUD dr. Soeselo sejak pagi hari.")
            .description(
                "Pendaftaran, antrean, jadwal dokter dan hasil pemeriksaan RSUD dr. Soeselo secara"
                    + " daring.")
            .impact(
                "Waktu tunggu pasien berkurang dan kepuasan pasien naik.",
                "Kertas rekam dan antrean berkurang.")
            .status(ProgrammeStatus.RUNNING)
            .partner("Universitas Pancasakti Tegal", "Survei kepuasan pasien")
            .budget(YEAR_1, APBD, juta(450))
            .budget(YEAR_1, OTHER, juta(750))
            .target("S1.1.1", "Layanan kesehatan rujukan dapat diakses daring")
            .indicator("IKU-03", "RSUD dengan rekam medis elektronik")
            .risk(
                "Gangguan jaringan membuat antrean daring tidak tersedia",
                2,
                4,
                "Jalur cadangan dan antrean manual sebagai prosedur darurat")
            .action(
                INFRASTRUCTURE,
                "Pengadaan perangkat anjungan mandiri dan jaringan",
                YEAR_1,
                1,
                "10 anjungan terpasang",
                juta(450),
                DONE,
                100)
            .action(
                APPLICATION_LITERACY,
                "Aplikasi pendaftaran dan antrean daring",
                YEAR_1,
                2,
                "Aplikasi Soeselo Online",
                juta(500),
                RUNNING,
                80),
        quickWin("QW-SOC", "Yuh Sekolah Maning", Element.LEARNING, "Disdikbud")
            .problem("Masih banyak anak usia sekolah yang putus sekolah atau tidak melanjutkan.")
            .description(
                "Pendataan anak tidak sekolah berbasis aplikasi dan pendampingan agar kembali"
                    + " bersekolah, bersama desa dan sekolah.")
            .impact(
                "Angka anak tidak sekolah turun; rata-rata lama sekolah naik.",
                "Tidak berdampak langsung pada lingkungan.")
            .status(ProgrammeStatus.RUNNING)
            .partner("Tim Penggerak PKK Kabupaten Tegal", "Pendataan dan pendampingan keluarga")
            .partner("Relawan TIK Kabupaten Tegal", "Pelatihan operator desa")
            .budget(YEAR_1, APBD, juta(400))
            .budget(YEAR_1, DANA_DESA, juta(300))
            .risk(
                "Data anak tidak sekolah tidak lengkap",
                3,
                3,
                "Verifikasi lapangan bersama PKK dan sekolah")
            .action(
                POLICY_INSTITUTION,
                "Surat edaran Bupati kepada kepala desa",
                YEAR_1,
                1,
                "Surat edaran",
                null,
                DONE,
                100)
            .action(
                APPLICATION_LITERACY,
                "Aplikasi pendataan anak tidak sekolah",
                YEAR_1,
                2,
                "Aplikasi dan basis data",
                juta(150),
                RUNNING,
                65)
            .by("Diskominfo")
            .action(
                APPLICATION_LITERACY,
                "Pendampingan kembali bersekolah",
                YEAR_1,
                3,
                "1.500 anak kembali bersekolah",
                juta(450),
                PLANNED,
                0),
        quickWin("QW-ENV", "Desa Merdeka Sampah", Element.WASTE, "DLH")
            .problem("Sampah rumah tangga di desa dibuang ke sungai atau dibakar.")
            .description(
                "Gerakan desa bebas sampah: pemilahan di rumah, bank sampah dan TPS3R desa, dengan"
                    + " pencatatan digital timbulan sampah.")
            .impact(
                "Desa lebih bersih dan warga mendapat nilai ekonomi dari sampah.",
                "Sampah ke sungai dan pembakaran terbuka berkurang.")
            .status(ProgrammeStatus.PLANNED)
            .partner("Tim Penggerak PKK Kabupaten Tegal", "Penggerak pemilahan di rumah tangga")
            .partner("Radar Tegal", "Kampanye publik")
            .budget(YEAR_1, APBD, juta(500))
            .budget(YEAR_1, DANA_DESA, juta(750))
            .risk(
                "Partisipasi warga menurun setelah kampanye",
                3,
                3,
                "Insentif bank sampah dan lomba desa")
            .action(
                POLICY_INSTITUTION,
                "Penetapan 20 desa percontohan",
                YEAR_1,
                1,
                "SK desa percontohan",
                null,
                PLANNED,
                0)
            .action(
                INFRASTRUCTURE,
                "Pembangunan TPS3R desa",
                YEAR_1,
                3,
                "5 TPS3R beroperasi",
                juta(900),
                PLANNED,
                0)
            .action(
                APPLICATION_LITERACY,
                "Aplikasi pencatatan bank sampah",
                YEAR_1,
                4,
                "Aplikasi pencatatan",
                juta(120),
                PLANNED,
                0)
            .by("Diskominfo"),

        // --- Smart Governance ---
        programme("GOV-01", "Pusat Data dan Integrasi SPBE", Element.BUREAUCRACY, Horizon.LONG)
            .years(2025, 2032)
            .lead("Diskominfo")
            .problem("Aplikasi perangkat daerah berjalan sendiri-sendiri di server yang tersebar.")
            .description(
                "Pusat data daerah, jaringan intra pemerintah dan integrasi aplikasi sesuai"
                    + " arsitektur SPBE.")
            .impact(
                "Layanan antar-OPD lebih cepat dan data tidak dimasukkan berulang.",
                "Konsolidasi server menghemat listrik.")
            .status(ProgrammeStatus.SELECTED)
            .sipd("2.16.02", "2.16.02.2.02", null)
            .partner("Kementerian Komunikasi dan Digital", "Standar dan pendampingan SPBE")
            .partner("Diskominfo Provinsi Jawa Tengah", "Integrasi dengan jaringan provinsi")
            .budget(2025, APBD, juta(2_500))
            .budget(2026, APBD, juta(3_000))
            .budget(2026, DAK, juta(1_500))
            .budget(2027, APBD, juta(2_000))
            .budget(2028, APBD, juta(1_500))
            .budget(2030, APBD, juta(1_200))
            .budget(2032, APBD, juta(1_200))
            .indicator("IKU-01", "Domain infrastruktur dan aplikasi SPBE")
            .target("T1.1", "Dasar teknis layanan publik elektronik")
            .risk(
                "Keterbatasan SDM TIK untuk mengelola pusat data",
                4,
                4,
                "Rekrutmen PPPK TIK dan sertifikasi")
            .risk("Serangan siber", 3, 5, "Tim tanggap insiden siber dan kerja sama dengan BSSN")
            .action(
                POLICY_INSTITUTION,
                "Peraturan Bupati arsitektur SPBE daerah",
                2025,
                2,
                "Perbup arsitektur SPBE",
                juta(50),
                PLANNED,
                0)
            .action(
                INFRASTRUCTURE,
                "Pembangunan ruang pusat data tier 2",
                2026,
                null,
                "Pusat data beroperasi",
                juta(3_500),
                PLANNED,
                0)
            .action(
                APPLICATION_LITERACY,
                "Integrasi aplikasi layanan antar-OPD",
                2027,
                null,
                "30 aplikasi terintegrasi",
                juta(1_200),
                PLANNED,
                0),
        programme("GOV-02", "Satu Data Kabupaten Tegal", Element.PUBLIC_POLICY, Horizon.MEDIUM)
            .years(2025, 2028)
            .lead("Diskominfo")
            .problem(
                "Data sektoral berbeda antar-OPD sehingga perencanaan sulit dipertanggungjawabkan.")
            .description(
                "Portal Satu Data, walidata dan produsen data per OPD, serta standar dan metadata"
                    + " data sektoral.")
            .impact(
                "Kebijakan berbasis data yang sama; warga dapat mengakses data terbuka.",
                "Tidak berdampak langsung pada lingkungan.")
            .status(ProgrammeStatus.PLANNED)
            .partner("Universitas Pancasakti Tegal", "Analisis data untuk kebijakan")
            .partner("Diskominfo Provinsi Jawa Tengah", "Integrasi dengan Satu Data Jawa Tengah")
            .budget(2025, APBD, juta(400))
            .budget(2026, APBD, juta(450))
            .budget(2027, APBD, juta(350))
            .budget(2028, APBD, juta(300))
            .dependsOn("GOV-01")
            .indicator("IKU-01", "Domain tata kelola data SPBE")
            .action(
                POLICY_INSTITUTION,
                "Forum Satu Data dan penetapan walidata",
                2025,
                1,
                "SK forum Satu Data",
                null,
                PLANNED,
                0)
            .action(
                APPLICATION_LITERACY,
                "Portal Satu Data dan katalog metadata",
                2025,
                3,
                "Portal data terbuka",
                juta(300),
                PLANNED,
                0)
            .action(
                APPLICATION_LITERACY,
                "Pelatihan produsen data di seluruh OPD",
                2026,
                2,
                "60 produsen data terlatih",
                juta(120),
                PLANNED,
                0)
            .by("Bappeda"),
        programme("GOV-03", "Perizinan Tanpa Tatap Muka", Element.PUBLIC_SERVICE, Horizon.MEDIUM)
            .years(2025, 2027)
            .lead("DPMPTSP")
            .problem("Pemohon izin masih harus menyerahkan berkas fisik dan bertemu petugas.")
            .description(
                "Seluruh perizinan daerah diajukan, diproses dan diterbitkan daring dengan tanda"
                    + " tangan elektronik, terhubung dengan OSS.")
            .impact(
                "Izin terbit lebih cepat dan peluang pungutan liar berkurang.",
                "Dokumen kertas berkurang.")
            .status(ProgrammeStatus.SELECTED)
            .partner("Kementerian Komunikasi dan Digital", "Sertifikat elektronik")
            .budget(2025, APBD, juta(300))
            .budget(2026, APBD, juta(250))
            .budget(2027, APBD, juta(150))
            .dependsOn("QW-GOV")
            .indicator("IKU-02", "Seluruh izin usaha diajukan daring pada 2027")
            .action(
                POLICY_INSTITUTION,
                "Penyederhanaan SOP perizinan",
                2025,
                2,
                "SOP baru",
                juta(40),
                PLANNED,
                0)
            .action(
                APPLICATION_LITERACY,
                "Tanda tangan elektronik untuk pejabat penandatangan izin",
                2025,
                4,
                "Izin bertanda tangan elektronik",
                juta(60),
                PLANNED,
                0)
            .by("Diskominfo"),

        // --- Smart Branding ---
        programme("BRD-01", "Guci Smart Tourism", Element.TOURISM, Horizon.MEDIUM)
            .years(2025, 2029)
            .lead("Disporapar")
            .problem(
                "Pengunjung kawasan wisata Guci menumpuk di akhir pekan dan tiket masih tunai.")
            .description(
                "Tiket elektronik, informasi kepadatan dan Wi-Fi publik di kawasan wisata Guci,"
                    + " terhubung dengan kanal Kepo Sate Tegal.")
            .impact(
                "Pengalaman wisatawan membaik dan pendapatan retribusi tercatat.",
                "Kepadatan pengunjung dapat dikendalikan untuk menjaga kawasan.")
            .status(ProgrammeStatus.PLANNED)
            .partner("Bank Jateng Cabang Slawi", "Tiket nontunai")
            .partner("Radar Tegal", "Promosi")
            .budget(2025, APBD, juta(600))
            .budget(2026, APBD, juta(500))
            .budget(2026, KPBU, juta(1_500))
            .budget(2028, APBD, juta(300))
            .dependsOn("QW-BRD")
            .risk("Sinyal seluler lemah di kawasan pegunungan", 4, 3, "Kerja sama operator")
            .action(
                INFRASTRUCTURE,
                "Wi-Fi publik dan gerbang tiket elektronik",
                2025,
                3,
                "4 gerbang tiket elektronik",
                juta(450),
                PLANNED,
                0)
            .action(
                APPLICATION_LITERACY,
                "Dasbor kepadatan pengunjung",
                2026,
                1,
                "Dasbor daring",
                juta(150),
                PLANNED,
                0),
        programme("BRD-02", "Logam Tegal Mendunia", Element.BUSINESS, Horizon.MEDIUM)
            .years(2026, 2029)
            .lead("Dinkop UKM dan Perdagangan")
            .problem("Produk logam Tegal dikenal di dalam negeri tetapi mereknya belum kuat.")
            .description(
                "Penguatan merek kolektif produk logam Tegal, katalog digital dan keikutsertaan"
                    + " pameran.")
            .impact(
                "Nilai jual dan pasar ekspor produk logam meningkat.",
                "Mendorong sertifikasi proses produksi yang lebih bersih.")
            .status(ProgrammeStatus.PROPOSED)
            .partner("Asosiasi UMKM Kabupaten Tegal", "Kurasi produk anggota")
            .partner("Panturapost", "Liputan")
            .budget(2026, APBD, juta(250))
            .budget(2027, APBD, juta(300))
            .budget(2028, CSR, juta(200))
            .action(
                POLICY_INSTITUTION,
                "Pendaftaran merek kolektif",
                2026,
                2,
                "Sertifikat merek",
                juta(30),
                PLANNED,
                0)
            .action(
                APPLICATION_LITERACY,
                "Katalog digital produk logam",
                2027,
                1,
                "Katalog 200 produk",
                juta(120),
                PLANNED,
                0),
        programme("BRD-03", "Slawi Kota Taman", Element.CITY_APPEARANCE, Horizon.LONG)
            .years(2026, 2033)
            .lead("DLH")
            .problem("Ruang terbuka hijau di ibu kota kabupaten masih kurang dan tidak tertata.")
            .description(
                "Penataan taman kota dan jalur pejalan kaki di Slawi dengan Wi-Fi, penerangan"
                    + " hemat energi dan papan informasi digital.")
            .impact(
                "Warga memiliki ruang publik yang nyaman dan aman.",
                "Ruang terbuka hijau bertambah dan suhu kawasan turun.")
            .status(ProgrammeStatus.PROPOSED)
            .partner("Universitas Pancasakti Tegal", "Desain kawasan")
            .budget(2026, APBD, juta(1_000))
            .budget(2028, APBD, juta(1_500))
            .budget(2030, DAK, juta(2_000))
            .budget(2033, APBD, juta(800))
            .action(
                POLICY_INSTITUTION,
                "Rencana induk ruang terbuka hijau Slawi",
                2026,
                null,
                "Dokumen rencana induk",
                juta(250),
                PLANNED,
                0)
            .action(
                INFRASTRUCTURE,
                "Revitalisasi Alun-alun Slawi dan taman sekitarnya",
                2028,
                null,
                "Taman tertata",
                juta(1_500),
                PLANNED,
                0),

        // --- Smart Economy ---
        programme("ECO-01", "Klaster Industri Logam 4.0", Element.INDUSTRY, Horizon.MEDIUM)
            .years(2025, 2029)
            .lead("Dinkop UKM dan Perdagangan")
            .problem("Industri kecil logam masih memakai peralatan lama dan pencatatan manual.")
            .description(
                "Rumah produksi bersama dengan mesin CNC, pelatihan desain digital dan sistem"
                    + " pesanan untuk sentra logam.")
            .impact(
                "Produktivitas dan mutu produk naik; tenaga kerja terampil bertambah.",
                "Limbah logam dikelola di rumah produksi bersama.")
            .status(ProgrammeStatus.SELECTED)
            .partner("Politeknik Harapan Bersama Tegal", "Pelatihan desain dan CNC")
            .partner("Bank Jateng Cabang Slawi", "Kredit usaha")
            .budget(2025, APBD, juta(750))
            .budget(2026, APBN, juta(3_000))
            .budget(2027, APBD, juta(500))
            .budget(2028, KPBU, juta(2_500))
            .target("T2.1", "Daya saing industri kecil")
            .risk("Mesin tidak terpakai karena biaya operasional", 3, 4, "Model bisnis koperasi")
            .action(
                POLICY_INSTITUTION,
                "Pembentukan koperasi pengelola rumah produksi",
                2025,
                3,
                "Badan hukum koperasi",
                null,
                PLANNED,
                0)
            .action(
                INFRASTRUCTURE,
                "Rumah produksi bersama dengan mesin CNC",
                2026,
                null,
                "Rumah produksi beroperasi",
                juta(2_800),
                PLANNED,
                0)
            .action(
                APPLICATION_LITERACY,
                "Pelatihan desain digital untuk perajin",
                2027,
                2,
                "300 perajin terlatih",
                juta(200),
                PLANNED,
                0),
        programme("ECO-02", "Pasar Rakyat Nontunai", Element.FINANCIAL_TRANSACTIONS, Horizon.MEDIUM)
            .years(2025, 2026)
            .lead("Dinkop UKM dan Perdagangan")
            .problem("Transaksi dan retribusi pasar rakyat hampir seluruhnya tunai.")
            .description(
                "QRIS untuk pedagang dan retribusi pasar elektronik di pasar-pasar rakyat.")
            .impact(
                "Pedagang tercatat transaksinya dan lebih mudah mengakses pembiayaan.",
                "Tidak berdampak langsung pada lingkungan.")
            .status(ProgrammeStatus.RUNNING)
            .partner("Bank Jateng Cabang Slawi", "QRIS dan e-retribusi")
            .budget(2025, APBD, juta(200))
            .budget(2026, APBD, juta(150))
            .budget(2025, CSR, juta(100))
            .dependsOn("QW-ECO")
            .target("T2.1", "Transaksi digital di pasar rakyat")
            .action(
                POLICY_INSTITUTION,
                "Peraturan Bupati retribusi pasar elektronik",
                2025,
                1,
                "Perbup",
                juta(20),
                DONE,
                100)
            .action(
                APPLICATION_LITERACY,
                "Pendaftaran QRIS pedagang di 12 pasar",
                2025,
                3,
                "3.000 pedagang memakai QRIS",
                juta(150),
                RUNNING,
                40),

        // --- Smart Living ---
        programme("LIV-01", "Rekam Medis Elektronik Puskesmas", Element.HEALTH, Horizon.MEDIUM)
            .years(2025, 2027)
            .lead("Dinkes")
            .problem("Rekam medis puskesmas masih kertas sehingga rujukan lambat.")
            .description(
                "Rekam medis elektronik di seluruh puskesmas terhubung dengan SATUSEHAT dan RSUD.")
            .impact(
                "Rujukan lebih cepat dan riwayat pasien tersedia bagi tenaga kesehatan.",
                "Pemakaian kertas berkurang.")
            .status(ProgrammeStatus.RUNNING)
            .sipd("1.02.02", null, null)
            .partner("Universitas Indonesia", "Pendampingan interoperabilitas data kesehatan")
            .partner("Kementerian Komunikasi dan Digital", "Konektivitas puskesmas")
            .budget(2025, APBD, juta(900))
            .budget(2025, DAK, juta(1_200))
            .budget(2026, APBD, juta(700))
            .budget(2027, APBD, juta(400))
            .dependsOn("QW-LIV")
            .indicator("IKU-03", "Puskesmas dengan rekam medis elektronik")
            .target("S1.1.1", "Layanan kesehatan dasar daring")
            .risk(
                "Kebocoran data kesehatan pasien",
                2,
                5,
                "Kontrol akses, enkripsi dan pelatihan pelindungan data pribadi")
            .action(
                INFRASTRUCTURE,
                "Perangkat dan jaringan di 29 puskesmas",
                2025,
                2,
                "29 puskesmas terhubung",
                juta(1_500),
                RUNNING,
                50)
            .by("Diskominfo")
            .action(
                APPLICATION_LITERACY,
                "Pelatihan tenaga kesehatan",
                2025,
                4,
                "600 tenaga kesehatan terlatih",
                juta(200),
                PLANNED,
                0)
            .action(
                POLICY_INSTITUTION,
                "SOP pelindungan data pasien",
                2026,
                1,
                "SOP",
                null,
                PLANNED,
                0),
        programme("LIV-02", "Sistem Transportasi Cerdas Slawi", Element.MOBILITY, Horizon.LONG)
            .years(2026, 2033)
            .lead("Dishub")
            .problem("Kemacetan di simpang-simpang utama jalur Slawi - Tegal pada jam sibuk.")
            .description(
                "Lampu lalu lintas adaptif (ATCS), kamera lalu lintas dan informasi angkutan umum"
                    + " waktu nyata.")
            .impact(
                "Waktu tempuh lebih pendek dan angkutan umum lebih mudah dipakai.",
                "Emisi kendaraan berkurang karena antrean lebih pendek.")
            .status(ProgrammeStatus.PROPOSED)
            .partner("Diskominfo Provinsi Jawa Tengah", "Integrasi ATCS provinsi")
            .budget(2026, APBD, juta(1_500))
            .budget(2027, APBN, juta(4_000))
            .budget(2029, KPBU, juta(5_000))
            .budget(2031, APBD, juta(1_000))
            .dependsOn("GOV-01")
            .risk("Pemeliharaan perangkat di jalan", 3, 3, "Kontrak pemeliharaan multitahun")
            .action(
                POLICY_INSTITUTION,
                "Studi kelayakan dan rencana ATCS",
                2026,
                2,
                "Dokumen studi kelayakan",
                juta(300),
                PLANNED,
                0)
            .action(
                INFRASTRUCTURE,
                "ATCS di 12 simpang utama",
                2027,
                null,
                "12 simpang terkendali",
                juta(3_800),
                PLANNED,
                0),
        programme("LIV-03", "Tata Ruang Digital", Element.SPATIAL_HARMONY, Horizon.MEDIUM)
            .years(2025, 2028)
            .lead("Bappeda")
            .problem("Rencana tata ruang sulit diakses warga dan investor.")
            .description(
                "Peta tata ruang interaktif dan layanan informasi kesesuaian pemanfaatan ruang.")
            .impact(
                "Kepastian bagi investor dan warga; pelanggaran tata ruang berkurang.",
                "Kawasan lindung lebih terjaga.")
            .status(ProgrammeStatus.SELECTED)
            .partner("Universitas Pancasakti Tegal", "Pemetaan")
            .partner("Andi Pratama (contoh narasumber)", "Telaah metodologi")
            .budget(2025, APBD, juta(350))
            .budget(2026, APBD, juta(300))
            .budget(2028, APBD, juta(150))
            .dependsOn("GOV-02")
            .action(
                INFRASTRUCTURE,
                "Peta dasar skala besar",
                2025,
                null,
                "Peta dasar 1:5.000",
                juta(250),
                PLANNED,
                0)
            .action(
                APPLICATION_LITERACY,
                "Geoportal tata ruang",
                2026,
                2,
                "Geoportal daring",
                juta(200),
                PLANNED,
                0)
            .by("Diskominfo"),

        // --- Smart Society ---
        programme("SOC-01", "Sekolah Digital Tegal", Element.LEARNING, Horizon.MEDIUM)
            .years(2025, 2029)
            .lead("Disdikbud")
            .problem("Banyak sekolah dasar belum memiliki akses internet dan guru belum terlatih.")
            .description(
                "Internet sekolah, kelas digital dan pelatihan guru, melanjutkan pendataan Yuh"
                    + " Sekolah Maning.")
            .impact(
                "Mutu pembelajaran naik dan kesenjangan digital antarwilayah menyempit.",
                "Tidak berdampak langsung pada lingkungan.")
            .status(ProgrammeStatus.PLANNED)
            .partner("Relawan TIK Kabupaten Tegal", "Pelatihan guru")
            .partner("Kementerian Komunikasi dan Digital", "Akses internet sekolah")
            .budget(2025, APBD, juta(800))
            .budget(2026, DAK, juta(2_000))
            .budget(2027, APBD, juta(700))
            .budget(2029, APBD, juta(500))
            .dependsOn("QW-SOC")
            .action(
                INFRASTRUCTURE,
                "Internet di 200 sekolah dasar",
                2026,
                null,
                "200 sekolah terhubung",
                juta(1_600),
                PLANNED,
                0)
            .action(
                APPLICATION_LITERACY,
                "Pelatihan guru pembelajaran digital",
                2025,
                3,
                "1.000 guru terlatih",
                juta(300),
                PLANNED,
                0),
        programme("SOC-02", "Literasi Digital Desa", Element.COMMUNITY, Horizon.MEDIUM)
            .years(2025, 2027)
            .lead("Diskominfo")
            .problem("Warga desa rentan hoaks dan penipuan daring.")
            .description(
                "Kader literasi digital di setiap desa dan kelas literasi untuk warga, pelaku UMKM"
                    + " dan lansia.")
            .impact(
                "Warga lebih cakap dan aman memakai layanan digital.",
                "Tidak berdampak langsung pada lingkungan.")
            .status(ProgrammeStatus.RUNNING)
            .partner("Relawan TIK Kabupaten Tegal", "Kader dan materi")
            .partner("Tim Penggerak PKK Kabupaten Tegal", "Kelas literasi ibu rumah tangga")
            .partner("Radar Tegal", "Kampanye anti-hoaks")
            .budget(2025, APBD, juta(250))
            .budget(2026, APBD, juta(250))
            .budget(2027, DANA_DESA, juta(400))
            .action(
                APPLICATION_LITERACY,
                "Pelatihan kader literasi digital",
                2025,
                2,
                "281 kader desa",
                juta(150),
                DONE,
                100)
            .action(
                APPLICATION_LITERACY,
                "Kelas literasi digital warga",
                2025,
                4,
                "10.000 peserta",
                juta(100),
                RUNNING,
                30),
        programme("SOC-03", "Tegal Aman", Element.SECURITY, Horizon.LONG)
            .years(2026, 2032)
            .lead("Diskominfo")
            .problem("Respons kedaruratan lambat karena laporan tidak terpadu.")
            .description(
                "Layanan darurat 112, kamera pengawas di ruang publik dan ruang kendali terpadu.")
            .impact(
                "Waktu tanggap kedaruratan lebih pendek dan warga merasa lebih aman.",
                "Tidak berdampak langsung pada lingkungan.")
            .status(ProgrammeStatus.PROPOSED)
            .partner("Diskominfo Provinsi Jawa Tengah", "Integrasi layanan 112")
            .budget(2026, APBD, juta(1_200))
            .budget(2027, APBD, juta(800))
            .budget(2029, APBD, juta(600))
            .budget(2032, APBD, juta(500))
            .dependsOn("GOV-01")
            .risk("Penyalahgunaan rekaman kamera", 2, 4, "SOP akses rekaman dan audit")
            .action(
                POLICY_INSTITUTION,
                "Peraturan Bupati layanan darurat 112",
                2026,
                1,
                "Perbup",
                null,
                PLANNED,
                0)
            .action(
                INFRASTRUCTURE,
                "Ruang kendali terpadu dan 100 kamera",
                2027,
                null,
                "Ruang kendali beroperasi",
                juta(800),
                PLANNED,
                0)
            .action(
                APPLICATION_LITERACY,
                "Pelatihan operator layanan 112",
                2026,
                4,
                "20 operator bersertifikat",
                juta(80),
                PLANNED,
                0),

        // --- Smart Environment ---
        programme("ENV-01", "Bank Sampah Digital", Element.WASTE, Horizon.MEDIUM)
            .years(2025, 2028)
            .lead("DLH")
            .problem("Bank sampah desa mencatat secara manual dan sulit menjual hasil pilahan.")
            .description(
                "Aplikasi bank sampah untuk nasabah, pengurus dan pengepul, memperluas Desa Merdeka"
                    + " Sampah ke seluruh kecamatan.")
            .impact(
                "Tabungan sampah warga tercatat dan dapat dicairkan.",
                "Sampah terpilah dan terdaur ulang bertambah.")
            .status(ProgrammeStatus.PLANNED)
            .partner("Tim Penggerak PKK Kabupaten Tegal", "Pengurus bank sampah")
            .partner("Bank Jateng Cabang Slawi", "Tabungan sampah")
            .budget(2025, APBD, juta(300))
            .budget(2026, APBD, juta(250))
            .budget(2026, CSR, juta(150))
            .budget(2028, DANA_DESA, juta(500))
            .dependsOn("QW-ENV")
            .action(
                APPLICATION_LITERACY,
                "Aplikasi bank sampah",
                2025,
                3,
                "Aplikasi dipakai 100 bank sampah",
                juta(180),
                PLANNED,
                0)
            .action(
                INFRASTRUCTURE,
                "Timbangan digital untuk bank sampah",
                2026,
                1,
                "100 timbangan",
                juta(150),
                PLANNED,
                0),
        programme(
                "ENV-02",
                "Pemantauan Kualitas Udara dan Sungai",
                Element.PROTECTION,
                Horizon.MEDIUM)
            .years(2026, 2029)
            .lead("DLH")
            .problem("Pencemaran Kali Gung dan udara di kawasan industri tidak terpantau rutin.")
            .description("Sensor kualitas air dan udara dengan dasbor publik dan peringatan dini.")
            .impact(
                "Warga mendapat informasi kualitas lingkungan.",
                "Sumber pencemaran cepat diketahui dan ditindak.")
            .status(ProgrammeStatus.PROPOSED)
            .partner("Universitas Indonesia", "Kalibrasi dan analisis")
            .budget(2026, APBD, juta(600))
            .budget(2027, APBN, juta(900))
            .budget(2029, APBD, juta(200))
            .dependsOn("GOV-01")
            .action(
                INFRASTRUCTURE,
                "Sensor di 10 titik sungai dan 5 titik udara",
                2027,
                null,
                "15 sensor terpasang",
                juta(900),
                PLANNED,
                0)
            .action(
                APPLICATION_LITERACY,
                "Dasbor kualitas lingkungan",
                2027,
                4,
                "Dasbor publik",
                juta(150),
                PLANNED,
                0),
        programme("ENV-03", "Penerangan Jalan Tenaga Surya Cerdas", Element.ENERGY, Horizon.LONG)
            .years(2026, 2033)
            .lead("Dishub")
            .problem("Biaya listrik penerangan jalan umum tinggi dan banyak lampu mati.")
            .description(
                "Lampu jalan tenaga surya dengan pemantauan jarak jauh, melalui skema KPBU.")
            .impact(
                "Jalan desa lebih terang dan aman di malam hari.",
                "Konsumsi listrik dan emisi karbon penerangan jalan turun.")
            .status(ProgrammeStatus.PROPOSED)
            .partner("Bank Jateng Cabang Slawi", "Pembiayaan")
            .partner("Politeknik Harapan Bersama Tegal", "Kajian teknis")
            .budget(2026, APBD, juta(400))
            .budget(2027, KPBU, juta(6_000))
            .budget(2030, KPBU, juta(4_000))
            .budget(2033, APBD, juta(300))
            .risk("Pencurian panel dan baterai", 3, 3, "Desain antipencurian dan pemantauan")
            .action(
                POLICY_INSTITUTION,
                "Kajian awal dan penyiapan KPBU",
                2026,
                null,
                "Dokumen prastudi kelayakan",
                juta(400),
                PLANNED,
                0)
            .action(
                INFRASTRUCTURE,
                "Pemasangan 3.000 lampu tahap pertama",
                2027,
                null,
                "3.000 lampu menyala",
                juta(6_000),
                PLANNED,
                0));
  }

  private static Draft quickWin(String code, String name, Element element, String lead) {
    return new Draft(code, name, element, Horizon.QUICK_WIN).years(YEAR_1, YEAR_1).lead(lead);
  }

  private static Draft programme(String code, String name, Element element, Horizon horizon) {
    return new Draft(code, name, element, horizon);
  }

  /** One demo programme with its action plan, by names instead of ids. */
  static final class Draft {
    final String code;
    final String name;
    final Element element;
    final Horizon horizon;
    int start;
    int end;
    String lead;
    String problem;
    String description;
    String impactSociety;
    String impactEnvironment;
    ProgrammeStatus status = ProgrammeStatus.PROPOSED;
    final String[] sipd = new String[3];
    final Map<String, String> partners = new java.util.LinkedHashMap<>();
    final Map<String, String> targets = new java.util.LinkedHashMap<>();
    final Map<String, String> indicators = new java.util.LinkedHashMap<>();
    final List<BudgetItem> budget = new ArrayList<>();
    final List<String> dependsOn = new ArrayList<>();
    final List<Risk> risks = new ArrayList<>();
    final List<ActionDraft> actions = new ArrayList<>();

    Draft(String code, String name, Element element, Horizon horizon) {
      this.code = code;
      this.name = name;
      this.element = element;
      this.horizon = horizon;
    }

    Draft years(int start, int end) {
      this.start = start;
      this.end = end;
      return this;
    }

    Draft lead(String abbreviation) {
      this.lead = abbreviation;
      return this;
    }

    Draft problem(String text) {
      this.problem = text;
      return this;
    }

    Draft description(String text) {
      this.description = text;
      return this;
    }

    Draft impact(String society, String environment) {
      this.impactSociety = society;
      this.impactEnvironment = environment;
      return this;
    }

    Draft status(ProgrammeStatus status) {
      this.status = status;
      return this;
    }

    Draft sipd(String program, String kegiatan, String subKegiatan) {
      sipd[0] = program;
      sipd[1] = kegiatan;
      sipd[2] = subKegiatan;
      return this;
    }

    Draft partner(String stakeholder, String contribution) {
      partners.put(stakeholder, contribution);
      return this;
    }

    Draft budget(int year, FundingSource source, long rupiah) {
      budget.add(new BudgetItem(year, source.name(), BigDecimal.valueOf(rupiah)));
      return this;
    }

    Draft dependsOn(String code) {
      dependsOn.add(code);
      return this;
    }

    Draft target(String code, String contribution) {
      targets.put(code, contribution);
      return this;
    }

    Draft indicator(String code, String contribution) {
      indicators.put(code, contribution);
      return this;
    }

    Draft risk(String description, int likelihood, int impact, String mitigation) {
      risks.add(new Risk(description, likelihood, impact, mitigation));
      return this;
    }

    Draft action(
        ActionCategory category,
        String title,
        int year,
        Integer quarter,
        String deliverable,
        Long budget,
        ActionStatus status,
        int progress) {
      actions.add(
          new ActionDraft(
              category, title, year, quarter, null, deliverable, budget, status, progress));
      return this;
    }

    /** The last action is owned by another OPD than the lead (e.g. Diskominfo builds the app). */
    Draft by(String owner) {
      ActionDraft last = actions.remove(actions.size() - 1);
      actions.add(
          new ActionDraft(
              last.category(),
              last.title(),
              last.year(),
              last.quarter(),
              owner,
              last.deliverable(),
              last.budget(),
              last.status(),
              last.progress()));
      return this;
    }
  }

  /** An action of a demo programme; {@code owner} null means the programme's lead OPD. */
  record ActionDraft(
      ActionCategory category,
      String title,
      int year,
      Integer quarter,
      String owner,
      String deliverable,
      Long budget,
      ActionStatus status,
      int progress) {}
}
