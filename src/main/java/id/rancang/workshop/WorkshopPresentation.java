package id.rancang.workshop;

import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.RecordChanged;
import id.rancang.shared.Snapshot;
import id.rancang.strategy.Indicator;
import id.rancang.strategy.IndicatorRegister;
import id.rancang.strategy.ProfileStat;
import id.rancang.strategy.ProfileStatistics;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The data presentation of a workshop: organisers choose statistics of the regional profile and
 * indicators (with their baselines and targets) of the workshop's masterplan and put them in order;
 * the workshop page shows them as charts, so that the data behind the programmes is discussed in
 * the room. Strategy data is read through the strategy module's API; a statistic or indicator
 * deleted there leaves the presentation with it.
 */
@Service
public class WorkshopPresentation {

  public static final String RECORD_TYPE = "workshopPresentationItem";
  private static final String COLUMNS = "id, workshop_id, position, profile_stat_id, indicator_id";

  private final JdbcClient jdbc;
  private final WorkshopCatalog catalog;
  private final ProfileStatistics statistics;
  private final IndicatorRegister indicators;
  private final ApplicationEventPublisher events;

  WorkshopPresentation(
      JdbcClient jdbc,
      WorkshopCatalog catalog,
      ProfileStatistics statistics,
      IndicatorRegister indicators,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.catalog = catalog;
    this.statistics = statistics;
    this.indicators = indicators;
    this.events = events;
  }

  /** The chosen items in the order shown. */
  public List<PresentationItem> items(long regionId, long workshopId) {
    catalog.get(regionId, workshopId);
    return rows(regionId, workshopId);
  }

  /** The chosen items in order, each with the statistic or indicator it shows. */
  public List<PresentationSlide> slides(long regionId, long workshopId) {
    Workshop workshop = catalog.get(regionId, workshopId);
    List<PresentationItem> items = rows(regionId, workshopId);
    if (items.isEmpty()) {
      return List.of();
    }
    Map<Long, ProfileStat> stats = statistics(workshop);
    Map<Long, Indicator> inds = indicators(workshop);
    List<PresentationSlide> slides = new ArrayList<>();
    for (PresentationItem item : items) {
      ProfileStat stat = item.profileStatId() == null ? null : stats.get(item.profileStatId());
      Indicator indicator = item.indicatorId() == null ? null : inds.get(item.indicatorId());
      if (stat != null || indicator != null) {
        slides.add(new PresentationSlide(item, stat, indicator));
      }
    }
    return slides;
  }

  /** The masterplan's statistics and indicators that are not chosen yet. */
  public PresentationChoices choices(long regionId, long workshopId) {
    Workshop workshop = catalog.get(regionId, workshopId);
    List<PresentationItem> items = rows(regionId, workshopId);
    Set<Long> chosenStats =
        items.stream()
            .map(PresentationItem::profileStatId)
            .filter(java.util.Objects::nonNull)
            .collect(Collectors.toSet());
    Set<Long> chosenIndicators =
        items.stream()
            .map(PresentationItem::indicatorId)
            .filter(java.util.Objects::nonNull)
            .collect(Collectors.toSet());
    List<ProfileStat> allStats = statistics.list(regionId, workshop.masterplanId());
    List<Indicator> allIndicators = indicators.list(regionId, workshop.masterplanId());
    return new PresentationChoices(
        allStats.stream().filter(s -> !chosenStats.contains(s.id())).toList(),
        allIndicators.stream()
            .filter(i -> !chosenIndicators.contains(i.id()))
            .sorted(java.util.Comparator.comparing(Indicator::code))
            .toList(),
        !allStats.isEmpty(),
        !allIndicators.isEmpty());
  }

  /**
   * Adds a statistic or an indicator of the workshop's masterplan at the end. Refused when it is of
   * another masterplan, or chosen already.
   */
  @Transactional
  public PresentationItem add(long regionId, long workshopId, PresentationItemCommand command) {
    Workshop workshop = lock(regionId, workshopId);
    Long statId = command == null ? null : command.profileStatId();
    Long indicatorId = command == null ? null : command.indicatorId();
    if ((statId == null) == (indicatorId == null)) {
      throw InvalidInputException.of("profileStatId", "workshop.presentation.chooseOne");
    }
    if (statId != null && statistics.find(regionId, workshop.masterplanId(), statId).isEmpty()) {
      throw InvalidInputException.of("profileStatId", "workshop.presentation.unknownStatistic");
    }
    if (indicatorId != null && !indicators(workshop).containsKey(indicatorId)) {
      throw InvalidInputException.of("indicatorId", "workshop.presentation.unknownIndicator");
    }
    List<PresentationItem> items = rows(regionId, workshopId);
    boolean chosen =
        items.stream()
            .anyMatch(
                i ->
                    (statId != null && statId.equals(i.profileStatId()))
                        || (indicatorId != null && indicatorId.equals(i.indicatorId())));
    if (chosen) {
      throw InvalidInputException.of(
          statId != null ? "profileStatId" : "indicatorId", "workshop.presentation.chosen");
    }
    int position = items.stream().mapToInt(PresentationItem::position).max().orElse(0) + 1;
    long id =
        jdbc.sql(
                """
                insert into workshop_presentation_item (workshop_id, region_id, position,
                  profile_stat_id, indicator_id)
                values (?, ?, ?, ?, ?) returning id""")
            .params(workshopId, regionId, position, statId, indicatorId)
            .query(Long.class)
            .single();
    PresentationItem created = row(regionId, workshopId, id);
    events.publishEvent(RecordChanged.created(regionId, RECORD_TYPE, id, snapshot(created)));
    return created;
  }

