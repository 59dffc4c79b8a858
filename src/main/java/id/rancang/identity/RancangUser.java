package id.rancang.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as Spring Security sees them. Region roles are added per request for the
 * region being worked in, so only the system-administrator flag is stored here.
 */
public final class RancangUser implements UserDetails, Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private final long accountId;
  private final String email;
  private final String name;
  private final boolean systemAdmin;
  private final String passwordHash;
  private final AccountStatus status;

  public RancangUser(
      long accountId,
      String email,
      String name,
      boolean systemAdmin,
      String passwordHash,
      AccountStatus status) {
    this.accountId = accountId;
    this.email = email;
    this.name = name;
    this.systemAdmin = systemAdmin;
    this.passwordHash = passwordHash;
    this.status = status;
  }

  public long accountId() {
    return accountId;
  }

  public String email() {
    return email;
  }

  public String name() {
    return name;
  }

  public boolean systemAdmin() {
    return systemAdmin;
  }

  public AccountStatus status() {
    return status;
  }

  /** A copy without the password hash, safe to keep in the session. */
  public RancangUser withoutPassword() {
    return new RancangUser(accountId, email, name, systemAdmin, null, status);
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return systemAdmin
        ? List.of(new SimpleGrantedAuthority(Role.SYSTEM_ADMIN.authority()))
        : List.of(new SimpleGrantedAuthority("ROLE_USER"));
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return email;
  }

  @Override
  public boolean isEnabled() {
    return status == AccountStatus.ACTIVE;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RancangUser user && user.accountId == accountId;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(accountId);
  }

  @Override
  public String toString() {
    return "RancangUser[" + email + "]";
  }
}
