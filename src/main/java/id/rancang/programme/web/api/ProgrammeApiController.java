package id.rancang.programme.web.api;

import id.rancang.programme.BudgetItem;
import id.rancang.programme.BudgetSummary;
import id.rancang.programme.Contribution;
import id.rancang.programme.DependencyView;
import id.rancang.programme.Horizon;
import id.rancang.programme.Partner;
import id.rancang.programme.PortfolioOverview;
import id.rancang.programme.Programme;
import id.rancang.programme.ProgrammeCommand;
import id.rancang.programme.ProgrammeFilter;
import id.rancang.programme.ProgrammePortfolio;
import id.rancang.programme.ProgrammeSaved;
import id.rancang.programme.ProgrammeStatus;
import id.rancang.programme.ProgrammeSummary;
import id.rancang.programme.Risk;
import id.rancang.programme.StatusChange;
import id.rancang.region.CurrentRegion;
import id.rancang.region.PentahelixRole;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.PageRequest;
import id.rancang.shared.web.Access;
import id.rancang.shared.web.ApiLists;
import id.rancang.shared.web.Messages;
import id.rancang.shared.web.Versions;
import id.rancang.strategy.Dimension;
import id.rancang.strategy.Element;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The programmes of a masterplan as JSON. Editors create and delete; an OPD contributor may change
 * the programmes their OPD leads (but not hand them to another OPD).
 */
@RestController
@RequestMapping("/api/v1/masterplans/{masterplanId}/programmes")
@PreAuthorize("hasRole('MEMBER')")
@Tag(name = "Programmes (Buku 2)")
class ProgrammeApiController {

  private static final String EDITORS = "hasAnyRole('REGION_ADMIN', 'EDITOR')";

  private final ProgrammePortfolio portfolio;
  private final PortfolioOverview overview;
  private final CurrentRegion region;
  private final Messages messages;

  ProgrammeApiController(
      ProgrammePortfolio portfolio,
      PortfolioOverview overview,
      CurrentRegion region,
      Messages messages) {
    this.portfolio = portfolio;
    this.overview = overview;
    this.region = region;
    this.messages = messages;
  }

  record BudgetJson(Integer year, String source, BigDecimal amount) {}

  record PartnerJson(Long stakeholderId, PentahelixRole role, String contribution) {}

  record ContributionJson(Long id, String contribution) {}

  record RiskJson(String description, Integer likelihood, Integer impact, String mitigation) {}

  record WarningJson(String field, String message) {}

  /** A programme; {@code warnings} only in answers to a save. */
  record ProgrammeJson(
      long id,
      String code,
      String name,
      Dimension dimension,
      Element element,
      String problem,
      String description,
      String impactSociety,
      String impactEnvironment,
      Horizon horizon,
      int startYear,
      int endYear,
      Long leadOpdId,
      boolean quickWin,
      String sipdProgram,
      String sipdKegiatan,
      String sipdSubKegiatan,
      ProgrammeStatus status,
      List<PartnerJson> partners,
      List<Long> targetIds,
      List<ContributionJson> targets,
      List<Long> indicatorIds,
      List<ContributionJson> indicators,
      List<BudgetJson> budget,
      BigDecimal totalBudget,
      List<Long> dependsOn,
      List<RiskJson> risks,
      int version,
      List<WarningJson> warnings) {}

  /**
   * What a client sends. Contributions may be given as plain ids ({@code targetIds}) or with their
   * expected contribution ({@code targets}); {@code version} only on updates.
   */
  record ProgrammeBody(
      String code,
      String name,
      Dimension dimension,
      Element element,
      String problem,
      String description,
      String impactSociety,
      String impactEnvironment,
      Horizon horizon,
      Integer startYear,
      Integer endYear,
      Long leadOpdId,
      Boolean quickWin,
      String sipdProgram,
      String sipdKegiatan,
      String sipdSubKegiatan,
      List<PartnerJson> partners,
      List<Long> targetIds,
      List<ContributionJson> targets,
      List<Long> indicatorIds,
      List<ContributionJson> indicators,
      List<BudgetJson> budget,
      List<Long> dependsOn,
      List<RiskJson> risks,
      Integer version) {}

  record StatusBody(ProgrammeStatus status, String note, Integer version) {}

