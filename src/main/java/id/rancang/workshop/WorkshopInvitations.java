package id.rancang.workshop;

import id.rancang.identity.Account;
import id.rancang.identity.AccountCatalog;
import id.rancang.identity.Member;
import id.rancang.region.Opd;
import id.rancang.region.OpdDirectory;
import id.rancang.region.PentahelixRole;
import id.rancang.region.Stakeholder;
import id.rancang.region.StakeholderRegister;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.Page;
import id.rancang.shared.PageRequest;
import id.rancang.shared.RecordChanged;
import id.rancang.shared.Snapshot;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who comes to a workshop: organisers invite members of the region and stakeholders of its
 * register, several at once (someone already on the list is reported, not added twice); a member
 * registers themselves, accepts or declines an invitation addressed to them, or withdraws. Names
 * are read from the accounts and the register, so the list never holds a copy of personal data.
 */
@Service
public class WorkshopInvitations {

  public static final String RECORD_TYPE = "workshopInvitation";
  private static final String COLUMNS =
      "id, workshop_id, account_id, stakeholder_id, opd_id, pentahelix_role, status, source,"
          + " responded_at, version";

  private final JdbcClient jdbc;
  private final WorkshopCatalog catalog;
  private final AccountCatalog accounts;
  private final StakeholderRegister stakeholders;
  private final OpdDirectory opds;
  private final ApplicationEventPublisher events;

  WorkshopInvitations(
      JdbcClient jdbc,
      WorkshopCatalog catalog,
      AccountCatalog accounts,
      StakeholderRegister stakeholders,
      OpdDirectory opds,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.catalog = catalog;
    this.accounts = accounts;
    this.stakeholders = stakeholders;
    this.opds = opds;
    this.events = events;
  }

  /** An invitation as stored, before names are added. */
  private record Row(
      long id,
      long workshopId,
      Long accountId,
      Long stakeholderId,
      Long opdId,
      PentahelixRole role,
      InvitationStatus status,
      InvitationSource source,
      java.time.OffsetDateTime respondedAt,
      int version) {}

  /** The region's people and OPD, read once per request. */
  private record Directory(
      Map<Long, Member> members, Map<Long, Stakeholder> stakeholders, Map<Long, Opd> opds) {}

  // ---- reading ----

  /** Everyone on the workshop's list, by name. */
  public List<Invitation> all(long regionId, long workshopId) {
    catalog.get(regionId, workshopId);
    Directory directory = directory(regionId);
    return rows(regionId, workshopId).stream()
        .map(r -> invitation(r, directory))
        .sorted(BY_NAME)
        .toList();
  }

  /** One page of the list, filtered by status, pentahelix role and OPD, by name. */
  public Page<Invitation> list(
      long regionId, long workshopId, InvitationFilter filter, PageRequest page) {
    List<Invitation> matching =
        all(regionId, workshopId).stream()
            .filter(i -> filter.status() == null || i.status() == filter.status())
            .filter(i -> filter.role() == null || i.pentahelixRole() == filter.role())
            .filter(i -> filter.opdId() == null || filter.opdId().equals(i.opdId()))
            .toList();
    int from = Math.min(page.offset(), matching.size());
    int to = Math.min(from + page.size(), matching.size());
    return new Page<>(matching.subList(from, to), page.number(), page.size(), matching.size());
  }

  /** How many are on the list, per status, pentahelix role and OPD. */
  public InvitationCounts counts(long regionId, long workshopId) {
    catalog.get(regionId, workshopId);
    List<Row> rows = rows(regionId, workshopId);
    Map<InvitationStatus, Long> byStatus = new EnumMap<>(InvitationStatus.class);
    for (InvitationStatus s : InvitationStatus.values()) {
      byStatus.put(s, 0L);
    }
    Map<PentahelixRole, Long> byRole = new EnumMap<>(PentahelixRole.class);
    for (PentahelixRole r : PentahelixRole.values()) {
      byRole.put(r, 0L);
    }
    Map<Long, Long> byOpd = new LinkedHashMap<>();
    for (Row r : rows) {
      byStatus.merge(r.status(), 1L, Long::sum);
      byRole.merge(r.role(), 1L, Long::sum);
      byOpd.merge(r.opdId(), 1L, Long::sum);
    }
    return new InvitationCounts(rows.size(), byStatus, byRole, byOpd);
  }

