package id.rancang.strategy;

/**
 * What an RPJMD import applied: items created, existing codes updated, and existing codes whose row
 * changed nothing.
 */
public record RpjmdImportSummary(int created, int updated, int unchanged) {}
