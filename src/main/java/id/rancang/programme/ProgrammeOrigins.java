package id.rancang.programme;

import id.rancang.region.Masterplan;
import id.rancang.region.MasterplanManagement;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.RecordChanged;
import id.rancang.shared.Snapshot;
import id.rancang.workshop.Decision;
import id.rancang.workshop.Idea;
import id.rancang.workshop.IdeaStatus;
import id.rancang.workshop.Ideas;
import id.rancang.workshop.Participant;
import id.rancang.workshop.WorkshopCatalog;
import id.rancang.workshop.WorkshopMinutes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where programmes come from: workshop and consultation ideas promoted to a draft programme (or
 * added to an existing one). The programme keeps links to its ideas; their workshop and supporters
 * are read from the workshop module.
 */
@Service
@Transactional
public class ProgrammeOrigins {

  private final JdbcClient jdbc;
  private final Ideas ideas;
  private final ProgrammePortfolio portfolio;
  private final MasterplanManagement masterplans;
  private final ApplicationEventPublisher events;
  private final WorkshopMinutes minutes;
  private final WorkshopCatalog workshops;

  private final MessageSource messages;

  ProgrammeOrigins(
      JdbcClient jdbc,
      Ideas ideas,
      ProgrammePortfolio portfolio,
      MasterplanManagement masterplans,
      ApplicationEventPublisher events,
      WorkshopMinutes minutes,
      WorkshopCatalog workshops,
      MessageSource messages) {
    this.messages = messages;
    this.minutes = minutes;
    this.workshops = workshops;
    this.jdbc = jdbc;
    this.ideas = ideas;
    this.portfolio = portfolio;
    this.masterplans = masterplans;
    this.events = events;
  }

  /** The code a new programme from this idea gets unless the editor types another. */
  public static String suggestedCode(long ideaId) {
    return "USL-" + ideaId;
  }

