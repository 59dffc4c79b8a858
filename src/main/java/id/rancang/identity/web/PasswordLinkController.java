package id.rancang.identity.web;

import id.rancang.identity.Account;
import id.rancang.identity.AccountManagement;
import id.rancang.identity.IdentityProperties;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.web.Forms;
import id.rancang.shared.web.Messages;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Public pages for passwords: asking for a reset link, and setting a password through an invitation
 * or reset link. They never reveal whether an e-mail address has an account.
 */
@Controller
class PasswordLinkController {

  private static final Logger log = LoggerFactory.getLogger(PasswordLinkController.class);
  private static final String RESET_PATH = "/password/reset/";
  private static final String INVITATION_PATH = "/invitation/";

  private final AccountManagement management;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final Environment environment;
  private final IdentityProperties properties;
  private final Messages messages;

  PasswordLinkController(
      AccountManagement management,
      ObjectProvider<JavaMailSender> mailSender,
      Environment environment,
      IdentityProperties properties,
      Messages messages) {
    this.management = management;
    this.mailSender = mailSender;
    this.environment = environment;
    this.properties = properties;
    this.messages = messages;
  }

  /** The address a person wants a reset link for. */
  public record ForgotForm(
      @NotBlank(message = "{shared.validation.required}")
          @Email(message = "{shared.validation.email}")
          @Size(max = 200, message = "{shared.validation.tooLong}")
          String email) {}

  /** A new password, entered twice. */
  public record SetPasswordForm(
      @Size(max = 200, message = "{shared.validation.tooLong}") String password,
      String passwordRepeat) {}

  @GetMapping("/password/forgot")
  String forgotForm(Model model) {
    model.addAttribute("form", new ForgotForm(null));
    return "identity/password-forgot";
  }

  @PostMapping("/password/forgot")
  String forgot(@Valid @ModelAttribute("form") ForgotForm form, BindingResult result, Model model) {
    if (result.hasErrors()) {
      return "identity/password-forgot";
    }
    JavaMailSender sender = mailConfigured() ? mailSender.getIfAvailable() : null;
    if (sender != null) {
      // Without mail nobody could receive the link, and making one would cancel a link the region
      // administrator may have handed over, so a link is only made when it can be sent.
      management
          .passwordResetLinkFor(form.email().strip())
          .ifPresent(link -> send(sender, form.email().strip(), link));
    }
    // The same answer whether or not the address is known.
    model.addAttribute("mailConfigured", sender != null);
    return "identity/password-forgot-sent";
  }

  @GetMapping(RESET_PATH + "{token}")
  String resetForm(@PathVariable String token, Model model, HttpServletResponse response) {
    return setForm(RESET_PATH, token, model, response);
  }

  @GetMapping(INVITATION_PATH + "{token}")
  String invitationForm(@PathVariable String token, Model model, HttpServletResponse response) {
    return setForm(INVITATION_PATH, token, model, response);
  }

  @PostMapping(RESET_PATH + "{token}")
  String reset(
      @PathVariable String token,
      @Valid @ModelAttribute("form") SetPasswordForm form,
      BindingResult result,
      Model model,
      HttpServletResponse response) {
    return setPassword(RESET_PATH, token, form, result, model, response);
  }

  @PostMapping(INVITATION_PATH + "{token}")
  String acceptInvitation(
      @PathVariable String token,
      @Valid @ModelAttribute("form") SetPasswordForm form,
      BindingResult result,
      Model model,
      HttpServletResponse response) {
    return setPassword(INVITATION_PATH, token, form, result, model, response);
  }

  private String setForm(String path, String token, Model model, HttpServletResponse response) {
    noStore(response);
    Optional<Account> account = management.accountForLink(token);
    if (account.isEmpty()) {
      return invalid(response);
    }
    model.addAttribute("form", new SetPasswordForm(null, null));
    addFormModel(model, path, token, account.get());
    return "identity/password-set";
  }

  private String setPassword(
      String path,
      String token,
      SetPasswordForm form,
      BindingResult result,
      Model model,
      HttpServletResponse response) {
    noStore(response);
    Optional<Account> account = management.accountForLink(token);
    if (account.isEmpty()) {
      return invalid(response);
    }
    addFormModel(model, path, token, account.get());
    PasswordRepeat.check(form.password(), form.passwordRepeat(), result, messages);
    if (result.hasErrors()) {
      return "identity/password-set";
    }
    try {
      management.setPasswordWithLink(token, form.password());
      return "redirect:/login?passwordSet";
    } catch (InvalidInputException e) {
      boolean linkGone = e.problems().stream().map(FieldProblem::field).anyMatch("token"::equals);
      if (linkGone) {
        return invalid(response);
      }
      Forms.reject(result, e, messages);
      return "identity/password-set";
    }
  }

  private void addFormModel(Model model, String path, String token, Account account) {
    model.addAttribute("action", path + token);
    model.addAttribute("invitation", INVITATION_PATH.equals(path));
    model.addAttribute("email", account.email());
    model.addAttribute("name", account.name());
    model.addAttribute("minPasswordLength", AccountManagement.MIN_PASSWORD_LENGTH);
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

  private boolean mailConfigured() {
    String host = environment.getProperty("spring.mail.host");
    return host != null && !host.isBlank() && mailSender.getIfAvailable() != null;
  }

  /**
   * Sends in the background so that the answer takes as long for known as for unknown addresses.
   */
  private void send(JavaMailSender sender, String to, String link) {
    SimpleMailMessage mail = new SimpleMailMessage();
    mail.setFrom(properties.mailFrom());
    mail.setTo(to);
    mail.setSubject(messages.get("identity.password.mail.subject"));
    mail.setText(
        messages.get(
            "identity.password.mail.body",
            link,
            MemberController.validity(messages, properties.security().resetValidity())));
    CompletableFuture.runAsync(() -> sender.send(mail))
        .exceptionally(
            e -> {
              log.warn("Could not send the password reset mail: {}", e.getMessage());
              return null;
            });
  }
}
