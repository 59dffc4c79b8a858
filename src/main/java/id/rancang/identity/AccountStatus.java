package id.rancang.identity;

/**
 * An account is invited until its owner sets a password; disabled accounts cannot sign in. A person
 * who registered themselves is unverified until they follow the link sent to their address.
 */
public enum AccountStatus {
  ACTIVE,
  INVITED,
  DISABLED,
  UNVERIFIED
}
