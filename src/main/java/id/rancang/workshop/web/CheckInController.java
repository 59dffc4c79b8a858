package id.rancang.workshop.web;

import id.rancang.identity.IdentityProperties;
import id.rancang.identity.RancangUser;
import id.rancang.region.CurrentRegion;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.web.Forms;
import id.rancang.shared.web.Htmx;
import id.rancang.shared.web.Messages;
import id.rancang.shared.web.QrCodes;
import id.rancang.workshop.CheckIn;
import id.rancang.workshop.CheckInPoint;
import id.rancang.workshop.DayCode;
import id.rancang.workshop.Workshop;
import id.rancang.workshop.WorkshopAttendance;
import id.rancang.workshop.WorkshopCatalog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Check-in by QR code. Organisers put a day's screen on the projector: the workshop, the day, a
 * large QR code of the check-in link (with the link as text) and the number checked in so far,
 * refreshed every 5 seconds; they can renew the day's code. A member of the region who scans it
 * signs in (the sign-in page returns to the link), confirms, and is checked in for the day.
 */
@Controller
@PreAuthorize("hasRole('MEMBER')")
class CheckInController {

  private static final String SCREEN = "workshop/check-in-screen";
  private static final String CHECK_IN = "workshop/check-in";
  private static final String UNKNOWN = "workshop/check-in-unknown";

  private final WorkshopAttendance attendance;
  private final WorkshopCatalog catalog;
  private final WorkshopView view;
  private final IdentityProperties properties;
  private final CurrentRegion region;
  private final Messages messages;

  CheckInController(
      WorkshopAttendance attendance,
      WorkshopCatalog catalog,
      WorkshopView view,
      IdentityProperties properties,
      CurrentRegion region,
      Messages messages) {
    this.attendance = attendance;
    this.catalog = catalog;
    this.view = view;
    this.properties = properties;
    this.region = region;
    this.messages = messages;
  }

  /** The screen for the projector; htmx asks for the count alone every 5 seconds. */
  @GetMapping("/workshops/{workshopId}/days/{day}/check-in")
  @PreAuthorize(WorkshopController.ORGANISERS)
  String screen(
      @PathVariable long workshopId,
      @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
      HttpServletRequest request,
      Model model) {
    long regionId = region.id();
    Workshop workshop = catalog.get(regionId, workshopId);
    model.addAttribute("workshop", workshop);
    model.addAttribute("day", day);
    model.addAttribute("count", attendance.presentCount(regionId, workshopId, day));
    if (Htmx.isHtmx(request)) {
      if (!workshop.includes(day)) {
        throw new NotFoundException(WorkshopAttendance.CODE_RECORD, day);
      }
      return SCREEN + " :: count";
    }
    DayCode code = attendance.dayCode(regionId, workshopId, day);
    String url = checkInUrl(code.code());
    model.addAttribute("stageName", view.stageName(workshop));
    model.addAttribute("dayText", Days.longDate(day, LocaleContextHolder.getLocale()));
    model.addAttribute("url", url);
    model.addAttribute("qr", QrCodes.svg(url));
    model.addAttribute("window", attendance.window(day).name());
    model.addAttribute("days", workshop.days());
    return SCREEN;
  }

  @PostMapping("/workshops/{workshopId}/days/{day}/check-in/renew")
  @PreAuthorize(WorkshopController.ORGANISERS)
  String renew(
      @PathVariable long workshopId,
      @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
      RedirectAttributes redirect) {
    attendance.renew(region.id(), workshopId, day);
    redirect.addFlashAttribute(
        "flash",
        messages.get(
            "workshop.checkIn.renewed", Days.longDate(day, LocaleContextHolder.getLocale())));
    return "redirect:/workshops/" + workshopId + "/days/" + day + "/check-in";
  }

  /** What a scanned code opens: the workshop day and a button to confirm. */
  @GetMapping("/check-in/{code}")
  String page(@PathVariable String code, HttpServletResponse response, Model model) {
    RancangUser user = user();
    CheckInPoint point;
    try {
      point = attendance.point(code, user.accountId(), user.systemAdmin());
    } catch (NotFoundException e) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      return UNKNOWN;
    }
    Workshop workshop = point.workshop();
    model.addAttribute("code", code);
    model.addAttribute("workshop", workshop);
    model.addAttribute("stageName", view.stageName(workshop));
    model.addAttribute("dayText", Days.longDate(point.day(), LocaleContextHolder.getLocale()));
    model.addAttribute("window", attendance.window(point.day()).name());
    model.addAttribute(
        "attendance",
        attendance
            .ofAccount(workshop.regionId(), workshop.id(), user.accountId(), point.day())
            .orElse(null));
    model.addAttribute(
        "onList",
        catalog.participation(workshop.regionId(), workshop.id(), user.accountId()).isPresent());
    // the workshop's page is only reachable while working in its region
    model.addAttribute(
        "workshopLink", region.find().map(r -> r.id() == workshop.regionId()).orElse(false));
    return CHECK_IN;
  }

  @PostMapping("/check-in/{code}")
  String checkIn(
      @PathVariable String code,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    RancangUser user = user();
    try {
      CheckIn result = attendance.checkIn(code, user.accountId(), user.systemAdmin());
      String time = Days.time(result.attendance().checkedInAt());
      redirect.addFlashAttribute(
          "flash",
          result.recorded()
              ? messages.get("workshop.checkIn.done", time)
              : messages.get("workshop.checkIn.already", time));
    } catch (NotFoundException e) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      return UNKNOWN;
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("flashError", Forms.firstMessage(e, messages));
    }
    return "redirect:/check-in/" + code;
  }

  private String checkInUrl(String code) {
    String base = properties.baseUrl();
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return base + "/check-in/" + code;
  }

  private static RancangUser user() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !(auth.getPrincipal() instanceof RancangUser user)) {
      throw new AccessDeniedException("not signed in");
    }
    return user;
  }
}
