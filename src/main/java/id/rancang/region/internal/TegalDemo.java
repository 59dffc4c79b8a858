package id.rancang.region.internal;

import id.rancang.region.DemoRegionLoaded;
import id.rancang.region.Masterplan;
import id.rancang.region.MasterplanCommand;
import id.rancang.region.MasterplanManagement;
import id.rancang.region.OpdCommand;
import id.rancang.region.OpdDirectory;
import id.rancang.region.PentahelixRole;
import id.rancang.region.Region;
import id.rancang.region.RegionCatalog;
import id.rancang.region.RegionCommand;
import id.rancang.region.RegionManagement;
import id.rancang.region.RegionType;
import id.rancang.region.StakeholderCommand;
import id.rancang.region.StakeholderKind;
import id.rancang.region.StakeholderRegister;
import java.math.BigDecimal;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads Kabupaten Tegal (public facts from the domain brief) when {@code RANCANG_DEMO=true} and the
 * region does not exist yet: its main OPD, a dozen stakeholders across the pentahelix and the
 * 2024-2033 masterplan shell. Other modules add their part on {@link DemoRegionLoaded}.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "rancang.demo.enabled", havingValue = "true")
class TegalDemo implements ApplicationRunner {

  static final String CODE = "33.28";
  private static final Logger log = LoggerFactory.getLogger(TegalDemo.class);

  private final RegionCatalog catalog;
  private final RegionManagement regions;
  private final OpdDirectory opds;
  private final StakeholderRegister stakeholders;
  private final MasterplanManagement masterplans;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;

  TegalDemo(
      RegionCatalog catalog,
      RegionManagement regions,
      OpdDirectory opds,
      StakeholderRegister stakeholders,
      MasterplanManagement masterplans,
      ApplicationEventPublisher events,
      TransactionTemplate transaction) {
    this.catalog = catalog;
    this.regions = regions;
    this.opds = opds;
    this.stakeholders = stakeholders;
    this.masterplans = masterplans;
    this.events = events;
    this.transaction = transaction;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (catalog.findByCode(CODE).isPresent()) {
      log.info("Demo region {} already present", CODE);
      return;
    }
    transaction.executeWithoutResult(status -> load());
    log.info("Loaded the Kabupaten Tegal demo");
  }

  private void load() {
    Region tegal =
        regions.create(
            new RegionCommand(
                CODE,
                "Kabupaten Tegal",
                RegionType.KABUPATEN,
                "Jawa Tengah",
                "Slawi",
                new BigDecimal("878.79"),
                1_623_595L,
                2022,
                "BPS 2022"));
    for (OpdCommand opd : OPDS) {
      opds.create(tegal.id(), opd);
    }
    for (StakeholderCommand stakeholder : STAKEHOLDERS) {
      stakeholders.create(tegal.id(), stakeholder, "demo");
    }
    Masterplan plan =
        masterplans.create(
            tegal.id(),
            new MasterplanCommand("Masterplan Smart City Kabupaten Tegal 2024-2033", 2024, 2033));
    events.publishEvent(new DemoRegionLoaded(tegal.id(), plan.id()));
  }

  private static OpdCommand opd(String name, String abbreviation, String head) {
    return new OpdCommand(name, abbreviation, head, null, null, null);
  }

  static final List<OpdCommand> OPDS =
      List.of(
          opd("Dinas Komunikasi dan Informatika", "Diskominfo", "Nurhayati"),
          opd("Badan Perencanaan Pembangunan Daerah", "Bappeda", null),
          opd("Dinas Kesehatan", "Dinkes", null),
          opd("Dinas Pendidikan dan Kebudayaan", "Disdikbud", null),
          opd("Dinas Lingkungan Hidup", "DLH", null),
          opd("Dinas Perhubungan", "Dishub", null),
          opd("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "DPMPTSP", null),
          opd("Dinas Kepemudaan, Olahraga dan Pariwisata", "Disporapar", null),
          opd("Dinas Koperasi, UKM dan Perdagangan", "Dinkop UKM dan Perdagangan", null),
          opd("RSUD dr. Soeselo", "RSUD Soeselo", null));

  private static StakeholderCommand organisation(String name, PentahelixRole role) {
    return new StakeholderCommand(
        StakeholderKind.ORGANISATION, name, role, null, null, null, null, false, null);
  }

  static final List<StakeholderCommand> STAKEHOLDERS =
      List.of(
          organisation("Diskominfo Provinsi Jawa Tengah", PentahelixRole.GOVERNMENT),
          organisation("Kementerian Komunikasi dan Digital", PentahelixRole.GOVERNMENT),
          organisation("Universitas Indonesia", PentahelixRole.ACADEMIA),
          organisation("Universitas Pancasakti Tegal", PentahelixRole.ACADEMIA),
          organisation("Politeknik Harapan Bersama Tegal", PentahelixRole.ACADEMIA),
          organisation("Bank Jateng Cabang Slawi", PentahelixRole.BUSINESS),
          organisation("Asosiasi UMKM Kabupaten Tegal", PentahelixRole.BUSINESS),
          organisation("Relawan TIK Kabupaten Tegal", PentahelixRole.COMMUNITY),
          organisation("Tim Penggerak PKK Kabupaten Tegal", PentahelixRole.COMMUNITY),
          organisation("Radar Tegal", PentahelixRole.MEDIA),
          organisation("Panturapost", PentahelixRole.MEDIA),
          new StakeholderCommand(
              StakeholderKind.PERSON,
              "Andi Pratama (contoh narasumber)",
              PentahelixRole.ACADEMIA,
              "Universitas Indonesia",
              "Tenaga ahli",
              "andi.pratama@example.org",
              null,
              true,
              "Undangan Bimtek dan telaah dokumen masterplan"));
}