  public Invitation get(long regionId, long workshopId, long invitationId) {
    Row row =
        jdbc.sql(
                "select "
                    + COLUMNS
                    + " from workshop_invitation where region_id = ? and workshop_id = ?"
                    + " and id = ?")
            .params(regionId, workshopId, invitationId)
            .query(WorkshopInvitations::map)
            .optional()
            .orElseThrow(() -> new NotFoundException(RECORD_TYPE, invitationId));
    return invitation(row, directory(regionId));
  }

  /** The invitation (or registration) of an account to the workshop, if any. */
  public Optional<Invitation> ofAccount(long regionId, long workshopId, long accountId) {
    return rowOfAccount(regionId, workshopId, accountId, false)
        .map(r -> invitation(r, directory(regionId)));
  }

  /**
   * Members and stakeholders an organiser may invite, matching the filter, by name, each marked
   * when already on the list. Members come for the government (with their OPD), stakeholders in
   * their own pentahelix role; the OPD filter applies to members only.
   */
  public Page<Candidate> candidates(
      long regionId, long workshopId, CandidateFilter filter, PageRequest page) {
    catalog.get(regionId, workshopId);
    List<Row> rows = rows(regionId, workshopId);
    Set<Long> invitedAccounts = new java.util.HashSet<>();
    Set<Long> invitedStakeholders = new java.util.HashSet<>();
    for (Row r : rows) {
      if (r.accountId() != null) {
        invitedAccounts.add(r.accountId());
      } else {
        invitedStakeholders.add(r.stakeholderId());
      }
    }
    String q = filter.q().toLowerCase(Locale.ROOT);
    List<Candidate> matching = new ArrayList<>();
    if (filter.kind() == Candidate.Kind.MEMBER) {
      if (filter.role() == null || filter.role() == PentahelixRole.GOVERNMENT) {
        for (Member m : members(regionId).values()) {
          if ((q.isEmpty() || (m.name() + " " + m.email()).toLowerCase(Locale.ROOT).contains(q))
              && (filter.opdId() == null || filter.opdId().equals(m.opdId()))) {
            matching.add(
                new Candidate(
                    Candidate.Kind.MEMBER,
                    m.accountId(),
                    m.name(),
                    m.role(),
                    null,
                    m.opdId(),
                    PentahelixRole.GOVERNMENT,
                    invitedAccounts.contains(m.accountId())));
          }
        }
      }
    } else {
      for (Stakeholder s : stakeholders.all(regionId)) {
        String text = s.name() + " " + (s.organisation() == null ? "" : s.organisation());
        if ((q.isEmpty() || text.toLowerCase(Locale.ROOT).contains(q))
            && (filter.role() == null || filter.role() == s.pentahelixRole())) {
          matching.add(
              new Candidate(
                  Candidate.Kind.STAKEHOLDER,
                  s.id(),
                  s.name(),
                  null,
                  s.organisation(),
                  null,
                  s.pentahelixRole(),
                  invitedStakeholders.contains(s.id())));
        }
      }
    }
    matching.sort(
        Comparator.comparing((Candidate c) -> c.name().toLowerCase(Locale.ROOT))
            .thenComparingLong(Candidate::id));
    int from = Math.min(page.offset(), matching.size());
    int to = Math.min(from + page.size(), matching.size());
    return new Page<>(matching.subList(from, to), page.number(), page.size(), matching.size());
  }

  // ---- organisers ----

