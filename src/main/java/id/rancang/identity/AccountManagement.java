package id.rancang.identity;

import id.rancang.region.OpdDirectory;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.RecordChanged;
import id.rancang.shared.Snapshot;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds people to regions, changes their roles, and manages passwords through single-use links. */
@Service
public class AccountManagement {

  public static final String MEMBER_RECORD = "member";
  public static final int MIN_PASSWORD_LENGTH = 10;
  private static final Logger log = LoggerFactory.getLogger(AccountManagement.class);

  private final JdbcClient jdbc;
  private final AccountCatalog catalog;
  private final OpdDirectory opds;
  private final PasswordEncoder passwordEncoder;
  private final IdentityProperties properties;
  private final ApplicationEventPublisher events;

  AccountManagement(
      JdbcClient jdbc,
      AccountCatalog catalog,
      OpdDirectory opds,
      PasswordEncoder passwordEncoder,
      IdentityProperties properties,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.catalog = catalog;
    this.opds = opds;
    this.passwordEncoder = passwordEncoder;
    this.properties = properties;
    this.events = events;
  }

  /** Adds a person to a region; a new account without a password gets an invitation link. */
  @Transactional
  public NewMember addMember(long regionId, NewMemberCommand command) {
    List<FieldProblem> problems =
        new ArrayList<>(checkRole(regionId, command.role(), command.opdId()));
    String password = blank(command.password()) ? null : command.password();
    if (password != null) {
      checkPassword(password, command.email()).ifPresent(problems::add);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    String email = command.email().strip().toLowerCase(Locale.ROOT);
    Optional<Account> existing = catalog.findByEmail(email);
    long accountId;
    String link = null;
    if (existing.isPresent()) {
      accountId = existing.get().id();
      if (catalog.membership(accountId, regionId).isPresent()) {
        throw InvalidInputException.of("email", "identity.member.alreadyMember", email);
      }
      if (existing.get().status() == AccountStatus.UNVERIFIED) {
        // registered themselves but not verified yet: the administrator's invitation now counts
        // (the person's own verification links keep working), and the account is no longer
        // deleted as unverified
        jdbc.sql(
                "update account set status = 'INVITED', password_hash = null,"
                    + " version = version + 1 where id = ?")
            .param(accountId)
            .update();
        link = newLink(accountId, LinkPurpose.INVITATION);
      }
    } else {
      try {
        accountId =
            jdbc.sql(
                    "insert into account (email, name, password_hash, status) values (?, ?, ?, ?)"
                        + " returning id")
                .params(
                    email,
                    command.name().strip(),
                    password == null ? null : passwordEncoder.encode(password),
                    password == null ? AccountStatus.INVITED.name() : AccountStatus.ACTIVE.name())
                .query(Long.class)
                .single();
      } catch (DuplicateKeyException e) {
        // created by someone else a moment ago: ask the admin to add them again
        throw InvalidInputException.of("email", "identity.member.justCreated", email);
      }
      if (password == null) {
        link = newLink(accountId, LinkPurpose.INVITATION);
      }
    }
    jdbc.sql("insert into membership (account_id, region_id, role, opd_id) values (?, ?, ?, ?)")
        .params(
            accountId, regionId, command.role().name(), roleOpd(command.role(), command.opdId()))
        .update();
    Member member = catalog.membership(accountId, regionId).orElseThrow();
    events.publishEvent(
        RecordChanged.created(regionId, MEMBER_RECORD, accountId, snapshot(member)));
    return new NewMember(member, link);
  }

  @Transactional
  public Member changeRole(long regionId, long accountId, Role role, Long opdId) {
    Member before =
        catalog
            .membership(accountId, regionId)
            .orElseThrow(() -> new NotFoundException(MEMBER_RECORD, accountId));
    List<FieldProblem> problems = checkRole(regionId, role, opdId);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (before.role() == Role.REGION_ADMIN && role != Role.REGION_ADMIN) {
      requireAnotherAdmin(regionId, accountId);
    }
    jdbc.sql("update membership set role = ?, opd_id = ? where account_id = ? and region_id = ?")
        .params(role.name(), roleOpd(role, opdId), accountId, regionId)
        .update();
    Member after = catalog.membership(accountId, regionId).orElseThrow();
    events.publishEvent(
        RecordChanged.updated(
            regionId, MEMBER_RECORD, accountId, snapshot(before), snapshot(after)));
    return after;
  }

  @Transactional
  public void removeMember(long regionId, long accountId) {
    Member before =
        catalog
            .membership(accountId, regionId)
            .orElseThrow(() -> new NotFoundException(MEMBER_RECORD, accountId));
    if (before.role() == Role.REGION_ADMIN) {
      requireAnotherAdmin(regionId, accountId);
    }
    jdbc.sql("delete from membership where account_id = ? and region_id = ?")
        .params(accountId, regionId)
        .update();
    events.publishEvent(
        RecordChanged.deleted(regionId, MEMBER_RECORD, accountId, snapshot(before)));
  }

  /**
   * A new single-use password-reset (or, for an invited person, invitation) link for a member of
   * the region, to hand over in person. Refused for system administrators and for people who also
   * work in other regions: a region admin must not be able to take over an account that gives
   * access elsewhere; those people use "forgot password" themselves.
   */
  @Transactional
  public String passwordResetLink(long regionId, long accountId) {
    catalog
        .membership(accountId, regionId)
        .orElseThrow(() -> new NotFoundException(MEMBER_RECORD, accountId));
    Account account = catalog.findById(accountId).orElseThrow();
    boolean elsewhere =
        catalog.membershipsOf(accountId).stream().anyMatch(m -> m.regionId() != regionId);
    if (account.systemAdmin() || elsewhere) {
      throw InvalidInputException.of("email", "identity.member.resetElsewhere");
    }
    return newLink(
        accountId,
        account.status() == AccountStatus.INVITED
            ? LinkPurpose.INVITATION
            : LinkPurpose.PASSWORD_RESET);
  }

  /** A reset link for whoever owns the address, or empty when nobody does (callers say nothing). */
  @Transactional
  public Optional<String> passwordResetLinkFor(String email) {
    return catalog
        .findByEmail(email)
        .filter(a -> a.status() == AccountStatus.ACTIVE)
        .filter(a -> !recentlyLinked(a.id()))
        .map(a -> newLink(a.id(), LinkPurpose.PASSWORD_RESET));
  }

  /** Whether a link can still be used, and for which account. */
  public Optional<Account> accountForLink(String secret) {
    return jdbc.sql(
            "select account_id from account_link where token_hash = ? and used_at is null"
                + " and expires_at > now() and purpose in ('INVITATION', 'PASSWORD_RESET')")
        .param(Secrets.hash(secret))
        .query(Long.class)
        .optional()
        .flatMap(catalog::findById);
  }

  /**
   * Sets a password through an invitation or reset link; the link is used up and old tokens
   * revoked.
   */
  @Transactional
  public Account setPasswordWithLink(String secret, String password) {
    Account account =
        accountForLink(secret)
            .orElseThrow(() -> InvalidInputException.of("token", "identity.link.invalid"));
    checkPassword(password, account.email())
        .ifPresent(
            p -> {
              throw new InvalidInputException(List.of(p));
            });
    int used =
        jdbc.sql(
                "update account_link set used_at = now() where token_hash = ? and used_at is null"
                    + " and purpose in ('INVITATION', 'PASSWORD_RESET')")
            .param(Secrets.hash(secret))
            .update();
    if (used == 0) {
      throw InvalidInputException.of("token", "identity.link.invalid");
    }
    jdbc.sql(
            "update account set password_hash = ?, status = 'ACTIVE', version = version + 1"
                + " where id = ? and status <> 'DISABLED'")
        .params(passwordEncoder.encode(password), account.id())
        .update();
    endSessionsAndTokens(account, null);
    jdbc.sql("delete from login_throttle where email = lower(?)").param(account.email()).update();
    return catalog.findById(account.id()).orElseThrow();
  }

  /**
   * Changes one's own password; other sessions (except {@code currentSessionId}) and tokens end.
   */
  @Transactional
  public void changePassword(
      long accountId, String current, String password, String currentSessionId) {
    String hash =
        jdbc.sql("select password_hash from account where id = ?")
            .param(accountId)
            .query(String.class)
            .single();
    if (hash == null || !passwordEncoder.matches(current == null ? "" : current, hash)) {
      throw InvalidInputException.of("currentPassword", "identity.password.currentWrong");
    }
    Account account = catalog.findById(accountId).orElseThrow();
    checkPassword(password, account.email())
        .ifPresent(
            p -> {
              throw new InvalidInputException(List.of(p));
            });
    jdbc.sql("update account set password_hash = ?, version = version + 1 where id = ?")
        .params(passwordEncoder.encode(password), accountId)
        .update();
    endSessionsAndTokens(account, currentSessionId);
  }

  @Transactional
  public void setLocale(long accountId, String locale) {
    jdbc.sql("update account set locale = ? where id = ?")
        .params("en".equals(locale) ? "en" : "id", accountId)
        .update();
  }

  /**
   * Creates the first system administrator from configuration when the address has no account yet.
   * Returns whether one was created.
   */
  @Transactional
  public boolean ensureSystemAdmin(String email, String password, String name) {
    if (blank(email) || blank(password)) {
      return false;
    }
    Optional<Account> existing = catalog.findByEmail(email);
    if (existing.isPresent()) {
      if (!existing.get().systemAdmin()) {
        // never promote an existing account by configuration: whoever controls it would gain
        // every region
        log.warn(
            "RANCANG_ADMIN_EMAIL {} belongs to an existing account that is not a system"
                + " administrator; it was left unchanged",
            email);
      }
      return false;
    }
    checkPassword(password, email)
        .ifPresent(
            p -> log.warn("The configured administrator password is weak: {}", p.messageKey()));
    jdbc.sql(
            "insert into account (email, name, password_hash, system_admin, status)"
                + " values (?, ?, ?, true, 'ACTIVE')")
        .params(email.strip().toLowerCase(Locale.ROOT), name, passwordEncoder.encode(password))
        .update();
    return true;
  }

  /** Makes an account a system administrator (used by the demo loader and bootstrap). */
  @Transactional
  public long createSystemAdmin(String email, String name, String password) {
    return jdbc.sql(
            "insert into account (email, name, password_hash, system_admin, status)"
                + " values (?, ?, ?, true, 'ACTIVE') returning id")
        .params(email.strip().toLowerCase(Locale.ROOT), name, passwordEncoder.encode(password))
        .query(Long.class)
        .single();
  }

  /** Whether a reset link was made in the last five minutes (so requests cannot flood anyone). */
  private boolean recentlyLinked(long accountId) {
    return jdbc.sql(
                "select count(*) from account_link where account_id = ? and purpose = 'PASSWORD_RESET'"
                    + " and created_at > now() - interval '5 minutes'")
            .param(accountId)
            .query(Long.class)
            .single()
        > 0;
  }

  /** Ends every session and API token of the person (for a lost phone or a shared computer). */
  @Transactional
  public void signOutEverywhere(long accountId) {
    endSessionsAndTokens(catalog.findById(accountId).orElseThrow(), null);
  }

  /** Signs the person out everywhere: their API tokens and their other sessions end. */
  private void endSessionsAndTokens(Account account, String keepSessionId) {
    jdbc.sql("update api_token set revoked_at = now() where account_id = ? and revoked_at is null")
        .param(account.id())
        .update();
    jdbc.sql(
            "delete from spring_session where lower(principal_name) = lower(?)"
                + " and session_id is distinct from ?")
        .params(account.email(), keepSessionId)
        .update();
  }

  private String newLink(long accountId, LinkPurpose purpose) {
    String secret = Secrets.newSecret();
    OffsetDateTime expires =
        OffsetDateTime.now(ZoneOffset.UTC)
            .plus(
                purpose == LinkPurpose.INVITATION
                    ? properties.security().invitationValidity()
                    : properties.security().resetValidity());
    jdbc.sql(
            "update account_link set used_at = now() where account_id = ? and purpose = ?"
                + " and used_at is null")
        .params(accountId, purpose.name())
        .update();
    jdbc.sql(
            "insert into account_link (account_id, purpose, token_hash, expires_at)"
                + " values (?, ?, ?, ?)")
        .params(accountId, purpose.name(), Secrets.hash(secret), expires)
        .update();
    String path = purpose == LinkPurpose.INVITATION ? "/invitation/" : "/password/reset/";
    return stripSlash(properties.baseUrl()) + path + secret;
  }

  private List<FieldProblem> checkRole(long regionId, Role role, Long opdId) {
    List<FieldProblem> problems = new ArrayList<>();
    if (role == null) {
      problems.add(FieldProblem.of("role", "shared.validation.required"));
    } else if (role == Role.SYSTEM_ADMIN) {
      problems.add(FieldProblem.of("role", "identity.member.systemAdminNotARegionRole"));
    } else if (role == Role.OPD_CONTRIBUTOR) {
      if (opdId == null) {
        problems.add(FieldProblem.of("opdId", "identity.member.opdRequired"));
      } else if (opds.find(regionId, opdId).isEmpty()) {
        problems.add(FieldProblem.of("opdId", "identity.member.opdUnknown"));
      }
    }
    return problems;
  }

  private void requireAnotherAdmin(long regionId, long accountId) {
    // two admins demoting each other at the same moment: the second waits for the first
    jdbc.sql("select id from region where id = ? for update")
        .param(regionId)
        .query(Long.class)
        .list();
    long others =
        jdbc.sql(
                "select count(*) from membership where region_id = ? and role = 'REGION_ADMIN'"
                    + " and account_id <> ?")
            .params(regionId, accountId)
            .query(Long.class)
            .single();
    if (others == 0) {
      throw InvalidInputException.of("role", "identity.member.lastAdmin");
    }
  }

  static Optional<FieldProblem> checkPassword(String password, String email) {
    if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
      return Optional.of(
          FieldProblem.of("password", "identity.password.tooShort", MIN_PASSWORD_LENGTH));
    }
    if (email != null && password.equalsIgnoreCase(email.strip())) {
      return Optional.of(FieldProblem.of("password", "identity.password.sameAsEmail"));
    }
    return Optional.empty();
  }

  private static Long roleOpd(Role role, Long opdId) {
    return role == Role.OPD_CONTRIBUTOR ? opdId : null;
  }

  private static Map<String, Object> snapshot(Member m) {
    return Snapshot.of("email", m.email(), "name", m.name(), "role", m.role(), "opdId", m.opdId());
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  enum LinkPurpose {
    INVITATION,
    PASSWORD_RESET
  }
}
