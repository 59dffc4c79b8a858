package id.rancang.programme.web;

import id.rancang.programme.ProgrammeImportSummary;
import id.rancang.programme.ProgrammeWorkbook;
import id.rancang.region.CurrentRegion;
import id.rancang.region.MasterplanManagement;
import id.rancang.shared.tabular.ImportRejectedException;
import id.rancang.shared.web.Access;
import id.rancang.shared.web.Messages;
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
 * The programme workbook of a masterplan: every member downloads it (the template, filled with the
 * programmes and their action plans); editors upload it back.
 */
@Controller
@RequestMapping("/masterplans/{masterplanId}/programmes")
@PreAuthorize("hasRole('MEMBER')")
class ProgrammeWorkbookController {

  private static final String EDITORS = "hasAnyRole('REGION_ADMIN', 'EDITOR')";

  private final ProgrammeWorkbook workbook;
  private final MasterplanManagement masterplans;
  private final CurrentRegion region;
  private final Messages messages;

  ProgrammeWorkbookController(
      ProgrammeWorkbook workbook,
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
    byte[] xlsx =
        workbook.export(
            region.id(),
            masterplanId,
            LocaleContextHolder.getLocale(),
            // as on the stakeholder pages: participants do not see the stakeholders' names
            Access.hasAnyRole("REGION_ADMIN", "EDITOR", "OPD_CONTRIBUTOR", "REVIEWER"));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(ProgrammeWorkbook.CONTENT_TYPE))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(ProgrammeWorkbook.filename(masterplanId))
                .build()
                .toString())
        .body(xlsx);
  }

  @GetMapping("/import")
  @PreAuthorize(EDITORS)
  String importForm(@PathVariable long masterplanId, Model model) {
    model.addAttribute("masterplan", masterplans.get(region.id(), masterplanId));
    return "programme/programme-import";
  }

  @PostMapping("/import")
  @PreAuthorize(EDITORS)
  String importFile(
      @PathVariable long masterplanId,
      @RequestParam("file") MultipartFile file,
      Model model,
      RedirectAttributes redirect)
      throws IOException {
    model.addAttribute("masterplan", masterplans.get(region.id(), masterplanId));
    try {
      ProgrammeImportSummary summary =
          workbook.importFile(
              region.id(), masterplanId, file.getOriginalFilename(), file.getBytes());
      redirect.addFlashAttribute(
          "flash",
          messages.get(
              "programme.workbook.imported",
              summary.created(),
              summary.updated(),
              summary.unchanged()));
      redirect.addFlashAttribute("importDetails", details(summary));
      redirect.addFlashAttribute("importWarnings", warnings(summary));
      return "redirect:/masterplans/" + masterplanId + "/programmes/import";
    } catch (ImportRejectedException e) {
      model.addAttribute("problems", e.problems());
      model.addAttribute("filename", file.getOriginalFilename());
      return "programme/programme-import";
    }
  }

  /** What else the import did: actions, and the rows of the other sheets. */
  private List<String> details(ProgrammeImportSummary s) {
    return List.of(
        messages.get(
            "programme.workbook.imported.actions",
            s.actionsAdded(),
            s.actionsChanged(),
            s.actionsRemoved()),
        messages.get(
            "programme.workbook.imported.rows",
            s.partners(),
            s.budgetLines(),
            s.risks(),
            s.contributions(),
            s.actions()));
  }

  /** Each warning as one line: its sheet and row, the programme code and what is doubtful. */
  private List<String> warnings(ProgrammeImportSummary summary) {
    return summary.warnings().stream()
        .map(
            w ->
                messages.get(
                    "programme.workbook.import.warning",
                    w.sheet() == null ? "-" : w.sheet(),
                    w.row(),
                    w.code() == null ? "-" : w.code(),
                    messages.get(w.messageKey(), w.args())))
        .toList();
  }
}
