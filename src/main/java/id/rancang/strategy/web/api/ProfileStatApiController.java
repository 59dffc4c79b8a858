package id.rancang.strategy.web.api;

import id.rancang.region.CurrentRegion;
import id.rancang.region.MasterplanManagement;
import id.rancang.shared.Page;
import id.rancang.shared.web.ApiLists;
import id.rancang.shared.web.ApiValidation;
import id.rancang.shared.web.Versions;
import id.rancang.strategy.BreakdownItem;
import id.rancang.strategy.ProfileImportSummary;
import id.rancang.strategy.ProfileStat;
import id.rancang.strategy.ProfileStatCommand;
import id.rancang.strategy.ProfileStatistics;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The regional profile statistics of a masterplan as JSON; import from CSV/XLSX all-or-nothing. */
@RestController
@RequestMapping("/api/v1/masterplans/{masterplanId}/profile-stats")
@PreAuthorize("hasRole('MEMBER')")
@Tag(name = "Regional profile")
class ProfileStatApiController {

  private static final String EDITORS = "hasAnyRole('REGION_ADMIN', 'EDITOR')";

  private final ProfileStatistics statistics;
  private final MasterplanManagement masterplans;
  private final CurrentRegion region;

  ProfileStatApiController(
      ProfileStatistics statistics, MasterplanManagement masterplans, CurrentRegion region) {
    this.statistics = statistics;
    this.masterplans = masterplans;
    this.region = region;
  }

  /** A statistic with the version to send back when changing it. */
  record ProfileStatJson(
      long id,
      long masterplanId,
      String name,
      BigDecimal value,
      String unit,
      int year,
      String source,
      List<BreakdownItem> breakdown,
      int position,
      int version) {
    static ProfileStatJson of(ProfileStat s) {
      return new ProfileStatJson(
          s.id(),
          s.masterplanId(),
          s.name(),
          s.value(),
          s.unit(),
          s.year(),
          s.source(),
          s.breakdown(),
          s.position(),
          s.version());
    }
  }

  /** The statistic's fields; {@code version} (or If-Match) is required when changing one. */
  record ProfileStatBody(
      String name,
      BigDecimal value,
      String unit,
      Integer year,
      String source,
      List<BreakdownItem> breakdown,
      Integer version) {
    ProfileStatCommand command() {
      return new ProfileStatCommand(name, value, unit, year, source, breakdown);
    }
  }

  @GetMapping
  @Operation(summary = "The statistics of the masterplan's regional profile, in their order")
  ResponseEntity<List<ProfileStatJson>> list(@PathVariable long masterplanId) {
    List<ProfileStatJson> items =
        statistics.list(region.id(), masterplan(masterplanId)).stream()
            .map(ProfileStatJson::of)
            .toList();
    return ApiLists.of(new Page<>(items, 0, Math.max(items.size(), 1), items.size()));
  }

  @PostMapping
  @PreAuthorize(EDITORS)
  @Operation(summary = "Add a statistic (name and year are unique within the masterplan)")
  ResponseEntity<ProfileStatJson> create(
      @PathVariable long masterplanId, @RequestBody ProfileStatBody body) {
    masterplan(masterplanId);
    ProfileStatCommand command = ApiValidation.valid(body.command());
    ProfileStat created = statistics.create(region.id(), masterplanId, command);
    return ResponseEntity.created(
            URI.create("/api/v1/masterplans/" + masterplanId + "/profile-stats/" + created.id()))
        .header(HttpHeaders.ETAG, Versions.etag(created.version()))
        .body(ProfileStatJson.of(created));
  }

  @GetMapping("/{id}")
  ResponseEntity<ProfileStatJson> get(@PathVariable long masterplanId, @PathVariable long id) {
    ProfileStat stat = statistics.get(region.id(), masterplan(masterplanId), id);
    return ResponseEntity.ok()
        .header(HttpHeaders.ETAG, Versions.etag(stat.version()))
        .body(ProfileStatJson.of(stat));
  }

  @PutMapping("/{id}")
  @PreAuthorize(EDITORS)
  @Operation(summary = "Change a statistic; send the version read (body or If-Match)")
  ResponseEntity<ProfileStatJson> update(
      @PathVariable long masterplanId,
      @PathVariable long id,
      @RequestBody ProfileStatBody body,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    statistics.get(region.id(), masterplan(masterplanId), id);
    int version = Versions.required(body.version(), ifMatch);
    ProfileStatCommand command = ApiValidation.valid(body.command());
    ProfileStat saved = statistics.update(region.id(), masterplanId, id, command, version);
    return ResponseEntity.ok()
        .header(HttpHeaders.ETAG, Versions.etag(saved.version()))
        .body(ProfileStatJson.of(saved));
  }

  @DeleteMapping("/{id}")
  @PreAuthorize(EDITORS)
  ResponseEntity<Void> delete(@PathVariable long masterplanId, @PathVariable long id) {
    statistics.delete(region.id(), masterplan(masterplanId), id);
    return ResponseEntity.noContent().build();
  }

  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize(EDITORS)
  @Operation(
      summary =
          "Import statistics from CSV or XLSX (nama|name, nilai|value, satuan|unit, tahun|year,"
              + " sumber|source, optional rincian|breakdown as label=value; ...); every row or"
              + " none; the same name and year update")
  ProfileImportSummary importFile(
      @PathVariable long masterplanId, @RequestPart("file") MultipartFile file) throws IOException {
    return statistics.importFile(
        region.id(), masterplan(masterplanId), file.getOriginalFilename(), file.getBytes());
  }

  /** The masterplan's id once it is known to belong to the current region (404 otherwise). */
  private long masterplan(long masterplanId) {
    return masterplans.get(region.id(), masterplanId).id();
  }
}
