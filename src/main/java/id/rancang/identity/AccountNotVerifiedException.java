package id.rancang.identity;

import org.springframework.security.authentication.DisabledException;

/**
 * A sign-in with the right password to an account whose owner has not yet followed the link sent to
 * their e-mail address. Raised only after the password was checked, so it reveals nothing to
 * someone who does not know it.
 */
public class AccountNotVerifiedException extends DisabledException {

  public AccountNotVerifiedException(String message) {
    super(message);
  }
}
