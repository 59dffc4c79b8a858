package id.rancang.strategy.web;

/**
 * One bar of a breakdown chart: {@code x}, {@code width} and {@code textX} are percentages of the
 * chart width (as SVG lengths like "35%"), {@code y} and {@code textY} are pixels from the top.
 */
public record BreakdownBar(
    String label, String value, String x, String width, String textX, int y, int textY) {}
