package id.rancang.identity;

/** An account is invited until its owner sets a password; disabled accounts cannot sign in. */
public enum AccountStatus {
  ACTIVE,
  INVITED,
  DISABLED
}