  @GetMapping
  @Operation(
      summary =
          "The programme catalogue: full-text search (Indonesian and English) with q, filters,"
              + " sort (code, name, start, budget), paged")
  ResponseEntity<List<ProgrammeSummary>> list(
      @PathVariable long masterplanId,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Dimension dimension,
      @RequestParam(required = false) Element element,
      @RequestParam(required = false) Horizon horizon,
      @RequestParam(required = false) Long leadOpdId,
      @RequestParam(required = false) ProgrammeStatus status,
      @RequestParam(required = false) PentahelixRole partnerRole,
      @RequestParam(required = false) Boolean quickWin,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return ApiLists.of(
        portfolio.search(
            region.id(),
            masterplanId,
            new ProgrammeFilter(
                q, dimension, element, horizon, leadOpdId, status, partnerRole, quickWin, sort),
            PageRequest.of(page, size)));
  }

  @GetMapping("/budget-summary")
  @Operation(
      summary =
          "Budget per year x dimension x funding source, with totals (cancelled programmes"
              + " left out)")
  BudgetSummary budgetSummary(@PathVariable long masterplanId) {
    return overview.budget(region.id(), masterplanId);
  }

  @GetMapping("/quick-wins")
  @Operation(summary = "Warnings about how the quick wins spread over the six dimensions")
  List<String> quickWins(@PathVariable long masterplanId) {
    return overview.quickWins(region.id(), masterplanId).stream()
        .map(f -> messages.get(f.messageKey(), quickWinArgs(f.args())))
        .toList();
  }

  @GetMapping("/{id}/dependencies")
  @Operation(summary = "The programme with what it waits for and what waits for it, as a graph")
  DependencyView dependencies(@PathVariable long masterplanId, @PathVariable long id) {
    return overview.dependencies(region.id(), masterplanId, id);
  }

  /** The dimension code in a quick-win finding shown by its name. */
  private static List<Object> quickWinArgs(List<Object> args) {
    List<Object> named = new ArrayList<>(args);
    if (!named.isEmpty() && named.get(0) instanceof String code) {
      try {
        named.set(
            0,
            Dimension.valueOf(code)
                .displayName(org.springframework.context.i18n.LocaleContextHolder.getLocale()));
      } catch (IllegalArgumentException e) {
        // not a dimension code: keep it
      }
    }
    return named;
  }

  @GetMapping("/{id}")
  ProgrammeJson get(@PathVariable long masterplanId, @PathVariable long id) {
    return json(portfolio.get(region.id(), masterplanId, id), List.of());
  }

  @PostMapping
  @PreAuthorize(EDITORS)
  @Operation(summary = "Add a programme; the answer lists warnings that did not block saving")
  ResponseEntity<ProgrammeJson> create(
      @PathVariable long masterplanId, @RequestBody ProgrammeBody body) {
    ProgrammeSaved saved = portfolio.create(region.id(), masterplanId, command(body));
    return ResponseEntity.created(
            URI.create(
                "/api/v1/masterplans/" + masterplanId + "/programmes/" + saved.programme().id()))
        .body(json(saved));
  }

  @PutMapping("/{id}")
  @PreAuthorize("hasAnyRole('REGION_ADMIN', 'EDITOR', 'OPD_CONTRIBUTOR')")
  @Operation(summary = "Change a programme (all fields; lists replace the old ones)")
  ProgrammeJson update(
      @PathVariable long masterplanId,
      @PathVariable long id,
      @RequestBody ProgrammeBody body,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    Programme current = portfolio.get(region.id(), masterplanId, id);
    ProgrammeCommand command = command(body);
    if (!Access.hasAnyRole("REGION_ADMIN", "EDITOR")) {
      boolean leads = current.leadOpdId() != null && Access.ownsOpd(current.leadOpdId());
      if (!leads || !Objects.equals(current.leadOpdId(), command.leadOpdId())) {
        throw new AccessDeniedException("programme of another OPD");
      }
    }
    return json(
        portfolio.update(
            region.id(), masterplanId, id, command, Versions.required(body.version(), ifMatch)));
  }

