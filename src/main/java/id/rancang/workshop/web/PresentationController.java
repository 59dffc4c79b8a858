package id.rancang.workshop.web;

import id.rancang.region.CurrentRegion;
import id.rancang.region.MasterplanManagement;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.web.Forms;
import id.rancang.shared.web.Messages;
import id.rancang.workshop.PresentationItemCommand;
import id.rancang.workshop.Workshop;
import id.rancang.workshop.WorkshopPresentation;
import id.rancang.workshop.WorkshopViewer;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The data presentation of a workshop: the chosen profile statistics and indicators as large charts
 * for the projector, for everyone who may see the workshop. Organisers add items from the
 * masterplan, move them up and down and take them out, below the slides.
 */
@Controller
@PreAuthorize("hasRole('MEMBER')")
class PresentationController {

  private static final String PAGE = "workshop/data";

  private final WorkshopPresentation presentation;
  private final PresentationSlides slides;
  private final MasterplanManagement masterplans;
  private final WorkshopView view;
  private final CurrentRegion region;
  private final Messages messages;

  PresentationController(
      WorkshopPresentation presentation,
      PresentationSlides slides,
      MasterplanManagement masterplans,
      WorkshopView view,
      CurrentRegion region,
      Messages messages) {
    this.presentation = presentation;
    this.slides = slides;
    this.masterplans = masterplans;
    this.view = view;
    this.region = region;
    this.messages = messages;
  }

  @GetMapping("/workshops/{workshopId}/data")
  String page(@PathVariable long workshopId, Model model) {
    long regionId = region.id();
    Workshop workshop = view.visible(regionId, workshopId);
    boolean organiser = WorkshopViewer.organiser();
    model.addAttribute("workshop", workshop);
    model.addAttribute("stageName", view.stageName(workshop));
    model.addAttribute("masterplan", masterplans.get(regionId, workshop.masterplanId()));
    model.addAttribute(
        "slides",
        slides.of(presentation.slides(regionId, workshopId), LocaleContextHolder.getLocale()));
    model.addAttribute("canOrganise", organiser);
    if (organiser) {
      model.addAttribute("choices", presentation.choices(regionId, workshopId));
    }
    return PAGE;
  }

  /** Adds an item; {@code item} is {@code PROFILE_STAT:<id>} or {@code INDICATOR:<id>}. */
  @PostMapping("/workshops/{workshopId}/data/items")
  @PreAuthorize(WorkshopController.ORGANISERS)
  String add(
      @PathVariable long workshopId,
      @RequestParam(defaultValue = "") String item,
      RedirectAttributes redirect) {
    try {
      presentation.add(region.id(), workshopId, command(item));
      redirect.addFlashAttribute("flash", messages.get("workshop.presentation.added"));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("flashError", Forms.firstMessage(e, messages));
    }
    return "redirect:/workshops/" + workshopId + "/data#manage";
  }

  @PostMapping("/workshops/{workshopId}/data/items/{itemId}/move")
  @PreAuthorize(WorkshopController.ORGANISERS)
  String move(
      @PathVariable long workshopId,
      @PathVariable long itemId,
      @RequestParam(defaultValue = "UP") String direction) {
    presentation.move(region.id(), workshopId, itemId, !"DOWN".equals(direction));
    return "redirect:/workshops/" + workshopId + "/data#manage";
  }

  @PostMapping("/workshops/{workshopId}/data/items/{itemId}/delete")
  @PreAuthorize(WorkshopController.ORGANISERS)
  String remove(
      @PathVariable long workshopId, @PathVariable long itemId, RedirectAttributes redirect) {
    presentation.remove(region.id(), workshopId, itemId);
    redirect.addFlashAttribute("flash", messages.get("workshop.presentation.removed"));
    return "redirect:/workshops/" + workshopId + "/data#manage";
  }

  /** {@code PROFILE_STAT:12} or {@code INDICATOR:5}; anything else chooses nothing. */
  static PresentationItemCommand command(String item) {
    int colon = item.indexOf(':');
    if (colon > 0) {
      try {
        long id = Long.parseLong(item.substring(colon + 1).strip());
        String kind = item.substring(0, colon);
        if (kind.equals("PROFILE_STAT")) {
          return new PresentationItemCommand(id, null);
        }
        if (kind.equals("INDICATOR")) {
          return new PresentationItemCommand(null, id);
        }
      } catch (NumberFormatException e) {
        // chooses nothing: the service says so
      }
    }
    return new PresentationItemCommand(null, null);
  }
}
