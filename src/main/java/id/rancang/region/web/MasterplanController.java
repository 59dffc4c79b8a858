package id.rancang.region.web;

import id.rancang.region.CurrentRegion;
import id.rancang.region.Masterplan;
import id.rancang.region.MasterplanCommand;
import id.rancang.region.MasterplanManagement;
import id.rancang.region.MasterplanStatus;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.web.Access;
import id.rancang.shared.web.Forms;
import id.rancang.shared.web.Messages;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages to list, create and edit the masterplans of the current region and move their status. */
@Controller
@RequestMapping("/masterplans")
@PreAuthorize("hasRole('MEMBER')")
class MasterplanController {

  static final String EDITORS = "hasAnyRole('REGION_ADMIN', 'EDITOR')";

  private final MasterplanManagement masterplans;
  private final CurrentRegion region;
  private final Messages messages;

  MasterplanController(MasterplanManagement masterplans, CurrentRegion region, Messages messages) {
    this.masterplans = masterplans;
    this.region = region;
    this.messages = messages;
  }

  /**
   * Values the form cannot convert (letters in a number field, an unknown option) are reported with
   * {@code region.masterplan.typeMismatch} instead of a technical conversion message.
   */
  @InitBinder("form")
  void initBinder(WebDataBinder binder) {
    DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
    codes.setPrefix("region.masterplan.");
    binder.setMessageCodesResolver(codes);
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("masterplans", masterplans.list(region.id()));
    model.addAttribute("canEdit", Access.hasAnyRole("REGION_ADMIN", "EDITOR"));
    return "region/masterplans";
  }

  @GetMapping("/new")
  @PreAuthorize(EDITORS)
  String newForm(Model model) {
    model.addAttribute("form", new MasterplanCommand(null, LocalDate.now().getYear(), null));
    return "region/masterplan-form";
  }

  @PostMapping
  @PreAuthorize(EDITORS)
  String create(
      @Valid @ModelAttribute("form") MasterplanCommand form,
      BindingResult result,
      RedirectAttributes redirect) {
    if (result.hasErrors()) {
      return "region/masterplan-form";
    }
    try {
      Masterplan created = masterplans.create(region.id(), form);
      redirect.addFlashAttribute(
          "flash", messages.get("region.masterplan.created", created.title()));
      return "redirect:/masterplans/" + created.id();
    } catch (InvalidInputException e) {
      Forms.reject(result, e, messages);
      return "region/masterplan-form";
    }
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Model model) {
    Masterplan masterplan = masterplans.get(region.id(), id);
    model.addAttribute("masterplan", masterplan);
    model.addAttribute(
        "canEdit", Access.hasAnyRole("REGION_ADMIN", "EDITOR") && !locked(masterplan));
    model.addAttribute("transitions", allowedTransitions(masterplan.status()));
    model.addAttribute("canAudit", Access.hasAnyRole("REGION_ADMIN", "EDITOR", "REVIEWER"));
    return "region/masterplan";
  }

  @GetMapping("/{id}/edit")
  @PreAuthorize(EDITORS)
  String editForm(@PathVariable long id, Model model, RedirectAttributes redirect) {
    Masterplan masterplan = masterplans.get(region.id(), id);
    if (locked(masterplan)) {
      redirect.addFlashAttribute("flashError", messages.get("region.masterplan.locked"));
      return "redirect:/masterplans/" + id;
    }
    model.addAttribute(
        "form",
        new MasterplanCommand(masterplan.title(), masterplan.startYear(), masterplan.endYear()));
    model.addAttribute("masterplan", masterplan);
    model.addAttribute("version", masterplan.version());
    return "region/masterplan-form";
  }

  @PostMapping("/{id}")
  @PreAuthorize(EDITORS)
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("form") MasterplanCommand form,
      BindingResult result,
      @RequestParam int version,
      Model model,
      RedirectAttributes redirect) {
    Masterplan masterplan = masterplans.get(region.id(), id);
    model.addAttribute("masterplan", masterplan);
    model.addAttribute("version", version);
    if (result.hasErrors()) {
      return "region/masterplan-form";
    }
    try {
      Masterplan saved = masterplans.update(region.id(), id, form, version);
      redirect.addFlashAttribute("flash", messages.get("region.masterplan.saved", saved.title()));
      return "redirect:/masterplans/" + id;
    } catch (InvalidInputException e) {
      Forms.reject(result, e, messages);
      return "region/masterplan-form";
    } catch (ConcurrentEditException e) {
      Forms.rejectGlobal(result, "shared.error.conflict", messages);
      return "region/masterplan-form";
    }
  }

  @PostMapping("/{id}/status")
  @PreAuthorize(EDITORS)
  String changeStatus(
      @PathVariable long id,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String regulationNumber,
      @RequestParam(required = false) String regulationDate,
      @RequestParam int version,
      RedirectAttributes redirect) {
    masterplans.get(region.id(), id);
    try {
      MasterplanStatus target = parseStatus(status);
      if (target != null && !mayMoveTo(target)) {
        throw new AccessDeniedException("masterplan status " + target);
      }
      Masterplan saved =
          masterplans.changeStatus(
              region.id(), id, target, regulationNumber, parseDate(regulationDate), version);
      redirect.addFlashAttribute(
          "flash",
          messages.get(
              "region.masterplan.statusChanged",
              saved.title(),
              messages.get("region.masterplan.status." + saved.status().name())));
    } catch (InvalidInputException e) {
      FieldProblem problem = e.problems().get(0);
      redirect.addFlashAttribute(
          "flashError", messages.get(problem.messageKey(), statusLabels(problem.args())));
    } catch (ConcurrentEditException e) {
      redirect.addFlashAttribute("flashError", messages.get("shared.error.conflict"));
    }
    return "redirect:/masterplans/" + id;
  }

  /** The next statuses the current person may choose: adoption and archiving are the admin's. */
  private static List<MasterplanStatus> allowedTransitions(MasterplanStatus from) {
    return from.next().stream()
        .filter(MasterplanController::mayMoveTo)
        .sorted(Comparator.naturalOrder())
        .toList();
  }

  private static boolean mayMoveTo(MasterplanStatus target) {
    return switch (target) {
      case ADOPTED, ARCHIVED -> Access.hasAnyRole("REGION_ADMIN");
      case DRAFT, IN_REVIEW -> Access.hasAnyRole("REGION_ADMIN", "EDITOR");
    };
  }

  /** Shows status names in a problem's arguments (e.g. of a refused transition) as labels. */
  private List<Object> statusLabels(List<Object> args) {
    return args.stream()
        .map(
            arg ->
                Arrays.stream(MasterplanStatus.values()).anyMatch(s -> s.name().equals(arg))
                    ? (Object) messages.get("region.masterplan.status." + arg)
                    : arg)
        .toList();
  }

  private static boolean locked(Masterplan masterplan) {
    return masterplan.status() == MasterplanStatus.ADOPTED
        || masterplan.status() == MasterplanStatus.ARCHIVED;
  }

  private static MasterplanStatus parseStatus(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    return Arrays.stream(MasterplanStatus.values())
        .filter(s -> s.name().equals(status.strip()))
        .findFirst()
        .orElseThrow(() -> InvalidInputException.of("status", "shared.validation.required"));
  }

  private static LocalDate parseDate(String date) {
    if (date == null || date.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(date.strip());
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of("regulationDate", "region.masterplan.regulationDateInvalid");
    }
  }
}
