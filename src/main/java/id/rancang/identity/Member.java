package id.rancang.identity;

/** An account's role in one region (with its OPD for OPD contributors). */
public record Member(
    long accountId,
    String email,
    String name,
    AccountStatus status,
    long regionId,
    Role role,
    Long opdId) {}
