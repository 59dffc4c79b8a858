package id.rancang.programme;

import id.rancang.region.PentahelixRole;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every programme of a masterplan in full (partners, contributions, budget, dependencies, risks)
 * and every action, each read in one query per table whatever the number of programmes: for the
 * workbook, the books and the matrices.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeCatalog {

  private final JdbcClient jdbc;

  ProgrammeCatalog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every programme of the masterplan in full, in code order. */
  public List<Programme> all(long regionId, long masterplanId) {
    return List.copyOf(byId(regionId, masterplanId).values());
  }

  /** Every programme of the masterplan in full, by id, in code order. */
  public Map<Long, Programme> byId(long regionId, long masterplanId) {
    String scope =
        " join programme p on p.id = x.programme_id where p.region_id = ? and p.masterplan_id = ?";
    Map<Long, List<Partner>> partners = new HashMap<>();
    jdbc.sql(
            "select x.programme_id, x.stakeholder_id, x.role, x.contribution"
                + " from programme_partner x"
                + scope
                + " order by x.programme_id, x.stakeholder_id")
        .params(regionId, masterplanId)
        .query(
            (ResultSet rs) -> {
              partners
                  .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                  .add(
                      new Partner(
                          rs.getLong(2), PentahelixRole.valueOf(rs.getString(3)), rs.getString(4)));
            });
    Map<Long, List<Contribution>> targets =
        contributions("programme_target", "item_id", scope, regionId, masterplanId);
    Map<Long, List<Contribution>> indicatorLinks =
        contributions("programme_indicator", "indicator_id", scope, regionId, masterplanId);
    Map<Long, List<BudgetItem>> budget = new HashMap<>();
    jdbc.sql(
            "select x.programme_id, x.year, x.source_code, x.amount from budget_line x"
                + scope
                + " order by x.programme_id, x.year, x.source_code")
        .params(regionId, masterplanId)
        .query(
            (ResultSet rs) -> {
              budget
                  .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                  .add(new BudgetItem(rs.getInt(2), rs.getString(3), rs.getBigDecimal(4)));
            });
    Map<Long, List<Long>> dependsOn = new HashMap<>();
    jdbc.sql(
            "select x.programme_id, x.depends_on_id from programme_dependency x"
                + scope
                + " order by x.programme_id, x.depends_on_id")
        .params(regionId, masterplanId)
        .query(
            (ResultSet rs) -> {
              dependsOn.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
            });
    Map<Long, List<Risk>> risks = new HashMap<>();
    jdbc.sql(
            "select x.programme_id, x.description, x.likelihood, x.impact, x.mitigation"
                + " from programme_risk x"
                + scope
                + " order by x.programme_id, x.position")
        .params(regionId, masterplanId)
        .query(
            (ResultSet rs) -> {
              risks
                  .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                  .add(new Risk(rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5)));
            });
    Map<Long, Programme> programmes = new LinkedHashMap<>();
    jdbc.sql(
            """
            select id, masterplan_id, code, name, dimension_code, element_code, problem,
              description, impact_society, impact_environment, horizon, start_year, end_year,
              lead_opd_id, quick_win, sipd_program, sipd_kegiatan, sipd_sub_kegiatan, status,
              version
            from programme where region_id = ? and masterplan_id = ?
            order by lower(code), id""")
        .params(regionId, masterplanId)
        .query(ProgrammePortfolio::mapRow)
        .list()
        .forEach(
            r ->
                programmes.put(
                    r.id(),
                    new Programme(
                        r.id(),
                        r.masterplanId(),
                        r.code(),
                        r.name(),
                        r.dimension(),
                        r.element(),
                        r.problem(),
                        r.description(),
                        r.impactSociety(),
                        r.impactEnvironment(),
                        r.horizon(),
                        r.startYear(),
                        r.endYear(),
                        r.leadOpdId(),
                        r.quickWin(),
                        r.sipdProgram(),
                        r.sipdKegiatan(),
                        r.sipdSubKegiatan(),
                        r.status(),
                        partners.getOrDefault(r.id(), List.of()),
                        targets.getOrDefault(r.id(), List.of()),
                        indicatorLinks.getOrDefault(r.id(), List.of()),
                        budget.getOrDefault(r.id(), List.of()),
                        dependsOn.getOrDefault(r.id(), List.of()),
                        risks.getOrDefault(r.id(), List.of()),
                        r.version())));
    return programmes;
  }

  private Map<Long, List<Contribution>> contributions(
      String table, String column, String scope, long regionId, long masterplanId) {
    Map<Long, List<Contribution>> links = new HashMap<>();
    jdbc.sql(
            "select x.programme_id, x."
                + column
                + ", x.contribution from "
                + table
                + " x"
                + scope
                + " order by x.programme_id, x."
                + column)
        .params(regionId, masterplanId)
        .query(
            (ResultSet rs) -> {
              links
                  .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                  .add(new Contribution(rs.getLong(2), rs.getString(3)));
            });
    return links;
  }

  /**
   * The actions of every programme of the masterplan, by programme code and as each page shows
   * them.
   */
  public List<PlannedAction> actions(long regionId, long masterplanId) {
    return jdbc.sql(
            """
            select a.id, a.programme_id, a.category, a.title, a.year, a.quarter, a.owner_opd_id,
              a.deliverable, a.budget, a.status, a.progress, a.position, a.version
            from programme_action a join programme p on p.id = a.programme_id
            where a.region_id = ? and p.region_id = ? and p.masterplan_id = ?
            order by lower(p.code), p.id, case a.category when 'POLICY_INSTITUTION' then 1
              when 'INFRASTRUCTURE' then 2 else 3 end, a.year, a.quarter nulls first,
              a.position, a.id""")
        .params(regionId, regionId, masterplanId)
        .query(ActionPlan::map)
        .list();
  }
}
