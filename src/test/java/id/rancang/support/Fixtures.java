package id.rancang.support;

import id.rancang.identity.AccountCatalog;
import id.rancang.identity.AccountManagement;
import id.rancang.identity.AccountStatus;
import id.rancang.identity.ApiTokens;
import id.rancang.identity.NewMemberCommand;
import id.rancang.identity.RancangUser;
import id.rancang.identity.Role;
import id.rancang.region.MasterplanCommand;
import id.rancang.region.MasterplanManagement;
import id.rancang.region.Opd;
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
import id.rancang.strategy.BreakdownItem;
import id.rancang.strategy.Dimension;
import id.rancang.strategy.Pillar;
import id.rancang.strategy.ProfileStatCommand;
import id.rancang.strategy.ProfileStatistics;
import id.rancang.strategy.ReadinessAnalysis;
import id.rancang.strategy.SwotItemCommand;
import id.rancang.strategy.SwotKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Builds what tests need through the modules' own APIs: a fresh region with one person per role
 * (each with an API token), and a system administrator.
 */
@TestComponent
public class Fixtures {

  /** Every province; codes NN.01-NN.70 are kabupaten, NN.71-NN.99 kota (3,762 codes in all). */
  private static final List<String> PROVINCES =
      List.of(
          "11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "31", "32", "33", "34", "35",
          "36", "51", "52", "53", "61", "62", "63", "64", "65", "71", "72", "73", "74", "75", "76",
          "81", "82", "91", "92", "93", "94", "95", "96");

  private static final int NUMBERS_PER_PROVINCE = 99;
  private static final AtomicInteger NEXT = new AtomicInteger();

  private final RegionManagement regions;
  private final RegionCatalog regionCatalog;
  private final OpdDirectory opds;
  private final AccountManagement accounts;
  private final AccountCatalog accountCatalog;
  private final ApiTokens tokens;
  private final StakeholderRegister stakeholders;
  private final MasterplanManagement masterplans;
  private final ReadinessAnalysis readiness;
  private final ProfileStatistics profileStatistics;
  private Person systemAdmin;

  Fixtures(
      RegionManagement regions,
      RegionCatalog regionCatalog,
      OpdDirectory opds,
      AccountManagement accounts,
      AccountCatalog accountCatalog,
      ApiTokens tokens,
      StakeholderRegister stakeholders,
      MasterplanManagement masterplans,
      ReadinessAnalysis readiness,
      ProfileStatistics profileStatistics) {
    this.regions = regions;
    this.regionCatalog = regionCatalog;
    this.opds = opds;
    this.accounts = accounts;
    this.accountCatalog = accountCatalog;
    this.tokens = tokens;
    this.stakeholders = stakeholders;
    this.masterplans = masterplans;
    this.readiness = readiness;
    this.profileStatistics = profileStatistics;
  }

  /**
   * A signed-in person as tests use them: for pages ({@link #user}) and the API ({@link #token}).
   */
  public record Person(long accountId, String email, String token, RancangUser principal) {

    /** Signs a MockMvc request in as this person (page requests). */
    public RequestPostProcessor user() {
      return org.springframework.security.test.web.servlet.request
          .SecurityMockMvcRequestPostProcessors.user(principal);
    }

    /** Signs a MockMvc request in with this person's bearer token (API requests). */
    public RequestPostProcessor bearer() {
      return request -> {
        request.addHeader("Authorization", "Bearer " + token);
        return request;
      };
    }
  }

  /** A region with an OPD and one person for each region role. */
  public record TestRegion(Region region, Opd opd, Map<Role, Person> people) {
    public String code() {
      return region.code();
    }

    public long id() {
      return region.id();
    }

    public Person as(Role role) {
      return people.get(role);
    }
  }

  /** A free kabupaten code (NN.01-NN.70), for tests that create a KABUPATEN themselves. */
  public String unusedRegionCode() {
    return unusedCode(true);
  }

