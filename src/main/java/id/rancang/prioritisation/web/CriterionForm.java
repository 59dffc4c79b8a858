package id.rancang.prioritisation.web;

import id.rancang.prioritisation.Criterion;
import id.rancang.prioritisation.CriterionCommand;
import id.rancang.prioritisation.CriterionKind;
import id.rancang.prioritisation.CriterionLevel;
import id.rancang.prioritisation.Measure;
import id.rancang.prioritisation.PrioritisationCriteria;
import id.rancang.prioritisation.rules.Direction;
import id.rancang.shared.FieldProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * A criterion as the team filled the form, with its scale as rows of label and definition (always
 * {@link PrioritisationCriteria#MAX_LEVELS} rows; rows left blank are no level). Choices are kept
 * as sent so that a mistake is shown back as it was typed.
 */
record CriterionForm(
    String parentId,
    String code,
    String name,
    String description,
    String kind,
    String measure,
    String direction,
    List<CriterionLevel> rows,
    String version) {

  CriterionForm {
    List<CriterionLevel> padded = new ArrayList<>(rows == null ? List.of() : rows);
    while (padded.size() < PrioritisationCriteria.MAX_LEVELS) {
      padded.add(new CriterionLevel(padded.size() + 1, "", ""));
    }
    rows = List.copyOf(padded);
  }

  /**
   * A new criterion (under {@code parentId}, if given), rated, benefit, its scale labelled with
   * {@code labels} (the usual five levels, which the team may change or clear).
   */
  static CriterionForm blank(Long parentId, List<String> labels) {
    List<CriterionLevel> rows = new ArrayList<>();
    for (String label : labels) {
      rows.add(new CriterionLevel(rows.size() + 1, label, ""));
    }
    return new CriterionForm(
        parentId == null ? "" : parentId.toString(),
        "",
        "",
        "",
        CriterionKind.RATED.name(),
        "",
        Direction.BENEFIT.name(),
        rows,
        null);
  }

  static CriterionForm of(Criterion c) {
    return new CriterionForm(
        c.parentId() == null ? "" : c.parentId().toString(),
        c.code(),
        c.name(),
        c.description() == null ? "" : c.description(),
        c.kind().name(),
        c.measure() == null ? "" : c.measure().name(),
        c.direction().name(),
        c.levels().stream()
            .map(
                l ->
                    new CriterionLevel(
                        l.level(), l.label(), l.definition() == null ? "" : l.definition()))
            .toList(),
        Integer.toString(c.version()));
  }

  /** The form as sent: {@code labels} and {@code definitions} are the rows' inputs in order. */
  static CriterionForm sent(
      String parentId,
      String code,
      String name,
      String description,
      String kind,
      String measure,
      String direction,
      String[] labels,
      String[] definitions,
      String version) {
    List<CriterionLevel> rows = new ArrayList<>();
    int count =
        Math.max(labels == null ? 0 : labels.length, definitions == null ? 0 : definitions.length);
    for (int i = 0; i < Math.min(count, PrioritisationCriteria.MAX_LEVELS); i++) {
      rows.add(new CriterionLevel(i + 1, at(labels, i), at(definitions, i)));
    }
    return new CriterionForm(
        parentId, code, name, description, kind, measure, direction, rows, version);
  }

  CriterionForm withVersion(int newVersion) {
    return new CriterionForm(
        parentId,
        code,
        name,
        description,
        kind,
        measure,
        direction,
        rows,
        Integer.toString(newVersion));
  }

  /**
   * The command: the rows with a label or definition become the scale, in order (none for a
   * measured criterion, whose scale inputs the form leaves aside).
   */
  CriterionCommand command(List<FieldProblem> problems) {
    CriterionKind parsedKind = Choices.parse(CriterionKind.class, kind, "kind", problems);
    List<CriterionLevel> levels = new ArrayList<>();
    if (parsedKind != CriterionKind.MEASURED) {
      for (CriterionLevel row : rows) {
        if (!row.label().isBlank() || !row.definition().isBlank()) {
          levels.add(new CriterionLevel(levels.size() + 1, row.label(), row.definition()));
        }
      }
    }
    return new CriterionCommand(
        Choices.id(parentId, "parentId", problems),
        code,
        name,
        description,
        parsedKind,
        parsedKind == CriterionKind.MEASURED
            ? Choices.parse(Measure.class, measure, "measure", problems)
            : null,
        Choices.parse(Direction.class, direction, "direction", problems),
        levels);
  }

  private static String at(String[] values, int i) {
    return values == null || i >= values.length || values[i] == null ? "" : values[i];
  }
}
