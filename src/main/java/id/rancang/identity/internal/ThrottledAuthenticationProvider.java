package id.rancang.identity.internal;

import id.rancang.identity.LoginThrottle;
import id.rancang.identity.RancangUser;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Password sign-in with throttling: a locked address is refused before the password is checked,
 * failures are counted, success clears the count. The session keeps the user without the hash.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

  private final DaoAuthenticationProvider delegate;
  private final LoginThrottle throttle;

  ThrottledAuthenticationProvider(DaoAuthenticationProvider delegate, LoginThrottle throttle) {
    this.delegate = delegate;
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication authentication) throws AuthenticationException {
    String email = authentication.getName();
    if (throttle.lockedUntil(email).isPresent()) {
      throw new LockedException("Too many failed sign-ins");
    }
    Authentication result;
    try {
      result = delegate.authenticate(authentication);
    } catch (BadCredentialsException e) {
      throttle.failed(email);
      throw e;
    }
    throttle.succeeded(email);
    RancangUser user = ((RancangUser) result.getPrincipal()).withoutPassword();
    return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
