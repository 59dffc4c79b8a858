package id.rancang.programme.web;

import id.rancang.programme.ActionCategory;
import id.rancang.programme.ActionPlan;
import id.rancang.programme.ActionStatus;
import id.rancang.programme.PlannedAction;
import id.rancang.programme.Programme;
import id.rancang.region.Masterplan;
import id.rancang.region.Opd;
import id.rancang.region.OpdDirectory;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.web.Messages;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.ui.Model;

/**
 * What the action plan part of a programme page ({@code programme/actions :: plan} and its rows)
 * needs in the model: the actions by category, which of them can move, the add forms, the choices
 * of the forms and whether the person may change the plan at all. Used by the programme page and by
 * the action plan's own page controller.
 */
final class ActionPlanView {

  /** The fields of the action form, where problems are shown next to the input. */
  static final Set<String> FIELDS =
      Set.of(
          "category",
          "title",
          "year",
          "quarter",
          "ownerOpdId",
          "deliverable",
          "budget",
          "status",
          "progress");

  private final ActionPlan plan;
  private final OpdDirectory opds;
  private final Messages messages;

  ActionPlanView(ActionPlan plan, OpdDirectory opds, Messages messages) {
    this.plan = plan;
    this.opds = opds;
    this.messages = messages;
  }

  /** The action plan of the programme page as it is, with empty add forms. */
  void fill(Model model, long regionId, Masterplan masterplan, Programme programme) {
    fill(model, regionId, masterplan, programme, null, List.of());
  }

  /**
   * The action plan with the add form of {@code failedAdd}'s category showing what the user typed
   * and its {@code problems} (none: every add form is empty).
   */
  void fill(
      Model model,
      long regionId,
      Masterplan masterplan,
      Programme programme,
      ActionForm failedAdd,
      List<FieldProblem> problems) {
    List<PlannedAction> actions = plan.actions(regionId, programme.id());
    Map<ActionCategory, List<PlannedAction>> byCategory = new EnumMap<>(ActionCategory.class);
    Map<ActionCategory, ActionForm> addForms = new EnumMap<>(ActionCategory.class);
    Map<ActionCategory, Map<String, String>> addErrors = new EnumMap<>(ActionCategory.class);
    for (ActionCategory category : ActionCategory.values()) {
      byCategory.put(category, new ArrayList<>());
      addForms.put(category, ActionForm.blank(category, programme.startYear()));
      addErrors.put(category, Map.of());
    }
    Set<Long> movableUp = new HashSet<>();
    Set<Long> movableDown = new HashSet<>();
    for (int i = 0; i < actions.size(); i++) {
      PlannedAction action = actions.get(i);
      byCategory.get(action.category()).add(action);
      if (i > 0 && listedTogether(actions.get(i - 1), action)) {
        movableUp.add(action.id());
        movableDown.add(actions.get(i - 1).id());
      }
    }
    if (failedAdd != null) {
      ActionCategory category =
          failedAdd.category() == null ? ActionCategory.values()[0] : failedAdd.category();
      addForms.put(category, failedAdd);
      addErrors.put(category, errors(problems));
    }
    model.addAttribute("actionsByCategory", byCategory);
    model.addAttribute("actionsMovableUp", movableUp);
    model.addAttribute("actionsMovableDown", movableDown);
    model.addAttribute("addForms", addForms);
    model.addAttribute("addErrors", addErrors);
    model.addAttribute("addOpen", failedAdd == null ? null : failedAdd.category());
    model.addAttribute("canEditActions", ActionRights.mayChange(programme.leadOpdId()));
    choices(model, regionId, masterplan);
  }

  /**
   * The choices of the action form: the region's OPDs (also their abbreviations by id, for showing
   * an owner), the years of the masterplan period, the categories and the statuses.
   */
  void choices(Model model, long regionId, Masterplan masterplan) {
    List<Opd> regionOpds = opds.all(regionId);
    Map<Long, String> opdNames = new LinkedHashMap<>();
    for (Opd opd : regionOpds) {
      opdNames.put(opd.id(), opd.abbreviation());
    }
    model.addAttribute("actionOpds", regionOpds);
    model.addAttribute("actionOpdNames", opdNames);
    model.addAttribute(
        "actionYears",
        IntStream.rangeClosed(masterplan.startYear(), masterplan.endYear()).boxed().toList());
    model.addAttribute("actionCategories", ActionCategory.values());
    model.addAttribute("actionStatuses", ActionStatus.values());
  }

  /** Whether two actions are listed in one group, where only their position orders them. */
  static boolean listedTogether(PlannedAction a, PlannedAction b) {
    return a.category() == b.category()
        && a.year() == b.year()
        && Objects.equals(a.quarter(), b.quarter());
  }

  /**
   * Problems by field in the user's words, several for one field joined; problems of no field of
   * the form under the key {@code ""}.
   */
  Map<String, String> errors(List<FieldProblem> problems) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (FieldProblem p : problems) {
      String field = p.field() == null || !FIELDS.contains(p.field()) ? "" : p.field();
      errors.merge(field, messages.get(p.messageKey(), p.args()), (a, b) -> a + " " + b);
    }
    return errors;
  }
}
