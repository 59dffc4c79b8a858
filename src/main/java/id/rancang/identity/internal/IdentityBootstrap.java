package id.rancang.identity.internal;

import id.rancang.identity.AccountCatalog;
import id.rancang.identity.AccountManagement;
import id.rancang.identity.IdentityProperties;
import id.rancang.identity.NewMemberCommand;
import id.rancang.identity.Role;
import id.rancang.region.DemoRegionLoaded;
import id.rancang.region.Opd;
import id.rancang.region.OpdDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first system administrator from {@code RANCANG_ADMIN_EMAIL}/{@code RANCANG_ADMIN_PASSWORD},
 * and one demo account per role when the demo region is loaded.
 */
@Component
@Order(2)
class IdentityBootstrap implements ApplicationRunner {

  /** Password of every demo account (printed in the README). */
  static final String DEMO_PASSWORD = "rancang-demo-2024";

  private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

  private final AccountManagement accounts;
  private final AccountCatalog catalog;
  private final OpdDirectory opds;
  private final IdentityProperties properties;

  IdentityBootstrap(
      AccountManagement accounts,
      AccountCatalog catalog,
      OpdDirectory opds,
      IdentityProperties properties) {
    this.accounts = accounts;
    this.catalog = catalog;
    this.opds = opds;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (accounts.ensureSystemAdmin(
        properties.adminEmail(), properties.adminPassword(), "Administrator")) {
      log.info("Created system administrator {}", properties.adminEmail());
    } else if (catalog.countAccounts() == 0) {
      log.warn(
          "No account exists. Set RANCANG_ADMIN_EMAIL and RANCANG_ADMIN_PASSWORD (or RANCANG_DEMO=true)"
              + " and restart to create the first system administrator.");
    }
  }

  @EventListener
  void on(DemoRegionLoaded demo) {
    if (catalog.findByEmail("sistem@rancang.demo").isEmpty()) {
      accounts.createSystemAdmin("sistem@rancang.demo", "Admin Sistem (demo)", DEMO_PASSWORD);
    }
    long dinkes =
        opds.all(demo.regionId()).stream()
            .filter(o -> o.abbreviation().equals("Dinkes"))
            .map(Opd::id)
            .findFirst()
            .orElseThrow();
    add(demo, "admin@tegalkab.demo", "Admin Daerah (demo)", Role.REGION_ADMIN, null);
    add(demo, "editor@tegalkab.demo", "Tim Diskominfo (demo)", Role.EDITOR, null);
    add(demo, "dinkes@tegalkab.demo", "Kontributor Dinkes (demo)", Role.OPD_CONTRIBUTOR, dinkes);
    add(demo, "ahli@tegalkab.demo", "Tenaga Ahli (demo)", Role.REVIEWER, null);
    add(demo, "peserta@tegalkab.demo", "Peserta Bimtek (demo)", Role.PARTICIPANT, null);
  }

  private void add(DemoRegionLoaded demo, String email, String name, Role role, Long opdId) {
    accounts.addMember(
        demo.regionId(), new NewMemberCommand(email, name, role, opdId, DEMO_PASSWORD));
  }
}
