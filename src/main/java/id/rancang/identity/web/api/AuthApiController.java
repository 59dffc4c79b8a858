package id.rancang.identity.web.api;

import id.rancang.identity.AccountManagement;
import id.rancang.identity.AccountNotVerifiedException;
import id.rancang.identity.ApiTokens;
import id.rancang.identity.ApiTokens.IssuedToken;
import id.rancang.identity.RancangUser;
import id.rancang.shared.web.Messages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Bearer tokens for API clients: issue with e-mail and password, revoke the one in use. */
@RestController
@RequestMapping("/api/v1/auth/token")
@Tag(name = "Authentication")
class AuthApiController {

  private final AuthenticationManager authentication;
  private final ApiTokens tokens;
  private final AccountManagement accounts;
  private final Messages messages;

  AuthApiController(
      AuthenticationManager authentication,
      ApiTokens tokens,
      AccountManagement accounts,
      Messages messages) {
    this.authentication = authentication;
    this.accounts = accounts;
    this.tokens = tokens;
    this.messages = messages;
  }

  /** Credentials of the person the token is for. */
  record Credentials(
      @NotBlank(message = "{shared.validation.required}") String email,
      @NotBlank(message = "{shared.validation.required}") String password) {}

  @PostMapping
  @SecurityRequirements
  @Operation(summary = "Exchange e-mail and password for a bearer token")
  ResponseEntity<?> issue(@Valid @RequestBody Credentials credentials) {
    Authentication result;
    try {
      result =
          authentication.authenticate(
              UsernamePasswordAuthenticationToken.unauthenticated(
                  credentials.email(), credentials.password()));
    } catch (LockedException e) {
      return problem(HttpStatus.TOO_MANY_REQUESTS, "identity.token.locked");
    } catch (AccountNotVerifiedException e) {
      return problem(HttpStatus.UNAUTHORIZED, "identity.login.unverified");
    } catch (AuthenticationException e) {
      return problem(HttpStatus.UNAUTHORIZED, "identity.token.badCredentials");
    }
    IssuedToken token = tokens.issue(((RancangUser) result.getPrincipal()).accountId());
    return ResponseEntity.ok(token);
  }

  @DeleteMapping
  @Operation(summary = "Revoke the token this request is signed with")
  ResponseEntity<Void> revoke(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
    tokens.revoke(authorization.substring("Bearer ".length()).strip());
    return ResponseEntity.noContent().build();
  }

  @DeleteMapping("/all")
  @Operation(summary = "Revoke every token of the signed-in person and end their sessions")
  ResponseEntity<Void> revokeAll(@AuthenticationPrincipal RancangUser user) {
    accounts.signOutEverywhere(user.accountId());
    return ResponseEntity.noContent().build();
  }

  private ResponseEntity<ProblemDetail> problem(HttpStatus status, String key) {
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setTitle(
        messages.get(
            "shared.error." + (status == HttpStatus.UNAUTHORIZED ? "401" : "403") + ".title"));
    problem.setDetail(messages.get(key));
    return ResponseEntity.status(status).body(problem);
  }
}
