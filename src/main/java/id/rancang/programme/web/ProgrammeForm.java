package id.rancang.programme.web;

import id.rancang.programme.BudgetItem;
import id.rancang.programme.Contribution;
import id.rancang.programme.Horizon;
import id.rancang.programme.Partner;
import id.rancang.programme.Programme;
import id.rancang.programme.ProgrammeCommand;
import id.rancang.programme.Risk;
import id.rancang.programme.rules.RupiahText;
import id.rancang.region.PentahelixRole;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.strategy.Dimension;
import id.rancang.strategy.Element;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/**
 * The programme form as typed: numbers and amounts stay text until they are checked, so that a form
 * with a mistake comes back exactly as the user left it. Partners and risks are numbered rows
 * ({@code partner_stakeholder_0}, {@code risk_description_0}, ...); the budget is a grid of funding
 * source by year ({@code budget_APBD_2026}); targets and indicators are ticked with a contribution
 * each ({@code target} = id, {@code targetContribution_<id>}); dependencies are programme codes.
 */
record ProgrammeForm(
    Long id,
    String code,
    String name,
    Dimension dimension,
    Element element,
    String problem,
    String description,
    String impactSociety,
    String impactEnvironment,
    Horizon horizon,
    String startYear,
    String endYear,
    Long leadOpdId,
    boolean quickWin,
    String sipdProgram,
    String sipdKegiatan,
    String sipdSubKegiatan,
    List<PartnerRow> partners,
    Map<Long, String> targets,
    Map<Long, String> indicators,
    Map<String, String> budget,
    String dependsOn,
    List<RiskRow> risks,
    Integer version) {

  /** Blank rows offered for new partners and risks. */
  static final int BLANK_ROWS = 2;

  record PartnerRow(Long stakeholderId, PentahelixRole role, String contribution) {
    boolean isBlank() {
      return stakeholderId == null && role == null && contribution.isBlank();
    }
  }

  record RiskRow(String description, String likelihood, String impact, String mitigation) {
    boolean isBlank() {
      return description.isBlank()
          && likelihood.isBlank()
          && impact.isBlank()
          && mitigation.isBlank();
    }
  }

  static String budgetKey(String source, int year) {
    return source + "_" + year;
  }

  static ProgrammeForm empty(int startYear) {
    return new ProgrammeForm(
            null,
            "",
            "",
            null,
            null,
            "",
            "",
            "",
            "",
            Horizon.MEDIUM,
            Integer.toString(startYear),
            "",
            null,
            false,
            "",
            "",
            "",
            List.of(),
            Map.of(),
            Map.of(),
            Map.of(),
            "",
            List.of(),
            null)
        .withBlankRows(BLANK_ROWS);
  }

  static ProgrammeForm of(Programme p, Map<Long, String> codesById) {
    List<PartnerRow> partners = new ArrayList<>();
    for (Partner partner : p.partners()) {
      partners.add(
          new PartnerRow(partner.stakeholderId(), partner.role(), text(partner.contribution())));
    }
    Map<Long, String> targets = new LinkedHashMap<>();
    for (Contribution c : p.targets()) {
      targets.put(c.id(), text(c.contribution()));
    }
    Map<Long, String> indicators = new LinkedHashMap<>();
    for (Contribution c : p.indicators()) {
      indicators.put(c.id(), text(c.contribution()));
    }
    Map<String, String> budget = new LinkedHashMap<>();
    for (BudgetItem item : p.budget()) {
      budget.put(budgetKey(item.source(), item.year()), grouped(item.amount()));
    }
    List<String> codes = new ArrayList<>();
    for (Long dependency : p.dependsOn()) {
      codes.add(codesById.getOrDefault(dependency, "#" + dependency));
    }
    List<RiskRow> risks = new ArrayList<>();
    for (Risk r : p.risks()) {
      risks.add(
          new RiskRow(
              text(r.description()),
              Integer.toString(r.likelihood()),
              Integer.toString(r.impact()),
              text(r.mitigation())));
    }
    return new ProgrammeForm(
            p.id(),
            p.code(),
            p.name(),
            p.dimension(),
            p.element(),
            text(p.problem()),
            text(p.description()),
            text(p.impactSociety()),
            text(p.impactEnvironment()),
            p.horizon(),
            Integer.toString(p.startYear()),
            Integer.toString(p.endYear()),
            p.leadOpdId(),
            p.quickWin(),
            text(p.sipdProgram()),
            text(p.sipdKegiatan()),
            text(p.sipdSubKegiatan()),
            partners,
            targets,
            indicators,
            budget,
            String.join(", ", codes),
            risks,
            p.version())
        .withBlankRows(BLANK_ROWS);
  }

  /** The form from the posted parameters; the budget grid covers the given sources and years. */
  static ProgrammeForm from(
      Long id, MultiValueMap<String, String> p, Collection<String> sources, int from, int to) {
    List<PartnerRow> partners = new ArrayList<>();
    for (int i = 0; p.containsKey("partner_stakeholder_" + i); i++) {
      partners.add(
          new PartnerRow(
              number(p, "partner_stakeholder_" + i),
              enumOf(PentahelixRole.class, text(p, "partner_role_" + i)),
              text(p, "partner_contribution_" + i)));
    }
    Map<Long, String> targets = ticked(p, "target", "targetContribution_");
    Map<Long, String> indicators = ticked(p, "indicator", "indicatorContribution_");
    Map<String, String> budget = new LinkedHashMap<>();
    for (String source : sources) {
      for (int year = from; year <= to; year++) {
        String value = text(p, "budget_" + budgetKey(source, year));
        if (!value.isBlank()) {
          budget.put(budgetKey(source, year), value.strip());
        }
      }
    }
    List<RiskRow> risks = new ArrayList<>();
    for (int i = 0; p.containsKey("risk_description_" + i); i++) {
      risks.add(
          new RiskRow(
              text(p, "risk_description_" + i),
              text(p, "risk_likelihood_" + i),
              text(p, "risk_impact_" + i),
              text(p, "risk_mitigation_" + i)));
    }
    String version = text(p, "version").strip();
    return new ProgrammeForm(
        id,
        text(p, "code"),
        text(p, "name"),
        enumOf(Dimension.class, text(p, "dimension")),
        enumOf(Element.class, text(p, "element")),
        text(p, "problem"),
        text(p, "description"),
        text(p, "impactSociety"),
        text(p, "impactEnvironment"),
        enumOf(Horizon.class, text(p, "horizon")),
        text(p, "startYear"),
        text(p, "endYear"),
        number(p, "leadOpdId"),
        "true".equals(p.getFirst("quickWin")) || "on".equals(p.getFirst("quickWin")),
        text(p, "sipdProgram"),
        text(p, "sipdKegiatan"),
        text(p, "sipdSubKegiatan"),
        partners,
        targets,
        indicators,
        budget,
        text(p, "dependsOn"),
        risks,
        version.matches("\\d{1,9}") ? Integer.valueOf(version) : null);
  }

  /** The same form with blank partner and risk rows, at least {@code blanks} of each. */
  ProgrammeForm withBlankRows(int blanks) {
    List<PartnerRow> partnerRows =
        new ArrayList<>(partners.stream().filter(r -> !r.isBlank()).toList());
    for (int i = 0; i < blanks; i++) {
      partnerRows.add(new PartnerRow(null, null, ""));
    }
    List<RiskRow> riskRows = new ArrayList<>(risks.stream().filter(r -> !r.isBlank()).toList());
    for (int i = 0; i < blanks; i++) {
      riskRows.add(new RiskRow("", "", "", ""));
    }
    return new ProgrammeForm(
        id,
        code,
        name,
        dimension,
        element,
        problem,
        description,
        impactSociety,
        impactEnvironment,
        horizon,
        startYear,
        endYear,
        leadOpdId,
        quickWin,
        sipdProgram,
        sipdKegiatan,
        sipdSubKegiatan,
        partnerRows,
        targets,
        indicators,
        budget,
        dependsOn,
        riskRows,
        version);
  }

  ProgrammeForm withVersion(Integer newVersion) {
    return new ProgrammeForm(
        id,
        code,
        name,
        dimension,
        element,
        problem,
        description,
        impactSociety,
        impactEnvironment,
        horizon,
        startYear,
        endYear,
        leadOpdId,
        quickWin,
        sipdProgram,
        sipdKegiatan,
        sipdSubKegiatan,
        partners,
        targets,
        indicators,
        budget,
        dependsOn,
        risks,
        newVersion);
  }

  /** The programme codes typed as dependencies, in order, without blanks and repeats. */
  List<String> dependencyCodes() {
    List<String> codes = new ArrayList<>();
    for (String code : dependsOn.split("[,;\\s]+")) {
      if (!code.isBlank() && !codes.contains(code.strip())) {
        codes.add(code.strip());
      }
    }
    return codes;
  }

  /**
   * The command, or every field whose text cannot be read. Dependencies are resolved by code with
   * the given map (code to id) of the masterplan's programmes.
   */
  ProgrammeCommand command(Map<String, Long> idsByCode) {
    List<FieldProblem> problems = new ArrayList<>();
    Integer start = year(startYear, "startYear", problems);
    Integer end = year(endYear, "endYear", problems);
    List<Partner> partnerList = new ArrayList<>();
    for (PartnerRow row : partners) {
      if (row.isBlank()) {
        continue;
      }
      if (row.stakeholderId() == null) {
        problems.add(FieldProblem.of("partners", "programme.form.partnerRequired"));
        continue;
      }
      partnerList.add(
          new Partner(row.stakeholderId(), row.role(), blankToNull(row.contribution())));
    }
    List<BudgetItem> lines = new ArrayList<>();
    for (Map.Entry<String, String> cell : budget.entrySet()) {
      int split = cell.getKey().lastIndexOf('_');
      String source = cell.getKey().substring(0, split);
      int year = Integer.parseInt(cell.getKey().substring(split + 1));
      BigDecimal amount = RupiahText.parse(cell.getValue()).orElse(null);
      if (amount == null) {
        problems.add(
            FieldProblem.of(
                "budget_" + cell.getKey(),
                "programme.form.amountUnreadable",
                cell.getValue(),
                source,
                year));
      } else {
        lines.add(new BudgetItem(year, source, amount));
      }
    }
    List<Long> dependencies = new ArrayList<>();
    for (String dependency : dependencyCodes()) {
      Long target = idsByCode.get(dependency);
      if (target == null) {
        problems.add(FieldProblem.of("dependsOn", "programme.form.unknownCode", dependency));
      } else {
        dependencies.add(target);
      }
    }
    List<Risk> riskList = new ArrayList<>();
    for (RiskRow row : risks) {
      if (row.isBlank()) {
        continue;
      }
      Integer likelihood = scale(row.likelihood());
      Integer impact = scale(row.impact());
      if (likelihood == null || impact == null) {
        problems.add(FieldProblem.of("risks", "programme.risk.scale"));
        continue;
      }
      riskList.add(
          new Risk(row.description().strip(), likelihood, impact, blankToNull(row.mitigation())));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new ProgrammeCommand(
        code,
        name,
        dimension,
        element,
        blankToNull(problem),
        blankToNull(description),
        blankToNull(impactSociety),
        blankToNull(impactEnvironment),
        horizon,
        start,
        end,
        leadOpdId,
        quickWin,
        blankToNull(sipdProgram),
        blankToNull(sipdKegiatan),
        blankToNull(sipdSubKegiatan),
        partnerList,
        contributions(targets),
        contributions(indicators),
        lines,
        dependencies,
        riskList);
  }

  private static List<Contribution> contributions(Map<Long, String> ticked) {
    List<Contribution> list = new ArrayList<>();
    for (Map.Entry<Long, String> entry : ticked.entrySet()) {
      list.add(new Contribution(entry.getKey(), blankToNull(entry.getValue())));
    }
    return list;
  }

  private static Map<Long, String> ticked(
      MultiValueMap<String, String> p, String name, String contributionPrefix) {
    Map<Long, String> ticked = new LinkedHashMap<>();
    List<String> values = p.getOrDefault(name, List.of());
    for (String value : new java.util.LinkedHashSet<>(values)) {
      if (value.matches("\\d{1,18}")) {
        long id = Long.parseLong(value);
        ticked.put(id, text(p, contributionPrefix + id));
      }
    }
    return ticked;
  }

  private static Integer year(String text, String field, List<FieldProblem> problems) {
    String value = text.strip();
    if (value.isEmpty()) {
      problems.add(FieldProblem.of(field, "shared.validation.required"));
      return null;
    }
    if (!value.matches("\\d{4}")) {
      problems.add(FieldProblem.of(field, "programme.form.yearUnreadable", value));
      return null;
    }
    return Integer.valueOf(value);
  }

  private static Integer scale(String text) {
    String value = text.strip();
    return value.matches("[1-5]") ? Integer.valueOf(value) : null;
  }

  /** An amount in the Indonesian way, with dots grouping thousands and a comma before sen. */
  static String grouped(BigDecimal amount) {
    java.text.DecimalFormatSymbols symbols = new java.text.DecimalFormatSymbols();
    symbols.setGroupingSeparator('.');
    symbols.setDecimalSeparator(',');
    symbols.setMinusSign('-');
    java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.##", symbols);
    format.setParseBigDecimal(true);
    return format.format(amount);
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String text(MultiValueMap<String, String> p, String name) {
    String value = p.getFirst(name);
    return value == null ? "" : value;
  }

  private static Long number(MultiValueMap<String, String> p, String name) {
    String value = text(p, name).strip();
    return value.matches("\\d{1,18}") ? Long.valueOf(value) : null;
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
    try {
      return value.isBlank() ? null : Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
