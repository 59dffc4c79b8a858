package id.rancang.identity;

import id.rancang.region.Region;
import id.rancang.region.RegionCatalog;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.RecordChanged;
import id.rancang.shared.Snapshot;
import id.rancang.shared.Throttle;
import id.rancang.shared.web.Messages;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * People who register themselves to take part in a region's public consultation. A registration
 * never reveals whether the address has an account: every valid registration gets the same answer,
 * and what happens is told only in the e-mail to that address.
 *
 * <ul>
 *   <li>A new address gets an account with status {@link AccountStatus#UNVERIFIED} (it cannot sign
 *       in) and a verification link valid {@code rancang.security.verification-validity} (48
 *       hours).
 *   <li>An unverified or invited account gets another link; the account itself is not changed, so a
 *       stranger registering someone else's address cannot set their password: only the link in the
 *       owner's mailbox can, with what that registration chose.
 *   <li>An active account gets a link that only adds the region (the password stays).
 *   <li>A disabled account gets nothing.
 * </ul>
 *
 * Following a link activates the account (with the name and password of that registration) and
 * makes the person a {@link Role#PARTICIPANT} of the region unless they already have a role there.
 * Unverified accounts are deleted after {@code rancang.security.unverified-retention} (7 days).
 */
@Service
public class SelfRegistration {

  /** How many registrations one address may receive mail for per hour (so nobody is flooded). */
  static final int MAILS_PER_ADDRESS_PER_HOUR = 3;

  static final int NAME_MAX = 200;
  static final int EMAIL_MAX = 200;
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private static final Duration HOUR = Duration.ofHours(1);
  private static final String PURPOSE = "EMAIL_VERIFICATION";
  private static final String VERIFY_PATH = "/register/verify/";
  private static final Logger log = LoggerFactory.getLogger(SelfRegistration.class);

  private final JdbcClient jdbc;
  private final AccountCatalog catalog;
  private final RegionCatalog regions;
  private final PasswordEncoder passwordEncoder;
  private final IdentityProperties properties;
  private final ApplicationEventPublisher events;
  private final Throttle throttle;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final Environment environment;
  private final Messages messages;

  SelfRegistration(
      JdbcClient jdbc,
      AccountCatalog catalog,
      RegionCatalog regions,
      PasswordEncoder passwordEncoder,
      IdentityProperties properties,
      ApplicationEventPublisher events,
      Throttle throttle,
      ObjectProvider<JavaMailSender> mailSender,
      Environment environment,
      Messages messages) {
    this.jdbc = jdbc;
    this.catalog = catalog;
    this.regions = regions;
    this.passwordEncoder = passwordEncoder;
    this.properties = properties;
    this.events = events;
    this.throttle = throttle;
    this.mailSender = mailSender;
    this.environment = environment;
    this.messages = messages;
  }

  /**
   * What a person enters to register for a region's consultation; {@code continuePath} is the page
   * (a path of this site) they go on to once their address is verified.
   */
  public record Registration(
      long regionId,
      String name,
      String email,
      String password,
      boolean consent,
      String continuePath) {}

  /** A link that can still be followed: whose it is and what following it does. */
  public record PendingVerification(
      String email, String name, long regionId, String regionName, boolean newAccount) {}

  /**
   * A followed link: the account, the region it takes part in and the page to continue on. {@code
   * activated} says whether the account was activated now (with the password chosen when
   * registering), rather than being an active account that joined the region.
   */
  public record Verification(
      long accountId, String email, long regionId, String continuePath, boolean activated) {}

  /**
   * Whether a registration can be completed here: a mail server is configured, or (demo) the link
   * is written to the log.
   */
  public boolean available() {
    return mailConfigured() || demo();
  }

  /**
   * Registers a person for the region. Checks the input (name, e-mail, the password rules, consent)
   * and then answers the same whatever the address: what happens is told only by e-mail.
   *
   * @throws InvalidInputException for a missing or wrong field
   * @throws IllegalStateException when registrations cannot be completed ({@link #available()})
   */
  @Transactional
  public void register(Registration registration) {
    if (!available()) {
      throw new IllegalStateException("no mail server configured");
    }
    check(registration);
    String email = registration.email().strip();
    String name = registration.name().strip();
    Region region =
        regions
            .findById(registration.regionId())
            .orElseThrow(() -> new NotFoundException("region", registration.regionId()));
    String continuePath = safePath(registration.continuePath());
    email = email.toLowerCase(Locale.ROOT);
    // Hashed whatever the address, so that the answer takes as long for known addresses.
    String hash = passwordEncoder.encode(registration.password());
    if (!throttle.tryAcquire("register:email:" + email, MAILS_PER_ADDRESS_PER_HOUR, HOUR)) {
      log.info("Registration for {} not sent: too many for this address in the last hour", email);
      return;
    }
    Optional<Account> existing = catalog.findByEmail(email);
    if (existing.isEmpty()) {
      Optional<Long> accountId =
          jdbc.sql(
                  "insert into account (email, name, password_hash, status, locale,"
                      + " data_consent_at) values (?, ?, ?, 'UNVERIFIED', ?, now())"
                      + " on conflict ((lower(email))) do nothing returning id")
              .params(email, name, hash, language())
              .query(Long.class)
              .optional();
      // empty: registered by someone else a moment ago, nothing to tell the person typing
      if (accountId.isPresent()) {
        String link = newLink(accountId.get(), region.id(), name, hash, continuePath);
        deliver(email, region, link, false);
      }
      return;
    }
    Account account = existing.get();
    switch (account.status()) {
      case UNVERIFIED, INVITED -> {
        String link = newLink(account.id(), region.id(), name, hash, continuePath);
        deliver(email, region, link, false);
      }
      case ACTIVE -> {
        String link = newLink(account.id(), region.id(), null, null, continuePath);
        deliver(email, region, link, true);
      }
      case DISABLED -> log.info("Registration for the disabled account {} ignored", email);
    }
  }

  /**
   * Checks what was entered (name, e-mail, the password rules, consent) without registering.
   *
   * @throws InvalidInputException naming every field with a problem
   */
  public void check(Registration registration) {
    String email = registration.email() == null ? "" : registration.email().strip();
    String name = registration.name() == null ? "" : registration.name().strip();
    List<FieldProblem> problems = new ArrayList<>();
    if (name.isEmpty()) {
      problems.add(FieldProblem.of("name", "shared.validation.required"));
    } else if (name.length() > NAME_MAX) {
      problems.add(FieldProblem.of("name", "shared.validation.tooLong"));
    }
    if (email.isEmpty()) {
      problems.add(FieldProblem.of("email", "shared.validation.required"));
    } else if (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches()) {
      problems.add(FieldProblem.of("email", "shared.validation.email"));
    }
    AccountManagement.checkPassword(registration.password(), email).ifPresent(problems::add);
    if (!registration.consent()) {
      problems.add(FieldProblem.of("consent", "identity.register.consentRequired"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /** What a verification link would do, while it can still be followed. */
  @Transactional(readOnly = true)
  public Optional<PendingVerification> pending(String secret) {
    return jdbc.sql(
            "select a.email, coalesce(l.pending_name, a.name) as name, l.region_id,"
                + " l.pending_password_hash is not null as new_account from account_link l"
                + " join account a on a.id = l.account_id where l.token_hash = ?"
                + " and l.purpose = 'EMAIL_VERIFICATION' and l.used_at is null"
                + " and l.expires_at > now() and a.status <> 'DISABLED'")
        .param(Secrets.hash(secret == null ? "" : secret))
        .query(
            (rs, n) ->
                new PendingVerification(
                    rs.getString("email"),
                    rs.getString("name"),
                    rs.getLong("region_id"),
                    regions.findById(rs.getLong("region_id")).map(Region::name).orElse(""),
                    rs.getBoolean("new_account")))
        .optional();
  }

  /**
   * Follows a verification link: activates the account with the name and password chosen in that
   * registration (an active account keeps its own), adds the PARTICIPANT role in the region if the
   * person has no role there, and uses up every verification link of the account. Empty when the
   * link is unknown, used, expired or the account disabled.
   */
  @Transactional
  public Optional<Verification> verify(String secret) {
    record Link(
        long accountId,
        long regionId,
        String name,
        String passwordHash,
        OffsetDateTime consentedAt,
        String continuePath) {}
    Optional<Link> found =
        jdbc.sql(
                "select account_id, region_id, pending_name, pending_password_hash, consented_at,"
                    + " continue_path from account_link where token_hash = ?"
                    + " and purpose = 'EMAIL_VERIFICATION' and used_at is null"
                    + " and expires_at > now() for update")
            .param(Secrets.hash(secret == null ? "" : secret))
            .query(
                (rs, n) ->
                    new Link(
                        rs.getLong("account_id"),
                        rs.getLong("region_id"),
                        rs.getString("pending_name"),
                        rs.getString("pending_password_hash"),
                        rs.getObject("consented_at", OffsetDateTime.class),
                        rs.getString("continue_path")))
            .optional();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Link link = found.get();
    Account account = catalog.findById(link.accountId()).orElseThrow();
    if (account.status() == AccountStatus.DISABLED) {
      return Optional.empty();
    }
    jdbc.sql(
            "update account_link set used_at = now() where account_id = ? and purpose = ?"
                + " and used_at is null")
        .params(account.id(), PURPOSE)
        .update();
    boolean activated = false;
    if (account.status() != AccountStatus.ACTIVE && link.passwordHash() != null) {
      jdbc.sql(
              "update account set status = 'ACTIVE', name = ?, password_hash = ?,"
                  + " data_consent_at = ?, version = version + 1 where id = ?")
          .params(link.name(), link.passwordHash(), link.consentedAt(), account.id())
          .update();
      jdbc.sql("delete from login_throttle where email = lower(?)").param(account.email()).update();
      activated = true;
    } else if (account.status() != AccountStatus.ACTIVE) {
      // an address that became invited after an "already have an account" link: nothing to set
      return Optional.empty();
    } else {
      jdbc.sql("update account set data_consent_at = ? where id = ?")
          .params(link.consentedAt(), account.id())
          .update();
    }
    if (!account.systemAdmin()) {
      int added =
          jdbc.sql(
                  "insert into membership (account_id, region_id, role) values (?, ?, 'PARTICIPANT')"
                      + " on conflict (account_id, region_id) do nothing")
              .params(account.id(), link.regionId())
              .update();
      if (added > 0) {
        Member member = catalog.membership(account.id(), link.regionId()).orElseThrow();
        events.publishEvent(
            RecordChanged.created(
                link.regionId(),
                AccountManagement.MEMBER_RECORD,
                account.id(),
                Snapshot.of(
                    "email",
                    member.email(),
                    "name",
                    member.name(),
                    "role",
                    member.role(),
                    "selfRegistered",
                    true)));
      }
    }
    return Optional.of(
        new Verification(
            account.id(), account.email(), link.regionId(), link.continuePath(), activated));
  }

  /**
   * Deletes the accounts that were not verified within {@code
   * rancang.security.unverified-retention} (7 days) after they were created, with their links. Runs
   * every hour.
   *
   * @return the number of accounts deleted
   */
  @Scheduled(
      initialDelayString = "${rancang.security.unverified-cleanup-delay:PT2M}",
      fixedDelayString = "${rancang.security.unverified-cleanup-interval:PT1H}")
  @Transactional
  public int removeUnverified() {
    int removed =
        jdbc.sql("delete from account where status = 'UNVERIFIED' and created_at < ?")
            .param(
                OffsetDateTime.now(ZoneOffset.UTC)
                    .minus(properties.security().unverifiedRetention()))
            .update();
    if (removed > 0) {
      log.info("Deleted {} unverified accounts", removed);
    }
    return removed;
  }

  private String newLink(
      long accountId, long regionId, String name, String passwordHash, String continuePath) {
    String secret = Secrets.newSecret();
    jdbc.sql(
            "insert into account_link (account_id, purpose, token_hash, expires_at, region_id,"
                + " pending_name, pending_password_hash, consented_at, continue_path)"
                + " values (?, ?, ?, ?, ?, ?, ?, now(), ?)")
        .params(
            accountId,
            PURPOSE,
            Secrets.hash(secret),
            OffsetDateTime.now(ZoneOffset.UTC).plus(properties.security().verificationValidity()),
            regionId,
            name,
            passwordHash,
            continuePath)
        .update();
    String base = properties.baseUrl();
    return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
        + VERIFY_PATH
        + secret;
  }

  /** Sends the link in the background (the answer must not tell known from unknown addresses). */
  private void deliver(String email, Region region, String link, boolean existingAccount) {
    String validity = validity(properties.security().verificationValidity());
    JavaMailSender sender = mailConfigured() ? mailSender.getIfAvailable() : null;
    if (sender == null) {
      // demo without a mail server: the person running the demo reads the link in the log
      log.info("Demo: e-mail verification link for {}: {}", email, link);
      return;
    }
    SimpleMailMessage mail = new SimpleMailMessage();
    mail.setFrom(properties.mailFrom());
    mail.setTo(email);
    mail.setSubject(messages.get("identity.register.mail.subject", region.name()));
    mail.setText(
        existingAccount
            ? messages.get(
                "identity.register.mail.existingBody",
                region.name(),
                link,
                validity,
                stripSlash(properties.baseUrl()) + "/password/forgot")
            : messages.get("identity.register.mail.body", region.name(), link, validity));
    Runnable send =
        () ->
            CompletableFuture.runAsync(() -> sender.send(mail))
                .exceptionally(
                    e -> {
                      log.warn("Could not send the verification mail: {}", e.getMessage());
                      return null;
                    });
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      // only once the link is saved, so that it works as soon as the mail arrives
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              send.run();
            }
          });
    } else {
      send.run();
    }
  }

  private String validity(Duration validity) {
    if (validity.toHours() >= 1 && validity.toMinutes() % 60 == 0) {
      return messages.get("identity.link.validity.hours", validity.toHours());
    }
    return messages.get("identity.link.validity.minutes", Math.max(1, validity.toMinutes()));
  }

  private boolean mailConfigured() {
    String host = environment.getProperty("spring.mail.host");
    return host != null && !host.isBlank() && mailSender.getIfAvailable() != null;
  }

  private boolean demo() {
    return environment.getProperty("rancang.demo.enabled", Boolean.class, false);
  }

  private static String language() {
    return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "id";
  }

  /** Only a path of this site ("/..." but not "//host"), so the link cannot lead elsewhere. */
  private static String safePath(String path) {
    if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
      return "/";
    }
    return path;
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
