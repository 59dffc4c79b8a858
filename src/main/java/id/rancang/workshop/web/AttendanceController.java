package id.rancang.workshop.web;

import id.rancang.region.CurrentRegion;
import id.rancang.region.Opd;
import id.rancang.region.OpdDirectory;
import id.rancang.region.PentahelixRole;
import id.rancang.shared.Formats;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.PageRequest;
import id.rancang.shared.chart.Palette;
import id.rancang.shared.chart.SvgCharts;
import id.rancang.shared.web.Access;
import id.rancang.shared.web.Forms;
import id.rancang.shared.web.Htmx;
import id.rancang.shared.web.Messages;
import id.rancang.workshop.AttendanceEntry;
import id.rancang.workshop.AttendanceFilter;
import id.rancang.workshop.AttendanceSummary;
import id.rancang.workshop.Workshop;
import id.rancang.workshop.WorkshopAttendance;
import id.rancang.workshop.WorkshopCatalog;
import id.rancang.workshop.WorkshopViewer;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The attendance of a workshop (members other than participants): per day, everyone on the list
 * with their presence, filtered by pentahelix role, OPD and presence; the counts of each day and of
 * the whole workshop by role and OPD (tables and bar charts); the daftar hadir of a day as PDF.
 * Organisers mark people present (also stakeholders without an account) and take a mark back after
 * confirming.
 */
@Controller
@PreAuthorize("hasRole('MEMBER')")
class AttendanceController {

  private static final String PAGE = "workshop/attendance";
  private static final String ROW = PAGE + " :: row";
  private static final String REMOVE = "workshop/attendance-remove";

  private final WorkshopAttendance attendance;
  private final WorkshopCatalog catalog;
  private final OpdDirectory opds;
  private final WorkshopView view;
  private final AttendanceSheet sheet;
  private final CurrentRegion region;
  private final Messages messages;

  AttendanceController(
      WorkshopAttendance attendance,
      WorkshopCatalog catalog,
      OpdDirectory opds,
      WorkshopView view,
      AttendanceSheet sheet,
      CurrentRegion region,
      Messages messages) {
    this.attendance = attendance;
    this.catalog = catalog;
    this.opds = opds;
    this.view = view;
    this.sheet = sheet;
    this.region = region;
    this.messages = messages;
  }

  @GetMapping("/workshops/{workshopId}/attendance")
  @PreAuthorize(InvitationController.READERS)
  String list(
      @PathVariable long workshopId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
      @RequestParam(required = false) PentahelixRole role,
      @RequestParam(required = false) Long opdId,
      @RequestParam(required = false) AttendanceFilter.Presence presence,
      @RequestParam(required = false) Integer page,
      HttpServletRequest request,
      Model model) {
    long regionId = region.id();
    Workshop workshop = catalog.get(regionId, workshopId);
    LocalDate chosen = chosenDay(workshop, day);
    AttendanceFilter filter = new AttendanceFilter(chosen, role, opdId, presence);
    AttendanceSummary summary = attendance.summary(regionId, workshopId);
    model.addAttribute("workshop", workshop);
    model.addAttribute("stageName", view.stageName(workshop));
    model.addAttribute("day", chosen);
    model.addAttribute("filter", filter);
    model.addAttribute("summary", summary);
    model.addAttribute(
        "entries", attendance.list(regionId, workshopId, filter, PageRequest.of(page, null)));
    model.addAttribute("baseUrl", listUrl(workshopId, chosen, role, opdId, presence, null));
    model.addAttribute("opds", opdNames(regionId));
    model.addAttribute("roles", PentahelixRole.values());
    model.addAttribute("presences", AttendanceFilter.Presence.values());
    model.addAttribute("canOrganise", WorkshopViewer.organiser());
    model.addAttribute("canMark", !chosen.isAfter(attendance.today()));
    model.addAttribute("page", page);
    Formats formats = new Formats(LocaleContextHolder.getLocale());
    model.addAttribute("roleChart", roleChart(summary, formats));
    model.addAttribute("opdChart", opdChart(summary, formats));
    if (Htmx.isHtmx(request) && "results".equals(request.getHeader("HX-Target"))) {
      return PAGE + " :: results";
    }
    return PAGE;
  }

  /** An organiser marks someone present; htmx swaps the person's row. */
  @PostMapping("/workshops/{workshopId}/attendance")
  @PreAuthorize(WorkshopController.ORGANISERS)
  String mark(
      @PathVariable long workshopId,
      @RequestParam(required = false) Long invitationId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
      @RequestParam(required = false) PentahelixRole role,
      @RequestParam(required = false) Long opdId,
      @RequestParam(required = false) AttendanceFilter.Presence presence,
      @RequestParam(required = false) Integer page,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    long regionId = region.id();
    Workshop workshop = catalog.get(regionId, workshopId);
    String message = null;
    String problem = null;
    try {
      WorkshopAttendance.Marked marked =
          attendance.mark(regionId, workshopId, invitationId, day, Access.actor());
      String name = attendance.entry(regionId, workshopId, invitationId, day).invitation().name();
      String time = time(marked.attendance().checkedInAt());
      message =
          marked.recorded()
              ? messages.get("workshop.attendance.marked", name, time)
              : messages.get("workshop.attendance.alreadyPresent", name, time);
    } catch (InvalidInputException e) {
      problem = Forms.firstMessage(e, messages);
    }
    if (Htmx.isHtmx(request) && invitationId != null && day != null) {
      model.addAttribute("workshop", workshop);
      model.addAttribute("canOrganise", true);
      model.addAttribute("canMark", !day.isAfter(attendance.today()));
      model.addAttribute("e", attendance.entry(regionId, workshopId, invitationId, day));
      model.addAttribute("rowMessage", message);
      model.addAttribute("rowProblem", problem);
      return ROW;
    }
    if (message != null) {
      redirect.addFlashAttribute("flash", message);
    } else {
      redirect.addFlashAttribute("flashError", problem);
    }
    return "redirect:" + listUrl(workshopId, day, role, opdId, presence, page);
  }