  private synchronized String unusedCode(boolean kabupatenOnly) {
    int capacity = PROVINCES.size() * NUMBERS_PER_PROVINCE;
    for (int tries = 0; tries < capacity; tries++) {
      int n = NEXT.getAndIncrement() % capacity;
      int number = n % NUMBERS_PER_PROVINCE + 1;
      if (kabupatenOnly && number > 70) {
        continue;
      }
      String code = PROVINCES.get(n / NUMBERS_PER_PROVINCE) + "." + String.format("%02d", number);
      // 33.28 is the Kabupaten Tegal demo, which DemoDataTests loads into the same database
      if (!code.equals("33.28") && regionCatalog.findByCode(code).isEmpty()) {
        return code;
      }
    }
    throw new IllegalStateException(
        "All " + capacity + " test region codes are used: the test database needs cleaning");
  }

  /** Kabupaten are numbered 01-70, kota 71-99. */
  private static RegionType typeOf(String code) {
    return Integer.parseInt(code.substring(3)) > 70 ? RegionType.KOTA : RegionType.KABUPATEN;
  }

  public TestRegion newRegion() {
    String code = unusedCode(false);
    Region region =
        regions.create(
            new RegionCommand(
                code,
                "Daerah Uji " + code,
                typeOf(code),
                "Provinsi Uji",
                "Ibu Kota",
                null,
                null,
                null,
                null));
    Opd opd =
        opds.create(
            region.id(),
            new OpdCommand(
                "Dinas Uji " + code, "DU" + code.replace(".", ""), null, null, null, null));
    Map<Role, Person> people = new EnumMap<>(Role.class);
    for (Role role : Role.regionRoles()) {
      String email = role.name().toLowerCase().replace('_', '-') + "." + code + "@uji.test";
      long id =
          accounts
              .addMember(
                  region.id(),
                  new NewMemberCommand(
                      email,
                      "Uji " + role.name(),
                      role,
                      role == Role.OPD_CONTRIBUTOR ? opd.id() : null,
                      "kata-sandi-uji-123"))
              .member()
              .accountId();
      people.put(role, person(id, email, false));
    }
    return new TestRegion(region, opd, people);
  }

  /** A person stakeholder with consented contact data. */
  public long createPersonStakeholder(long regionId) {
    return stakeholders
        .create(
            regionId,
            new StakeholderCommand(
                StakeholderKind.PERSON,
                "Narasumber",
                PentahelixRole.ACADEMIA,
                null,
                null,
                "narasumber@example.org",
                null,
                true,
                "Undangan Bimtek"),
            "test")
        .id();
  }

  /**
   * The person behind a caller code of the authorisation matrices: SA system administrator, RA, ED,
   * OC, RV, PA the region's roles, OT the administrator of {@code otherRegion}, AN nobody.
   */
  public Person caller(String code, TestRegion region, TestRegion otherRegion) {
    return switch (code) {
      case "SA" -> systemAdmin();
      case "RA" -> region.as(Role.REGION_ADMIN);
      case "ED" -> region.as(Role.EDITOR);
      case "OC" -> region.as(Role.OPD_CONTRIBUTOR);
      case "RV" -> region.as(Role.REVIEWER);
      case "PA" -> region.as(Role.PARTICIPANT);
      case "OT" -> otherRegion.as(Role.REGION_ADMIN);
      case "AN" -> null;
      default -> throw new IllegalArgumentException("unknown caller " + code);
    };
  }

  /** A population statistic with one kecamatan in its breakdown. */
  public long createProfileStat(long regionId, long masterplanId) {
    return profileStatistics
        .create(
            regionId,
            masterplanId,
            new ProfileStatCommand(
                "Jumlah penduduk",
                new java.math.BigDecimal("1623595"),
                "jiwa",
                2023,
                "BPS",
                List.of(new BreakdownItem("Slawi", new java.math.BigDecimal("75000")))))
        .id();
  }

