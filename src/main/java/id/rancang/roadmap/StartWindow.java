package id.rancang.roadmap;

/** The first and last year a programme may start in a scenario (null = the masterplan's). */
public record StartWindow(Long programmeId, Integer earliestStart, Integer latestStart) {}