  /** Asks before taking a mark back. */
  @GetMapping("/workshops/{workshopId}/attendance/{invitationId}/{day}/delete")
  @PreAuthorize(WorkshopController.ORGANISERS)
  String confirmUnmark(
      @PathVariable long workshopId,
      @PathVariable long invitationId,
      @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
      Model model) {
    long regionId = region.id();
    Workshop workshop = catalog.get(regionId, workshopId);
    AttendanceEntry entry = attendance.entry(regionId, workshopId, invitationId, day);
    if (!entry.present()) {
      throw new NotFoundException(WorkshopAttendance.RECORD_TYPE, invitationId);
    }
    model.addAttribute("workshop", workshop);
    model.addAttribute("stageName", view.stageName(workshop));
    model.addAttribute("e", entry);
    return REMOVE;
  }

  @PostMapping("/workshops/{workshopId}/attendance/{invitationId}/{day}/delete")
  @PreAuthorize(WorkshopController.ORGANISERS)
  String unmark(
      @PathVariable long workshopId,
      @PathVariable long invitationId,
      @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
      RedirectAttributes redirect) {
    long regionId = region.id();
    catalog.get(regionId, workshopId);
    String name = attendance.entry(regionId, workshopId, invitationId, day).invitation().name();
    attendance.unmark(regionId, workshopId, invitationId, day);
    redirect.addFlashAttribute(
        "flash",
        messages.get(
            "workshop.attendance.unmarked",
            name,
            Days.longDate(day, LocaleContextHolder.getLocale())));
    return "redirect:" + listUrl(workshopId, day, null, null, null, null);
  }

  /** The daftar hadir of a day: A4, those present with an empty column for their signature. */
  @GetMapping("/workshops/{workshopId}/attendance.pdf")
  @PreAuthorize(InvitationController.READERS)
  ResponseEntity<byte[]> pdf(
      @PathVariable long workshopId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
      @RequestParam(required = false) String lang) {
    long regionId = region.id();
    Workshop workshop = catalog.get(regionId, workshopId);
    LocalDate chosen = day == null ? chosenDay(workshop, null) : day;
    if (!workshop.includes(chosen)) {
      throw new NotFoundException(WorkshopCatalog.RECORD_TYPE, workshopId);
    }
    Locale language = "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("id");
    byte[] pdf =
        sheet.render(workshop, chosen, attendance.present(regionId, workshopId, chosen), language);
    String name =
        ("en".equals(lang) ? "attendance-" : "daftar-hadir-") + workshopId + "-" + chosen + ".pdf";
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .body(pdf);
  }

  /** Today while the workshop runs, else its first day. */
  private LocalDate chosenDay(Workshop workshop, LocalDate asked) {
    if (asked != null && workshop.includes(asked)) {
      return asked;
    }
    LocalDate today = attendance.today();
    return workshop.includes(today) ? today : workshop.startDate();
  }

  private String roleChart(AttendanceSummary summary, Formats formats) {
    List<String> labels = new ArrayList<>();
    List<BigDecimal> values = new ArrayList<>();
    List<String> colours = new ArrayList<>();
    PentahelixRole[] roles = PentahelixRole.values();
    for (int i = 0; i < roles.length; i++) {
      labels.add(messages.get("region.pentahelix." + roles[i]));
      values.add(BigDecimal.valueOf(summary.whole().role(roles[i])));
      colours.add(Palette.colour(i));
    }
    return SvgCharts.bars(
        messages.get("workshop.attendance.chart.roles"), labels, values, colours, formats::number);
  }

  private String opdChart(AttendanceSummary summary, Formats formats) {
    List<String> labels = new ArrayList<>();
    List<BigDecimal> values = new ArrayList<>();
    for (AttendanceSummary.OpdCount o : summary.whole().byOpd()) {
      labels.add(o.opdId() == null ? messages.get("workshop.attendance.noOpd") : o.opdName());
      values.add(BigDecimal.valueOf(o.present()));
    }
    if (labels.isEmpty()) {
      return null;
    }
    return SvgCharts.bars(
        messages.get("workshop.attendance.chart.opds"),
        labels,
        values,
        List.of(Palette.colour(0)),
        formats::number);
  }

  static String listUrl(
      long workshopId,
      LocalDate day,
      PentahelixRole role,
      Long opdId,
      AttendanceFilter.Presence presence,
      Integer page) {
    UriComponentsBuilder url =
        UriComponentsBuilder.fromPath("/workshops/" + workshopId + "/attendance");
    optional(url, "day", day);
    optional(url, "role", role);
    optional(url, "opdId", opdId);
    optional(url, "presence", presence);
    optional(url, "page", page);
    return url.build().toUriString();
  }

  private static void optional(UriComponentsBuilder url, String name, Object value) {
    if (value != null) {
      url.queryParam(name, value);
    }
  }

  private Map<Long, String> opdNames(long regionId) {
    Map<Long, String> names = new LinkedHashMap<>();
    for (Opd opd : opds.all(regionId)) {
      names.put(opd.id(), opd.name());
    }
    return names;
  }

  private static String time(java.time.OffsetDateTime at) {
    return Days.time(at);
  }
}
