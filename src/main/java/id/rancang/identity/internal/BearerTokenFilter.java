package id.rancang.identity.internal;

import id.rancang.identity.ApiTokens;
import id.rancang.identity.RancangUser;
import id.rancang.shared.web.Messages;
import id.rancang.shared.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Signs API requests in by their bearer token; an unknown, expired or revoked token gets 401. */
class BearerTokenFilter extends OncePerRequestFilter {

  private final ApiTokens tokens;
  private final AccountDetailsService accounts;
  private final Messages messages;

  BearerTokenFilter(ApiTokens tokens, AccountDetailsService accounts, Messages messages) {
    this.tokens = tokens;
    this.accounts = accounts;
    this.messages = messages;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      chain.doFilter(request, response);
      return;
    }
    String secret = header.substring(7).strip();
    Optional<RancangUser> user =
        tokens.accountFor(secret).map(accounts::loadById).filter(RancangUser::isEnabled);
    if (user.isEmpty()) {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
      ProblemWriter.write(
          response,
          HttpStatus.UNAUTHORIZED,
          messages.get("shared.error.401.title"),
          messages.get("identity.token.invalid"));
      return;
    }
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            user.get(), null, user.get().getAuthorities()));
    SecurityContextHolder.setContext(context);
    request.setAttribute(BearerTokenFilter.class.getName(), secret);
    chain.doFilter(request, response);
  }

  /** The bearer token of the current API request, if it was signed in by one. */
  static String tokenOf(HttpServletRequest request) {
    return (String) request.getAttribute(BearerTokenFilter.class.getName());
  }
}
