package id.rancang.strategy.web;

/** The RPJMD as the page form sends it; {@code RpjmdPlan} checks it. */
public record RpjmdForm(Integer startYear, Integer endYear, String vision, String regulation) {}
