package id.rancang.programme;

/** A funding source a region adds: a code such as {@code BANK_JATENG} and its name. */
public record FundingSourceCommand(String code, String name) {}
