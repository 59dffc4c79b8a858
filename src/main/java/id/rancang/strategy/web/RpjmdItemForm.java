package id.rancang.strategy.web;

import id.rancang.strategy.RpjmdItemKind;

/**
 * An RPJMD mission, goal or target as the page form sends it ({@code parentId} empty for a
 * mission); {@code RpjmdPlan} checks it.
 */
public record RpjmdItemForm(RpjmdItemKind kind, Long parentId, String code, String statement) {}
