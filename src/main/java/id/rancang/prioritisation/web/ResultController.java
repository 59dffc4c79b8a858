package id.rancang.prioritisation.web;

import id.rancang.identity.RancangUser;
import id.rancang.prioritisation.LeafWeight;
import id.rancang.prioritisation.PrioritisationCharts;
import id.rancang.prioritisation.PrioritisationResults;
import id.rancang.prioritisation.PrioritisationWorkbook;
import id.rancang.prioritisation.ProgrammeRanking;
import id.rancang.prioritisation.RankedProgramme;
import id.rancang.region.CurrentRegion;
import id.rancang.shared.Page;
import id.rancang.shared.PageRequest;
import id.rancang.shared.web.Messages;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The results of an exercise: the criteria weights (AIJ and AIP side by side, per evaluator group,
 * with consensus), the ranking of the programmes with TOPSIS as second view, per dimension with the
 * suggested quick wins, the sensitivity of the first place and of the first ten, and a weight
 * slider that re-ranks as it moves. The team sees results at once; other members of the region and
 * the evaluators once the team publishes them.
 */
@Controller
@PreAuthorize("hasRole('MEMBER')")
@RequestMapping("/prioritisation/{exerciseId}/results")
class ResultController {

  static final String PAGE = "prioritisation/results";
  static final String WHAT_IF = PAGE + " :: whatIf";

  /** Ranking rows per page. */
  static final int ROWS = 50;

  /** Rows the what-if answer shows. */
  static final int WHAT_IF_ROWS = 15;

  private final PrioritisationResults results;
  private final PrioritisationWorkbook workbook;
  private final Messages messages;
  private final CurrentRegion region;

  ResultController(
      PrioritisationResults results,
      PrioritisationWorkbook workbook,
      CurrentRegion region,
      Messages messages) {
    this.messages = messages;
    this.results = results;
    this.workbook = workbook;
    this.region = region;
  }

  @GetMapping
  String page(
      @PathVariable long exerciseId,
      @RequestParam(required = false) Integer page,
      @AuthenticationPrincipal RancangUser user,
      Model model) {
    boolean team = results.teamOrReader(region.id(), exerciseId, user.accountId());
    ProgrammeRanking ranking = results.ranking(region.id(), exerciseId, team);
    model.addAttribute("team", team);
    model.addAttribute("w", ranking.weights());
    model.addAttribute("r", ranking);
    PageRequest request = PageRequest.of(page, ROWS);
    List<RankedProgramme> rows = ranking.ranking();
    int from = Math.min(request.offset(), rows.size());
    int to = Math.min(from + request.size(), rows.size());
    model.addAttribute(
        "rows", new Page<>(rows.subList(from, to), request.number(), request.size(), rows.size()));
    model.addAttribute("baseUrl", "/prioritisation/" + exerciseId + "/results");
    names(ranking, model);
    return PAGE;
  }

  /** Every judgement, rating and result as an Excel workbook, for the team. */
  @GetMapping("/export")
  @PreAuthorize("hasAnyRole('REGION_ADMIN', 'EDITOR')")
  ResponseEntity<byte[]> export(@PathVariable long exerciseId) {
    byte[] xlsx = workbook.export(region.id(), exerciseId, true, LocaleContextHolder.getLocale());
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(PrioritisationWorkbook.CONTENT_TYPE))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(PrioritisationWorkbook.filename(exerciseId))
                .build()
                .toString())
        .body(xlsx);
  }

  /** The global weights of the criteria as an SVG bar chart (as in Buku 2). */
  @GetMapping(value = "/weights.svg", produces = "image/svg+xml")
  @org.springframework.web.bind.annotation.ResponseBody
  String weightsChart(@PathVariable long exerciseId, @AuthenticationPrincipal RancangUser user) {
    boolean team = results.teamOrReader(region.id(), exerciseId, user.accountId());
    return PrioritisationCharts.weights(
        results.weights(region.id(), exerciseId, team),
        messages.get("prioritisation.results.weights"),
        LocaleContextHolder.getLocale());
  }

  /** The first programmes of the ranking as an SVG bar chart (as in Buku 2). */
  @GetMapping(value = "/ranking.svg", produces = "image/svg+xml")
  @org.springframework.web.bind.annotation.ResponseBody
  String rankingChart(@PathVariable long exerciseId, @AuthenticationPrincipal RancangUser user) {
    boolean team = results.teamOrReader(region.id(), exerciseId, user.accountId());
    return PrioritisationCharts.ranking(
        results.ranking(region.id(), exerciseId, team),
        messages.get("prioritisation.results.ranking"),
        LocaleContextHolder.getLocale());
  }

  /** The ranking with one weight moved (the slider); htmx gets the fragment. */
  @GetMapping("/what-if")
  String whatIf(
      @PathVariable long exerciseId,
      @RequestParam long criterion,
      @RequestParam double weight,
      @AuthenticationPrincipal RancangUser user,
      Model model) {
    boolean team = results.teamOrReader(region.id(), exerciseId, user.accountId());
    ProgrammeRanking base = results.ranking(region.id(), exerciseId, team);
    ProgrammeRanking moved =
        results.whatIf(region.id(), exerciseId, team, criterion, weight / 100.0);
    Map<Long, Integer> before = new HashMap<>();
    base.ranking().forEach(p -> before.put(p.id(), p.ranked().rank()));
    model.addAttribute("w", base.weights());
    model.addAttribute("moved", moved);
    model.addAttribute(
        "movedRows", moved.ranking().subList(0, Math.min(WHAT_IF_ROWS, moved.ranking().size())));
    model.addAttribute("before", before);
    model.addAttribute("criterion", criterion);
    model.addAttribute("weight", weight);
    names(base, model);
    return WHAT_IF;
  }

  private static void names(ProgrammeRanking ranking, Model model) {
    Map<String, String> criteria = new LinkedHashMap<>();
    for (LeafWeight leaf : ranking.weights().leaves()) {
      criteria.put(String.valueOf(leaf.criterionId()), leaf.code() + " " + leaf.name());
    }
    Map<String, String> programmes = new HashMap<>();
    for (RankedProgramme p : ranking.ranking()) {
      programmes.put(String.valueOf(p.id()), p.code() + " " + p.name());
    }
    model.addAttribute("criterionNames", criteria);
    model.addAttribute("programmeNames", programmes);
  }
}
