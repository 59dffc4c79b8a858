package id.rancang.identity;

/** A person who can sign in. */
public record Account(
    long id,
    String email,
    String name,
    boolean systemAdmin,
    AccountStatus status,
    String locale,
    int version) {}
