package id.rancang.workshop;

/** What to add to a workshop's data presentation: a profile statistic or an indicator. */
public record PresentationItemCommand(Long profileStatId, Long indicatorId) {}
