package id.rancang.document.web.api;

import id.rancang.document.MasterplanContent;
import id.rancang.document.MasterplanVersion;
import id.rancang.document.MasterplanVersions;
import id.rancang.document.diff.Change;
import id.rancang.document.diff.ChangeKind;
import id.rancang.document.diff.Differences;
import id.rancang.document.diff.Subject;
import id.rancang.region.CurrentRegion;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.PageRequest;
import id.rancang.shared.web.Access;
import id.rancang.shared.web.ApiLists;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Frozen versions of a masterplan: list, freeze, read, and compare two of them or one with now. */
@RestController
@RequestMapping("/api/v1/masterplans/{masterplanId}/versions")
@PreAuthorize("hasRole('MEMBER')")
@Tag(name = "Masterplan versions")
class VersionApiController {

  private static final String EDITORS = "hasAnyRole('REGION_ADMIN', 'EDITOR')";
  static final String LIVE = "live";

  private final MasterplanVersions versions;
  private final CurrentRegion region;

  VersionApiController(MasterplanVersions versions, CurrentRegion region) {
    this.versions = versions;
    this.region = region;
  }

  /** What a client sends to freeze the masterplan. */
  record FreezeRequest(String name, String note) {}

  /**
   * A version without its content. {@code frozenBy} is left out for those who do not see change
   * histories (OPD contributors and participants).
   */
  record VersionJson(
      long id,
      long masterplanId,
      String name,
      String note,
      OffsetDateTime frozenAt,
      String frozenBy,
      int programmes,
      int actions,
      int indicators,
      int targets,
      BigDecimal totalBudget,
      boolean logo) {

    static VersionJson of(MasterplanVersion v) {
      return new VersionJson(
          v.id(),
          v.masterplanId(),
          v.name(),
          v.note(),
          v.frozenAt(),
          Access.hasAnyRole("REGION_ADMIN", "EDITOR", "REVIEWER") ? v.frozenBy() : null,
          v.programmes(),
          v.actions(),
          v.indicators(),
          v.targets(),
          v.totalBudget(),
          v.hasLogo());
    }
  }

  /** One side of a comparison: a version by id and name, or the live masterplan. */
  record SideJson(Long versionId, String name, boolean live) {}

  /** A comparison: counts per subject and kind, and every change field by field. */
  record DiffJson(
      SideJson from,
      SideJson to,
      boolean empty,
      Map<Subject, Map<ChangeKind, Long>> counts,
      List<Change> changes) {}

  @GetMapping
  @Operation(summary = "The versions of the masterplan, newest first (paged: page, size)")
  ResponseEntity<List<VersionJson>> list(
      @PathVariable long masterplanId,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return ApiLists.of(
        versions.list(region.id(), masterplanId, PageRequest.of(page, size)).map(VersionJson::of));
  }

  @PostMapping
  @PreAuthorize(EDITORS)
  @Operation(
      summary =
          "Freeze the masterplan as it is now under a name unique in the masterplan (e.g. \"v1.0 -"
              + " Perbup 20/2024\") with an optional note; a frozen version cannot be changed")
  ResponseEntity<VersionJson> freeze(
      @PathVariable long masterplanId, @RequestBody FreezeRequest body) {
    MasterplanVersion created =
        versions.freeze(region.id(), masterplanId, body.name(), body.note());
    return ResponseEntity.created(
            URI.create("/api/v1/masterplans/" + masterplanId + "/versions/" + created.id()))
        .body(VersionJson.of(created));
  }

  @GetMapping("/{versionId:\\d+}")
  @Operation(summary = "A version's name, note, time of freezing and numbers")
  VersionJson get(@PathVariable long masterplanId, @PathVariable long versionId) {
    return VersionJson.of(versions.get(region.id(), masterplanId, versionId));
  }

  @GetMapping("/{versionId:\\d+}/content")
  @Operation(
      summary =
          "The content frozen with the version, as the books show it (participants see partners"
              + " by their pentahelix role only)")
  MasterplanContent content(@PathVariable long masterplanId, @PathVariable long versionId) {
    MasterplanContent content = versions.content(region.id(), masterplanId, versionId);
    return partnerNames() ? content : content.withoutPartnerNames();
  }

  @GetMapping("/diff")
  @Operation(
      summary =
          "What changed from one version to another (from, to: a version id or \"live\" for the"
              + " masterplan now; to is live when left out): programmes, indicators, missions,"
              + " goals and targets added, removed and changed, field by field")
  DiffJson diff(
      @PathVariable long masterplanId,
      @RequestParam String from,
      @RequestParam(defaultValue = LIVE) String to) {
    Long fromId = side("from", from);
    Long toId = side("to", to);
    Differences differences =
        versions.compare(region.id(), masterplanId, fromId, toId, partnerNames());
    return new DiffJson(
        sideJson(masterplanId, fromId),
        sideJson(masterplanId, toId),
        differences.isEmpty(),
        differences.counts(),
        differences.changes());
  }

  private SideJson sideJson(long masterplanId, Long versionId) {
    return versionId == null
        ? new SideJson(null, null, true)
        : new SideJson(versionId, versions.get(region.id(), masterplanId, versionId).name(), false);
  }

  /** A version id, or null for "live". */
  static Long side(String field, String value) {
    String v = value == null ? "" : value.strip();
    if (v.equalsIgnoreCase(LIVE)) {
      return null;
    }
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw InvalidInputException.of(field, "document.version.diff.side");
    }
  }

  /** As on the stakeholder pages: participants do not see the partners' names. */
  private static boolean partnerNames() {
    return Access.hasAnyRole("REGION_ADMIN", "EDITOR", "OPD_CONTRIBUTOR", "REVIEWER");
  }
}
