package id.rancang.programme;

import java.util.List;

/**
 * What an editor chooses when ideas become a programme: either a new draft programme (code, name,
 * horizon and years; blank ones take the defaults shown on the form) or an existing programme of
 * the same masterplan ({@code programmeId}) the ideas are added to.
 */
public record PromotionCommand(
    List<Long> ideaIds,
    Long programmeId,
    String code,
    String name,
    Horizon horizon,
    Integer startYear,
    Integer endYear) {

  public PromotionCommand {
    ideaIds = ideaIds == null ? List.of() : ideaIds.stream().distinct().toList();
  }
}