  /** Takes an item out of the presentation; those after it move up. */
  @Transactional
  public void remove(long regionId, long workshopId, long itemId) {
    lock(regionId, workshopId);
    PresentationItem before = row(regionId, workshopId, itemId);
    jdbc.sql("delete from workshop_presentation_item where region_id = ? and id = ?")
        .params(regionId, itemId)
        .update();
    renumber(regionId, workshopId);
    events.publishEvent(RecordChanged.deleted(regionId, RECORD_TYPE, itemId, snapshot(before)));
  }

  /** Moves an item one place up (earlier) or down; at either end it stays. */
  @Transactional
  public List<PresentationItem> move(long regionId, long workshopId, long itemId, boolean up) {
    lock(regionId, workshopId);
    PresentationItem before = row(regionId, workshopId, itemId);
    List<PresentationItem> items = new ArrayList<>(rows(regionId, workshopId));
    int index = indexOf(items, itemId);
    int other = up ? index - 1 : index + 1;
    if (other < 0 || other >= items.size()) {
      return items;
    }
    items.add(other, items.remove(index));
    for (int i = 0; i < items.size(); i++) {
      jdbc.sql("update workshop_presentation_item set position = ? where region_id = ? and id = ?")
          .params(i + 1, regionId, items.get(i).id())
          .update();
    }
    PresentationItem after = row(regionId, workshopId, itemId);
    events.publishEvent(
        RecordChanged.updated(regionId, RECORD_TYPE, itemId, snapshot(before), snapshot(after)));
    return rows(regionId, workshopId);
  }

  private static int indexOf(List<PresentationItem> items, long itemId) {
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).id() == itemId) {
        return i;
      }
    }
    throw new NotFoundException(RECORD_TYPE, itemId);
  }

  /** The workshop, locked so that changes to its presentation happen one after the other. */
  private Workshop lock(long regionId, long workshopId) {
    jdbc.sql("select id from workshop where region_id = ? and id = ? for update")
        .params(regionId, workshopId)
        .query(Long.class)
        .optional()
        .orElseThrow(() -> new NotFoundException(WorkshopCatalog.RECORD_TYPE, workshopId));
    return catalog.get(regionId, workshopId);
  }

  private void renumber(long regionId, long workshopId) {
    List<PresentationItem> items = rows(regionId, workshopId);
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).position() != i + 1) {
        jdbc.sql(
                "update workshop_presentation_item set position = ? where region_id = ? and id = ?")
            .params(i + 1, regionId, items.get(i).id())
            .update();
      }
    }
  }

  private Map<Long, ProfileStat> statistics(Workshop workshop) {
    return statistics.list(workshop.regionId(), workshop.masterplanId()).stream()
        .collect(Collectors.toMap(ProfileStat::id, Function.identity()));
  }

  private Map<Long, Indicator> indicators(Workshop workshop) {
    return indicators.list(workshop.regionId(), workshop.masterplanId()).stream()
        .collect(Collectors.toMap(Indicator::id, Function.identity()));
  }

  private List<PresentationItem> rows(long regionId, long workshopId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from workshop_presentation_item where region_id = ? and workshop_id = ?"
                + " order by position, id")
        .params(regionId, workshopId)
        .query(WorkshopPresentation::map)
        .list();
  }

  private PresentationItem row(long regionId, long workshopId, long id) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from workshop_presentation_item where region_id = ? and workshop_id = ?"
                + " and id = ?")
        .params(regionId, workshopId, id)
        .query(WorkshopPresentation::map)
        .optional()
        .orElseThrow(() -> new NotFoundException(RECORD_TYPE, id));
  }

  private static Map<String, Object> snapshot(PresentationItem i) {
    return Snapshot.of(
        "workshopId", i.workshopId(),
        "position", i.position(),
        "profileStatId", i.profileStatId(),
        "indicatorId", i.indicatorId());
  }

  private static PresentationItem map(ResultSet rs, int n) throws SQLException {
    return new PresentationItem(
        rs.getLong("id"),
        rs.getLong("workshop_id"),
        rs.getInt("position"),
        (Long) rs.getObject("profile_stat_id", Long.class),
        (Long) rs.getObject("indicator_id", Long.class));
  }
}
