package id.rancang.strategy;

/** What an import of profile statistics applied. */
public record ProfileImportSummary(int created, int updated) {}