  /** A SWOT strength of Smart Governance / Struktur in the masterplan. */
  public long createSwotItem(long regionId, long masterplanId) {
    return readiness
        .addItem(
            regionId,
            masterplanId,
            new SwotItemCommand(
                Dimension.GOVERNANCE, Pillar.STRUKTUR, SwotKind.STRENGTH, "Tim TIK berpengalaman"))
        .id();
  }

  public long createMasterplan(long regionId) {
    return masterplans.create(regionId, new MasterplanCommand("Masterplan Uji", 2024, null)).id();
  }

  public long createOpd(long regionId, String name, String abbreviation) {
    return opds.create(regionId, new OpdCommand(name, abbreviation, null, null, null, null)).id();
  }

  /**
   * The test run's system administrator, with a token of its own for each caller (a test that
   * revokes its token or signs out everywhere does not disturb the next).
   */
  public synchronized Person systemAdmin() {
    if (systemAdmin == null) {
      String email = "sysadmin." + ProcessHandle.current().pid() + "@uji.test";
      long id =
          accountCatalog.findByEmail(email).isPresent()
              ? accountCatalog.findByEmail(email).get().id()
              : accounts.createSystemAdmin(email, "Admin Sistem Uji", "kata-sandi-uji-123");
      systemAdmin = person(id, email, true);
    }
    return person(systemAdmin.accountId(), systemAdmin.email(), true);
  }

  private Person person(long accountId, String email, boolean systemAdmin) {
    String token = tokens.issue(accountId).token();
    return new Person(
        accountId,
        email,
        token,
        new RancangUser(accountId, email, email, systemAdmin, null, AccountStatus.ACTIVE));
  }

  // Branding and comments: their services are injected here so that these helpers stay in one
  // block.
  @org.springframework.beans.factory.annotation.Autowired
  private id.rancang.strategy.Branding branding;

  @org.springframework.beans.factory.annotation.Autowired
  private id.rancang.strategy.StrategyComments strategyComments;

  /** The masterplan's branding statement (version 0). */
  public long createBranding(long regionId, long masterplanId) {
    return branding
        .save(
            regionId,
            masterplanId,
            new id.rancang.strategy.BrandingCommand(
                "Kota Cerdas Uji", "Pusat layanan digital", "Logo biru"),
            null)
        .id();
  }

  /** A comment by {@code author} on the masterplan's branding (version 0, open). */
  public long createComment(long regionId, long masterplanId, String author) {
    return strategyComments
        .add(
            regionId,
            masterplanId,
            id.rancang.strategy.CommentSubject.BRANDING,
            masterplanId,
            author,
            "Tagline terlalu umum")
        .id();
  }

  // RPJMD (injected here rather than in the constructor, to keep this block in one place)
  @org.springframework.beans.factory.annotation.Autowired
  private id.rancang.strategy.RpjmdPlan rpjmdPlan;

  private static final AtomicInteger RPJMD_CODES = new AtomicInteger();

  /** An RPJMD mission (no parent) with a code of its own. */
  public long createRpjmdItem(long regionId, long masterplanId) {
    return rpjmdPlan
        .addItem(
            regionId,
            masterplanId,
            new id.rancang.strategy.RpjmdItemCommand(
                id.rancang.strategy.RpjmdItemKind.MISSION,
                null,
                "M" + RPJMD_CODES.incrementAndGet(),
                "Mewujudkan tata kelola pemerintahan yang bersih"))
        .id();
  }

  // Masterplan versions (document module), injected here to keep this block in one place
  @org.springframework.beans.factory.annotation.Autowired
  private id.rancang.document.MasterplanVersions masterplanVersions;

  private static final AtomicInteger VERSION_NAMES = new AtomicInteger();

  /** A frozen version of the masterplan as it is now, with a name of its own. */
  public long createMasterplanVersion(long regionId, long masterplanId) {
    return masterplanVersions
        .freeze(regionId, masterplanId, "v" + VERSION_NAMES.incrementAndGet() + ".0", null)
        .id();
  }
}
