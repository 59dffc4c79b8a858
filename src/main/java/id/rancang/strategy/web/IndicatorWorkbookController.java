package id.rancang.strategy.web;

import id.rancang.region.CurrentRegion;
import id.rancang.region.Masterplan;
import id.rancang.region.MasterplanManagement;
import id.rancang.shared.tabular.ImportRejectedException;
import id.rancang.shared.web.Messages;
import id.rancang.strategy.IndicatorImportSummary;
import id.rancang.strategy.IndicatorWorkbook;
import java.io.IOException;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The indicator workbook of a masterplan: every member downloads it (the template, filled with the
 * existing indicators); editors upload it back.
 */
@Controller
@RequestMapping("/masterplans/{masterplanId}/indicators")
@PreAuthorize("hasRole('MEMBER')")
class IndicatorWorkbookController {

  static final String EDITORS = "hasAnyRole('REGION_ADMIN', 'EDITOR')";

  private final IndicatorWorkbook workbook;
  private final MasterplanManagement masterplans;
  private final CurrentRegion region;
  private final Messages messages;

  IndicatorWorkbookController(
      IndicatorWorkbook workbook,
      MasterplanManagement masterplans,
      CurrentRegion region,
      Messages messages) {
    this.workbook = workbook;
    this.masterplans = masterplans;
    this.region = region;
    this.messages = messages;
  }

  @GetMapping("/export")
  ResponseEntity<byte[]> export(@PathVariable long masterplanId) {
    byte[] xlsx = workbook.export(region.id(), masterplanId, LocaleContextHolder.getLocale());
    return download(masterplanId, xlsx);
  }

  @GetMapping("/import")
  @PreAuthorize(EDITORS)
  String importForm(@PathVariable long masterplanId, Model model) {
    masterplan(masterplanId, model);
    return "strategy/indicator-import";
  }

  @PostMapping("/import")
  @PreAuthorize(EDITORS)
  String importFile(
      @PathVariable long masterplanId,
      @RequestParam("file") MultipartFile file,
      Model model,
      RedirectAttributes redirect)
      throws IOException {
    masterplan(masterplanId, model);
    try {
      IndicatorImportSummary summary =
          workbook.importFile(
              region.id(), masterplanId, file.getOriginalFilename(), file.getBytes());
      redirect.addFlashAttribute(
          "flash",
          messages.get(
              "strategy.indicatorSheet.imported",
              summary.created(),
              summary.updated(),
              summary.unchanged()));
      redirect.addFlashAttribute("importWarnings", warnings(summary));
      return "redirect:/masterplans/" + masterplanId + "/indicators";
    } catch (ImportRejectedException e) {
      model.addAttribute("problems", e.problems());
      model.addAttribute("filename", file.getOriginalFilename());
      return "strategy/indicator-import";
    }
  }

  /** The workbook as a download named after the masterplan. */
  static ResponseEntity<byte[]> download(long masterplanId, byte[] xlsx) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(IndicatorWorkbook.CONTENT_TYPE))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(IndicatorWorkbook.filename(masterplanId))
                .build()
                .toString())
        .body(xlsx);
  }

  /** Each warning as one line: its row, the indicator code and what is doubtful. */
  private List<String> warnings(IndicatorImportSummary summary) {
    return summary.warnings().stream()
        .map(
            w ->
                messages.get(
                    "strategy.indicatorSheet.import.warning",
                    w.row(),
                    w.code(),
                    messages.get(w.messageKey(), w.args())))
        .toList();
  }

  private Masterplan masterplan(long masterplanId, Model model) {
    Masterplan masterplan = masterplans.get(region.id(), masterplanId);
    model.addAttribute("masterplan", masterplan);
    return masterplan;
  }
}