  /**
   * Invites members and stakeholders of the region at once. Someone already on the list (invited,
   * registered or declined) is reported back and left as they are.
   */
  @Transactional
  public InviteResult invite(long regionId, long workshopId, InviteCommand command) {
    catalog.get(regionId, workshopId);
    Directory directory = directory(regionId);
    Set<Long> accountIds = new LinkedHashSet<>(command.accountIds());
    Set<Long> stakeholderIds = new LinkedHashSet<>(command.stakeholderIds());
    accountIds.remove(null);
    stakeholderIds.remove(null);
    List<FieldProblem> problems = new ArrayList<>();
    if (accountIds.isEmpty() && stakeholderIds.isEmpty()) {
      problems.add(FieldProblem.of("accountIds", "workshop.invitation.nobody"));
    }
    for (Long id : accountIds) {
      if (!directory.members().containsKey(id)) {
        problems.add(FieldProblem.of("accountIds", "workshop.invitation.notMember", id));
      }
    }
    for (Long id : stakeholderIds) {
      if (!directory.stakeholders().containsKey(id)) {
        problems.add(
            FieldProblem.of("stakeholderIds", "workshop.invitation.unknownStakeholder", id));
      }
    }
    if (command.opdId() != null && !directory.opds().containsKey(command.opdId())) {
      problems.add(FieldProblem.of("opdId", "workshop.invitation.unknownOpd"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    List<Invitation> invited = new ArrayList<>();
    List<Invitation> already = new ArrayList<>();
    for (Long accountId : accountIds) {
      Member member = directory.members().get(accountId);
      PentahelixRole role =
          command.pentahelixRole() != null ? command.pentahelixRole() : PentahelixRole.GOVERNMENT;
      Long opdId = command.opdId() != null ? command.opdId() : member.opdId();
      Optional<Long> id =
          jdbc.sql(
                  """
                  insert into workshop_invitation (workshop_id, region_id, account_id, opd_id,
                    pentahelix_role, status, source)
                  values (?, ?, ?, ?, ?, 'INVITED', 'INVITED')
                  on conflict (workshop_id, account_id) where account_id is not null do nothing
                  returning id""")
              .params(workshopId, regionId, accountId, opdId, role.name())
              .query(Long.class)
              .optional();
      record(
          regionId,
          workshopId,
          id,
          directory,
          invited,
          already,
          () -> rowOfAccount(regionId, workshopId, accountId, false).orElseThrow());
    }
    for (Long stakeholderId : stakeholderIds) {
      Stakeholder stakeholder = directory.stakeholders().get(stakeholderId);
      PentahelixRole role =
          command.pentahelixRole() != null
              ? command.pentahelixRole()
              : stakeholder.pentahelixRole();
      Optional<Long> id =
          jdbc.sql(
                  """
                  insert into workshop_invitation (workshop_id, region_id, stakeholder_id, opd_id,
                    pentahelix_role, status, source)
                  values (?, ?, ?, ?, ?, 'INVITED', 'INVITED')
                  on conflict (workshop_id, stakeholder_id) where stakeholder_id is not null
                  do nothing returning id""")
              .params(workshopId, regionId, stakeholderId, command.opdId(), role.name())
              .query(Long.class)
              .optional();
      record(
          regionId,
          workshopId,
          id,
          directory,
          invited,
          already,
          () -> rowOfStakeholder(regionId, workshopId, stakeholderId));
    }
    return new InviteResult(invited, already);
  }

  private void record(
      long regionId,
      long workshopId,
      Optional<Long> insertedId,
      Directory directory,
      List<Invitation> invited,
      List<Invitation> already,
      java.util.function.Supplier<Row> existing) {
    if (insertedId.isPresent()) {
      Row row = row(regionId, workshopId, insertedId.get());
      events.publishEvent(RecordChanged.created(regionId, RECORD_TYPE, row.id(), snapshot(row)));
      invited.add(invitation(row, directory));
    } else {
      already.add(invitation(existing.get(), directory));
    }
  }

  /**
   * Takes someone off the list; refused once they have checked in (their attendance would go with
   * the invitation).
   */
  @Transactional
  public void remove(long regionId, long workshopId, long invitationId) {
    Row row = row(regionId, workshopId, invitationId);
    if (attended(row.id())) {
      throw InvalidInputException.of("id", "workshop.invitation.attended");
    }
    jdbc.sql("delete from workshop_invitation where region_id = ? and id = ?")
        .params(regionId, invitationId)
        .update();
    events.publishEvent(RecordChanged.deleted(regionId, RECORD_TYPE, invitationId, snapshot(row)));
  }

  // ---- the person themselves ----

  /**
   * Registers the account for the workshop: accepts its invitation (also one declined before), or
   * adds it to the list as registered by itself, for the government with its OPD in the region.
   */
  @Transactional
  public Registration register(long regionId, long workshopId, long accountId) {
    catalog.get(regionId, workshopId);
    Optional<Row> existing = rowOfAccount(regionId, workshopId, accountId, true);
    if (existing.isPresent()) {
      Row before = existing.get();
      if (before.status() == InvitationStatus.REGISTERED) {
        return new Registration(invitation(before, directory(regionId)), false);
      }
      return new Registration(respond(regionId, before, InvitationStatus.REGISTERED), false);
    }
    Long opdId = accounts.membership(accountId, regionId).map(Member::opdId).orElse(null);
    Optional<Long> id =
        jdbc.sql(
                """
                insert into workshop_invitation (workshop_id, region_id, account_id, opd_id,
                  pentahelix_role, status, source, responded_at)
                values (?, ?, ?, ?, 'GOVERNMENT', 'REGISTERED', 'SELF', now())
                on conflict (workshop_id, account_id) where account_id is not null do nothing
                returning id""")
            .params(workshopId, regionId, accountId, opdId)
            .query(Long.class)
            .optional();
    if (id.isEmpty()) {
      // registered at the same moment in another request
      return register(regionId, workshopId, accountId);
    }
    Row row = row(regionId, workshopId, id.get());
    events.publishEvent(RecordChanged.created(regionId, RECORD_TYPE, row.id(), snapshot(row)));
    return new Registration(invitation(row, directory(regionId)), true);
  }

  /**
   * The account withdraws: a registration it made itself (not yet checked in) is taken off the
   * list, an invitation is declined. Returns the invitation as it is afterwards, if it remains.
   */
  @Transactional
  public Optional<Invitation> withdraw(long regionId, long workshopId, long accountId) {
    catalog.get(regionId, workshopId);
    Optional<Row> existing = rowOfAccount(regionId, workshopId, accountId, true);
    if (existing.isEmpty()) {
      return Optional.empty();
    }
    Row before = existing.get();
    if (before.source() != InvitationSource.INVITED && !attended(before.id())) {
      jdbc.sql("delete from workshop_invitation where region_id = ? and id = ?")
          .params(regionId, before.id())
          .update();
      events.publishEvent(
          RecordChanged.deleted(regionId, RECORD_TYPE, before.id(), snapshot(before)));
      return Optional.empty();
    }
    if (before.status() == InvitationStatus.DECLINED) {
      return Optional.of(invitation(before, directory(regionId)));
    }
    return Optional.of(respond(regionId, before, InvitationStatus.DECLINED));
  }

  private Invitation respond(long regionId, Row before, InvitationStatus status) {
    jdbc.sql(
            "update workshop_invitation set status = ?, responded_at = now(), version = version + 1"
                + " where region_id = ? and id = ?")
        .params(status.name(), regionId, before.id())
        .update();
    Row after = row(regionId, before.workshopId(), before.id());
    events.publishEvent(
        RecordChanged.updated(
            regionId, RECORD_TYPE, before.id(), snapshot(before), snapshot(after)));
    return invitation(after, directory(regionId));
  }

  // ---- rows and names ----

  private boolean attended(long invitationId) {
    return jdbc.sql("select count(*) from workshop_attendance where invitation_id = ?")
            .params(invitationId)
            .query(Long.class)
            .single()
        > 0;
  }

  private List<Row> rows(long regionId, long workshopId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from workshop_invitation where region_id = ? and workshop_id = ? order by id")
        .params(regionId, workshopId)
        .query(WorkshopInvitations::map)
        .list();
  }

  private Row row(long regionId, long workshopId, long id) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from workshop_invitation where region_id = ? and workshop_id = ? and id = ?")
        .params(regionId, workshopId, id)
        .query(WorkshopInvitations::map)
        .optional()
        .orElseThrow(() -> new NotFoundException(RECORD_TYPE, id));
  }

  private Optional<Row> rowOfAccount(
      long regionId, long workshopId, long accountId, boolean forUpdate) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from workshop_invitation where region_id = ? and workshop_id = ?"
                + " and account_id = ?"
                + (forUpdate ? " for update" : ""))
        .params(regionId, workshopId, accountId)
        .query(WorkshopInvitations::map)
        .optional();
  }