  /**
   * Promotes ideas of one masterplan to a programme: a new draft (status PROPOSED) filled from the
   * ideas, or an existing programme. All or nothing: an idea that was already promoted, that
   * belongs to another masterplan, or a programme that does not validate refuses the whole call.
   */
  public Programme promote(long regionId, Participant editor, PromotionCommand command) {
    if (command.ideaIds().isEmpty()) {
      throw InvalidInputException.of("ideaIds", "programme.promotion.noIdeas");
    }
    List<Idea> chosen = new ArrayList<>();
    List<FieldProblem> problems = new ArrayList<>();
    for (long ideaId : command.ideaIds()) {
      Idea idea = ideas.get(regionId, ideaId, editor);
      if (idea.status() == IdeaStatus.PROMOTED) {
        problems.add(FieldProblem.of("ideaIds", "programme.promotion.already", idea.title()));
      }
      if (!chosen.isEmpty() && idea.masterplanId() != chosen.get(0).masterplanId()) {
        problems.add(
            FieldProblem.of("ideaIds", "programme.promotion.otherMasterplan", idea.title()));
      }
      chosen.add(idea);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Idea first = chosen.get(0);
    long masterplanId = first.masterplanId();
    Programme programme;
    if (command.programmeId() != null) {
      programme = portfolio.get(regionId, masterplanId, command.programmeId());
    } else {
      programme =
          portfolio
              .create(regionId, masterplanId, draft(regionId, masterplanId, chosen, command))
              .programme();
    }
    for (Idea idea : chosen) {
      jdbc.sql(
              "insert into programme_idea (programme_id, idea_id, region_id, linked_by)"
                  + " values (?, ?, ?, ?)")
          .params(programme.id(), idea.id(), regionId, editor.email())
          .update();
      events.publishEvent(
          RecordChanged.created(
              regionId,
              "programme_idea",
              programme.id(),
              Snapshot.of("programmeId", programme.id(), "ideaId", idea.id())));
    }
    ideas.markPromoted(
        regionId,
        masterplanId,
        chosen.stream().map(Idea::id).toList(),
        programme.id(),
        editor.email());
    return programme;
  }

  /** The ideas a programme came from, with their workshop and supporters. */
  @Transactional(readOnly = true)
  public List<ProgrammeOrigin> origins(long regionId, long programmeId) {
    return jdbc
        .sql(
            "select pi.idea_id, i.title, i.workshop_id, w.title as workshop_title,"
                + " (select count(*) from idea_vote v where v.idea_id = i.id) as votes"
                + " from programme_idea pi join idea i on i.id = pi.idea_id"
                + " left join workshop w on w.id = i.workshop_id"
                + " where pi.region_id = ? and pi.programme_id = ? order by pi.linked_at, i.id")
        .params(regionId, programmeId)
        .query(
            (rs, n) ->
                new ProgrammeOrigin(
                    rs.getLong("idea_id"),
                    rs.getString("title"),
                    rs.getObject("workshop_id", Long.class),
                    rs.getString("workshop_title"),
                    rs.getLong("votes"),
                    List.of()))
        .list()
        .stream()
        .map(
            o ->
                new ProgrammeOrigin(
                    o.ideaId(),
                    o.ideaTitle(),
                    o.workshopId(),
                    o.workshopTitle(),
                    o.votes(),
                    ideas.supporters(regionId, o.ideaId())))
        .toList();
  }

  /**
   * The support of each programme of the masterplan that came from ideas: the support votes its
   * ideas received, by programme id; programmes without ideas are absent.
   */
  @Transactional(readOnly = true)
  public Map<Long, Long> supportByProgramme(long regionId, long masterplanId) {
    Map<Long, Long> support = new HashMap<>();
    jdbc.sql(
            "select pi.programme_id, count(v.idea_id) from programme_idea pi"
                + " join programme p on p.id = pi.programme_id"
                + " left join idea_vote v on v.idea_id = pi.idea_id"
                + " where pi.region_id = ? and p.masterplan_id = ? group by pi.programme_id")
        .params(regionId, masterplanId)
        .query(
            rs -> {
              support.put(rs.getLong(1), rs.getLong(2));
            });
    return support;
  }

  /** The programmes (id, masterplan, code, name) an idea became part of. */
  @Transactional(readOnly = true)
  public List<ProgrammeSummaryLink> programmesOf(long regionId, long ideaId) {
    return jdbc.sql(
            "select p.id, p.masterplan_id, p.code, p.name from programme_idea pi"
                + " join programme p on p.id = pi.programme_id"
                + " where pi.region_id = ? and pi.idea_id = ? order by p.code")
        .params(regionId, ideaId)
        .query(
            (rs, n) ->
                new ProgrammeSummaryLink(
                    rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
        .list();
  }

  /** The programmes a workshop decision is about. */
  @Transactional(readOnly = true)
  public List<ProgrammeSummaryLink> programmesOfDecision(long regionId, long decisionId) {
    minutes.decision(regionId, decisionId);
    return jdbc.sql(
            "select p.id, p.masterplan_id, p.code, p.name from programme_decision pd"
                + " join programme p on p.id = pd.programme_id"
                + " where pd.region_id = ? and pd.decision_id = ? order by lower(p.code)")
        .params(regionId, decisionId)
        .query(
            (rs, n) ->
                new ProgrammeSummaryLink(
                    rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
        .list();
  }

  /**
   * Records that a workshop decision is about a programme of the same masterplan; linking twice
   * changes nothing.
   */
  public void linkDecision(long regionId, long decisionId, long programmeId) {
    Decision decision = minutes.decision(regionId, decisionId);
    long masterplanId = workshops.get(regionId, decision.workshopId()).masterplanId();
    Programme programme = portfolio.get(regionId, masterplanId, programmeId);
    int added =
        jdbc.sql(
                "insert into programme_decision (programme_id, decision_id, region_id)"
                    + " values (?, ?, ?) on conflict do nothing")
            .params(programme.id(), decisionId, regionId)
            .update();
    if (added > 0) {
      events.publishEvent(
          RecordChanged.created(
              regionId,
              "programme_decision",
              programme.id(),
              Snapshot.of("programmeId", programme.id(), "decisionId", decisionId)));
    }
  }

  /** Takes a programme off a decision. */
  public void unlinkDecision(long regionId, long decisionId, long programmeId) {
    minutes.decision(regionId, decisionId);
    int removed =
        jdbc.sql(
                "delete from programme_decision where region_id = ? and decision_id = ?"
                    + " and programme_id = ?")
            .params(regionId, decisionId, programmeId)
            .update();
    if (removed > 0) {
      events.publishEvent(
          RecordChanged.deleted(
              regionId,
              "programme_decision",
              programmeId,
              Snapshot.of("programmeId", programmeId, "decisionId", decisionId)));
    }
  }

  /** The decisions about a programme: workshop, its title, the decision's number and text. */
  @Transactional(readOnly = true)
  public List<DecisionLink> decisionsOf(long regionId, long programmeId) {
    return jdbc.sql(
            "select d.id, d.workshop_id, w.title, d.position, d.body from programme_decision pd"
                + " join workshop_decision d on d.id = pd.decision_id"
                + " join workshop w on w.id = d.workshop_id"
                + " where pd.region_id = ? and pd.programme_id = ?"
                + " order by w.start_date, d.position")
        .params(regionId, programmeId)
        .query(
            (rs, n) ->
                new DecisionLink(
                    rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getString(5)))
        .list();
  }

  /** A workshop decision as the programme page names it. */
  public record DecisionLink(
      long decisionId, long workshopId, String workshopTitle, int position, String body) {}

  /** A programme as a link names it. */
  public record ProgrammeSummaryLink(long id, long masterplanId, String code, String name) {}

  /** The defaults of the promotion form for an idea of the masterplan. */
  @Transactional(readOnly = true)
  public PromotionCommand defaults(long regionId, Idea idea) {
    Masterplan masterplan = masterplans.get(regionId, idea.masterplanId());
    return new PromotionCommand(
        List.of(idea.id()),
        null,
        suggestedCode(idea.id()),
        idea.title(),
        Horizon.MEDIUM,
        masterplan.startYear(),
        Math.min(masterplan.startYear() + 4, masterplan.endYear()));
  }

  private ProgrammeCommand draft(
      long regionId, long masterplanId, List<Idea> chosen, PromotionCommand command) {
    Idea first = chosen.get(0);
    PromotionCommand defaults = defaults(regionId, first);
    String problem =
        chosen.stream()
            .map(Idea::problem)
            .filter(p -> p != null && !p.isBlank())
            .collect(Collectors.joining("\n\n"));
    StringBuilder description = new StringBuilder();
    for (Idea idea : chosen) {
      if (idea.proposal() != null) {
        description.append(description.isEmpty() ? "" : "\n\n").append(idea.proposal());
      }
      if (idea.suggestedPartners() != null) {
        description
            .append(description.isEmpty() ? "" : "\n\n")
            .append(
                messages.getMessage(
                    "programme.origin.suggestedPartners",
                    new Object[] {idea.suggestedPartners()},
                    LocaleContextHolder.getLocale()));
      }
    }
    return new ProgrammeCommand(
        blank(command.code()) ? defaults.code() : command.code().strip(),
        blank(command.name()) ? first.title() : command.name().strip(),
        first.dimension(),
        first.element(),
        problem.isEmpty() ? null : problem,
        description.isEmpty() ? null : description.toString(),
        null,
        null,
        command.horizon() == null ? defaults.horizon() : command.horizon(),
        command.startYear() == null ? defaults.startYear() : command.startYear(),
        command.endYear() == null ? defaults.endYear() : command.endYear(),
        first.suggestedOpdId(),
        false,
        null,
        null,
        null,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
