package id.rancang.identity.web;

import id.rancang.identity.Account;
import id.rancang.identity.AccountCatalog;
import id.rancang.identity.RancangUser;
import id.rancang.identity.SelfRegistration;
import id.rancang.identity.SelfRegistration.PendingVerification;
import id.rancang.identity.SelfRegistration.Verification;
import id.rancang.shared.web.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The link a self-registered participant receives by e-mail. Opening it shows what it does and a
 * button; only pressing the button (a POST) uses it, so mail scanners that open links do not. A new
 * participant is then signed in and continues on the consultation; a person who already had an
 * account is added to the region and signs in with their own password.
 */
@Controller
class EmailVerificationController {

  static final String PATH = "/register/verify/";

  private final SelfRegistration registration;
  private final AccountCatalog accounts;
  private final Messages messages;
  private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

  EmailVerificationController(
      SelfRegistration registration, AccountCatalog accounts, Messages messages) {
    this.registration = registration;
    this.accounts = accounts;
    this.messages = messages;
  }

  @GetMapping(PATH + "{token}")
  String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
    noStore(response);
    Optional<PendingVerification> pending = registration.pending(token);
    if (pending.isEmpty()) {
      return invalid(response);
    }
    model.addAttribute("pending", pending.get());
    model.addAttribute("action", PATH + token);
    return "identity/register-verify";
  }

  @PostMapping(PATH + "{token}")
  String verify(
      @PathVariable String token,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    noStore(response);
    Optional<Verification> verified = registration.verify(token);
    if (verified.isEmpty()) {
      return invalid(response);
    }
    Verification done = verified.get();
    String next = done.continuePath() == null ? "/" : done.continuePath();
    if (!done.activated()) {
      // an account that existed before: its owner signs in with their own password, and then
      // works in the region they joined
      request.getSession(true).setAttribute(RegionSwitchController.SESSION_REGION, done.regionId());
      model.addAttribute("next", next);
      return "identity/register-joined";
    }
    Account account = accounts.findById(done.accountId()).orElseThrow();
    signIn(account, done.regionId(), request, response);
    redirect.addFlashAttribute("flash", messages.get("identity.register.welcome", account.name()));
    return "redirect:" + next;
  }

  /** Signs the person in this browser, in a new session working in the region they joined. */
  private void signIn(
      Account account, long regionId, HttpServletRequest request, HttpServletResponse response) {
    RancangUser user =
        new RancangUser(
            account.id(),
            account.email(),
            account.name(),
            account.systemAdmin(),
            null,
            account.status());
    request.getSession(true);
    request.changeSessionId();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
    request.getSession().setAttribute(RegionSwitchController.SESSION_REGION, regionId);
  }

  private static String invalid(HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_GONE);
    return "identity/link-invalid";
  }

  /** Pages with a secret in their address: keep them out of caches and referrers. */
  private static void noStore(HttpServletResponse response) {
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    response.setHeader("Referrer-Policy", "no-referrer");
  }
}