  private Row rowOfStakeholder(long regionId, long workshopId, long stakeholderId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from workshop_invitation where region_id = ? and workshop_id = ?"
                + " and stakeholder_id = ?")
        .params(regionId, workshopId, stakeholderId)
        .query(WorkshopInvitations::map)
        .single();
  }

  private Directory directory(long regionId) {
    return new Directory(
        members(regionId),
        stakeholders.all(regionId).stream()
            .collect(Collectors.toMap(Stakeholder::id, Function.identity())),
        opds.all(regionId).stream().collect(Collectors.toMap(Opd::id, Function.identity())));
  }

  /** Every member of the region by account id, in name order. */
  private Map<Long, Member> members(long regionId) {
    Map<Long, Member> members = new LinkedHashMap<>();
    for (int number = 0; ; number++) {
      Page<Member> page = accounts.members(regionId, "", new PageRequest(number, 200));
      page.items().forEach(m -> members.put(m.accountId(), m));
      if (!page.hasNext()) {
        return members;
      }
    }
  }

  private Invitation invitation(Row r, Directory d) {
    String name;
    String organisation = null;
    if (r.accountId() != null) {
      Member member = d.members().get(r.accountId());
      name =
          member != null
              ? member.name()
              : accounts.findById(r.accountId()).map(Account::name).orElse("");
    } else {
      Stakeholder stakeholder = d.stakeholders().get(r.stakeholderId());
      name = stakeholder == null ? "" : stakeholder.name();
      organisation = stakeholder == null ? null : stakeholder.organisation();
    }
    Opd opd = r.opdId() == null ? null : d.opds().get(r.opdId());
    return new Invitation(
        r.id(),
        r.workshopId(),
        r.accountId(),
        r.stakeholderId(),
        name,
        organisation,
        r.opdId(),
        opd == null ? null : opd.name(),
        r.role(),
        r.status(),
        r.source(),
        r.respondedAt(),
        r.version());
  }

  private static final Comparator<Invitation> BY_NAME =
      Comparator.comparing((Invitation i) -> i.name().toLowerCase(Locale.ROOT))
          .thenComparingLong(Invitation::id);

  private static Map<String, Object> snapshot(Row r) {
    return Snapshot.of(
        "workshopId", r.workshopId(),
        "accountId", r.accountId(),
        "stakeholderId", r.stakeholderId(),
        "opdId", r.opdId(),
        "pentahelixRole", r.role(),
        "status", r.status(),
        "source", r.source());
  }

  private static Row map(ResultSet rs, int n) throws SQLException {
    return new Row(
        rs.getLong("id"),
        rs.getLong("workshop_id"),
        (Long) rs.getObject("account_id", Long.class),
        (Long) rs.getObject("stakeholder_id", Long.class),
        (Long) rs.getObject("opd_id", Long.class),
        PentahelixRole.valueOf(rs.getString("pentahelix_role")),
        InvitationStatus.valueOf(rs.getString("status")),
        InvitationSource.valueOf(rs.getString("source")),
        rs.getTimestamp("responded_at") == null
            ? null
            : rs.getTimestamp("responded_at").toInstant().atOffset(ZoneOffset.UTC),
        rs.getInt("version"));
  }
}