  @DeleteMapping("/{id}")
  @PreAuthorize(EDITORS)
  @Operation(summary = "Delete a programme; refused while others depend on it or it has actions")
  ResponseEntity<Void> delete(@PathVariable long masterplanId, @PathVariable long id) {
    portfolio.delete(region.id(), masterplanId, id);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{id}/status")
  @PreAuthorize(EDITORS)
  @Operation(summary = "Move the programme to another status; kept in its history")
  ProgrammeJson changeStatus(
      @PathVariable long masterplanId,
      @PathVariable long id,
      @RequestBody StatusBody body,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    return json(
        portfolio.changeStatus(
            region.id(),
            masterplanId,
            id,
            body.status(),
            body.note(),
            Versions.required(body.version(), ifMatch)),
        List.of());
  }

  @GetMapping("/{id}/status-history")
  List<StatusChange> statusHistory(@PathVariable long masterplanId, @PathVariable long id) {
    return portfolio.statusHistory(region.id(), masterplanId, id);
  }

  private static ProgrammeCommand command(ProgrammeBody b) {
    List<FieldProblem> problems = new ArrayList<>();
    List<BudgetItem> budget = new ArrayList<>();
    for (BudgetJson line : nonNull(b.budget())) {
      if (line.year() == null || line.amount() == null || line.source() == null) {
        problems.add(FieldProblem.of("budget", "programme.budget.lineIncomplete"));
      } else {
        budget.add(new BudgetItem(line.year(), line.source().strip(), line.amount()));
      }
    }
    List<Partner> partners = new ArrayList<>();
    for (PartnerJson p : nonNull(b.partners())) {
      if (p.stakeholderId() == null || p.role() == null) {
        problems.add(FieldProblem.of("partners", "programme.partnerRoleRequired"));
      } else {
        partners.add(new Partner(p.stakeholderId(), p.role(), p.contribution()));
      }
    }
    List<Risk> risks = new ArrayList<>();
    for (RiskJson r : nonNull(b.risks())) {
      risks.add(
          new Risk(
              r.description(),
              r.likelihood() == null ? 0 : r.likelihood(),
              r.impact() == null ? 0 : r.impact(),
              r.mitigation()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new ProgrammeCommand(
        b.code(),
        b.name(),
        b.dimension(),
        b.element(),
        b.problem(),
        b.description(),
        b.impactSociety(),
        b.impactEnvironment(),
        b.horizon(),
        b.startYear(),
        b.endYear(),
        b.leadOpdId(),
        Boolean.TRUE.equals(b.quickWin()),
        b.sipdProgram(),
        b.sipdKegiatan(),
        b.sipdSubKegiatan(),
        partners,
        contributions(b.targetIds(), b.targets()),
        contributions(b.indicatorIds(), b.indicators()),
        budget,
        nonNull(b.dependsOn()),
        risks);
  }

  private static List<Contribution> contributions(List<Long> ids, List<ContributionJson> full) {
    List<Contribution> result = new ArrayList<>();
    for (ContributionJson c : nonNull(full)) {
      if (c.id() != null) {
        result.add(new Contribution(c.id(), c.contribution()));
      }
    }
    for (Long id : nonNull(ids)) {
      if (result.stream().noneMatch(c -> c.id() == id)) {
        result.add(new Contribution(id, null));
      }
    }
    return result;
  }

  private static <T> List<T> nonNull(List<T> list) {
    return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
  }

  private ProgrammeJson json(ProgrammeSaved saved) {
    return json(
        saved.programme(),
        saved.warnings().stream()
            .map(w -> new WarningJson(w.field(), messages.get(w.messageKey(), w.args())))
            .toList());
  }

  private static ProgrammeJson json(Programme p, List<WarningJson> warnings) {
    return new ProgrammeJson(
        p.id(),
        p.code(),
        p.name(),
        p.dimension(),
        p.element(),
        p.problem(),
        p.description(),
        p.impactSociety(),
        p.impactEnvironment(),
        p.horizon(),
        p.startYear(),
        p.endYear(),
        p.leadOpdId(),
        p.quickWin(),
        p.sipdProgram(),
        p.sipdKegiatan(),
        p.sipdSubKegiatan(),
        p.status(),
        p.partners().stream()
            .map(x -> new PartnerJson(x.stakeholderId(), x.role(), x.contribution()))
            .toList(),
        p.targets().stream().map(Contribution::id).toList(),
        p.targets().stream().map(c -> new ContributionJson(c.id(), c.contribution())).toList(),
        p.indicators().stream().map(Contribution::id).toList(),
        p.indicators().stream().map(c -> new ContributionJson(c.id(), c.contribution())).toList(),
        p.budget().stream().map(x -> new BudgetJson(x.year(), x.source(), x.amount())).toList(),
        p.totalBudget(),
        p.dependsOn(),
        p.risks().stream()
            .map(r -> new RiskJson(r.description(), r.likelihood(), r.impact(), r.mitigation()))
            .toList(),
        p.version(),
        warnings);
  }
}
