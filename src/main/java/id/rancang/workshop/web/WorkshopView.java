package id.rancang.workshop.web;

import id.rancang.region.MasterplanManagement;
import id.rancang.region.PentahelixRole;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.web.Access;
import id.rancang.shared.web.Messages;
import id.rancang.workshop.InvitationStatus;
import id.rancang.workshop.Workshop;
import id.rancang.workshop.WorkshopAgenda;
import id.rancang.workshop.WorkshopCatalog;
import id.rancang.workshop.WorkshopInvitations;
import id.rancang.workshop.WorkshopMaterials;
import id.rancang.workshop.WorkshopMinutes;
import id.rancang.workshop.WorkshopStage;
import id.rancang.workshop.WorkshopViewer;
import id.rancang.workshop.rules.MaterialType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the model of a workshop's page, or of one of its parts swapped in by htmx. A controller
 * first puts what its answer is about (a form with problems, a message); the rest gets defaults.
 */
@Component
class WorkshopView {

  static final String PAGE = "workshop/workshop";

  private final WorkshopCatalog catalog;
  private final WorkshopAgenda agenda;
  private final WorkshopInvitations invitations;
  private final WorkshopMaterials materials;
  private final WorkshopMinutes minutes;
  private final MasterplanManagement masterplans;
  private final Messages messages;

  WorkshopView(
      WorkshopCatalog catalog,
      WorkshopAgenda agenda,
      WorkshopInvitations invitations,
      WorkshopMaterials materials,
      WorkshopMinutes minutes,
      MasterplanManagement masterplans,
      Messages messages) {
    this.catalog = catalog;
    this.agenda = agenda;
    this.invitations = invitations;
    this.materials = materials;
    this.minutes = minutes;
    this.masterplans = masterplans;
    this.messages = messages;
  }

  /** The workshop the current person may see, or 404. */
  Workshop visible(long regionId, long workshopId) {
    return catalog.get(regionId, workshopId, WorkshopViewer.current());
  }

  /** Everything the workshop page shows. */
  String page(Model model, Workshop w) {
    long regionId = w.regionId();
    WorkshopViewer viewer = WorkshopViewer.current();
    put(model, "workshop", w);
    put(model, "masterplan", masterplans.get(regionId, w.masterplanId()));
    put(model, "stageName", stageName(w));
    put(model, "canOrganise", WorkshopViewer.organiser());
    put(model, "canSeeInvitations", viewer.seesAll());
    put(model, "canAudit", Access.hasAnyRole("REGION_ADMIN", "EDITOR", "REVIEWER"));
    put(model, "ideaCount", catalog.ideaCount(regionId, w.id()));
    // agenda
    put(model, "days", agenda.days(regionId, w.id()));
    put(model, "workshopDays", w.days());
    put(model, "sessionForm", SessionForm.blank(w.startDate().toString()));
    put(model, "sessionErrors", Map.of());
    // registration
    put(
        model,
        "invitation",
        invitations.ofAccount(regionId, w.id(), viewer.accountId()).orElse(null));
    if (viewer.seesAll()) {
      put(model, "counts", invitations.counts(regionId, w.id()));
    }
    // materials
    put(model, "materials", materials.list(regionId, w.id()));
    put(model, "materialErrors", Map.of());
    put(model, "maxMaterialSize", megabytes(materials.maxBytes()));
    put(model, "maxMaterialBytes", materials.maxBytes());
    put(
        model,
        "acceptedTypes",
        MaterialType.allExtensions().stream().map(e -> "." + e).collect(Collectors.joining(",")));
    put(
        model,
        "acceptedNames",
        java.util.Arrays.stream(MaterialType.values())
            .map(Enum::name)
            .collect(Collectors.joining(", ")));
    // minutes and decisions
    put(model, "minutes", minutes.minutes(regionId, w.id()));
    put(model, "minutesErrors", Map.of());
    put(model, "decisions", minutes.decisions(regionId, w.id()));
    put(model, "ideaChoices", minutes.ideaChoices(regionId, w.id()));
    put(model, "decisionForm", DecisionForm.blank());
    put(model, "decisionErrors", Map.of());
    put(model, "statuses", InvitationStatus.values());
    put(model, "roles", PentahelixRole.values());
    return PAGE;
  }

  String stageName(Workshop w) {
    return w.stage() == WorkshopStage.CUSTOM
        ? w.stageLabel()
        : messages.get("workshop.stage." + w.stage().name());
  }

  /** Problems by field, in the user's language (the first problem of a field wins). */
  Map<String, String> errors(List<FieldProblem> problems) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (FieldProblem p : problems) {
      errors.putIfAbsent(p.field(), messages.get(p.messageKey(), p.args()));
    }
    return errors;
  }

  static String megabytes(long bytes) {
    long mb = Math.round(bytes / (1024.0 * 1024.0));
    return mb + " MB";
  }

  private static void put(Model model, String name, Object value) {
    if (!model.containsAttribute(name)) {
      model.addAttribute(name, value);
    }
  }
}
