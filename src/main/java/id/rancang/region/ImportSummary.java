package id.rancang.region;

/** What an import applied. */
public record ImportSummary(int created, int updated) {}
