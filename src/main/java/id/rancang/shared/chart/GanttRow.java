package id.rancang.shared.chart;

/**
 * One bar of a Gantt chart: a label (e.g. programme code and name), the group it is drawn in (e.g.
 * the dimension), its first and last year, and whether it is marked (a quick win).
 */
public record GanttRow(String label, String group, int startYear, int endYear, boolean marked) {}
