package id.rancang.identity.web;

import id.rancang.identity.Account;
import id.rancang.identity.AccountCatalog;
import id.rancang.identity.AccountManagement;
import id.rancang.identity.Member;
import id.rancang.identity.RancangUser;
import id.rancang.region.Opd;
import id.rancang.region.OpdDirectory;
import id.rancang.region.Region;
import id.rancang.region.RegionCatalog;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.web.Forms;
import id.rancang.shared.web.Messages;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's own account: regions and roles, password and language. */
@Controller
@RequestMapping("/account")
class AccountController {

  static final List<String> LANGUAGES = List.of("id", "en");

  private final AccountCatalog accounts;
  private final AccountManagement management;
  private final RegionCatalog regions;
  private final OpdDirectory opds;
  private final Messages messages;

  AccountController(
      AccountCatalog accounts,
      AccountManagement management,
      RegionCatalog regions,
      OpdDirectory opds,
      Messages messages) {
    this.accounts = accounts;
    this.management = management;
    this.regions = regions;
    this.opds = opds;
    this.messages = messages;
  }

  /** A new password, entered twice, confirmed with the current one. */
  public record PasswordForm(
      @NotBlank(message = "{shared.validation.required}")
          @Size(max = 200, message = "{shared.validation.tooLong}")
          String currentPassword,
      @Size(max = 200, message = "{shared.validation.tooLong}") String password,
      String passwordRepeat) {}

  /** One region the person works in, with their role there. */
  public record RegionRole(Region region, Member membership, Opd opd) {}

  @GetMapping
  String show(@AuthenticationPrincipal RancangUser user, Model model) {
    model.addAttribute("passwordForm", new PasswordForm(null, null, null));
    addAccount(model, user);
    return "identity/account";
  }

  @PostMapping("/password")
  String changePassword(
      @AuthenticationPrincipal RancangUser user,
      jakarta.servlet.http.HttpSession session,
      @Valid @ModelAttribute("passwordForm") PasswordForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    addAccount(model, user);
    PasswordRepeat.check(form.password(), form.passwordRepeat(), result, messages);
    if (result.hasErrors()) {
      return "identity/account";
    }
    try {
      management.changePassword(
          user.accountId(), form.currentPassword(), form.password(), session.getId());
      redirect.addFlashAttribute("flash", messages.get("identity.account.passwordChanged"));
      return "redirect:/account";
    } catch (InvalidInputException e) {
      Forms.reject(result, e, messages);
      return "identity/account";
    }
  }

  @PostMapping("/sign-out-everywhere")
  String signOutEverywhere(
      @AuthenticationPrincipal RancangUser user, jakarta.servlet.http.HttpSession session) {
    management.signOutEverywhere(user.accountId());
    session.invalidate();
    return "redirect:/login?logout";
  }

  @PostMapping("/language")
  String language(
      @AuthenticationPrincipal RancangUser user,
      @RequestParam String language,
      RedirectAttributes redirect) {
    String chosen = LANGUAGES.contains(language) ? language : "id";
    management.setLocale(user.accountId(), chosen);
    // The ?lang parameter makes the language switch apply at once (and sets the language cookie).
    return "redirect:/account?lang=" + chosen;
  }

  private void addAccount(Model model, RancangUser user) {
    Account account =
        accounts
            .findById(user.accountId())
            .orElseThrow(() -> new NotFoundException("account", user.accountId()));
    List<Member> memberships = accounts.membershipsOf(account.id());
    Map<Long, Region> byId =
        regions.findByIds(memberships.stream().map(Member::regionId).toList()).stream()
            .collect(Collectors.toMap(Region::id, Function.identity()));
    List<RegionRole> roles =
        memberships.stream()
            .filter(m -> byId.containsKey(m.regionId()))
            .map(
                m ->
                    new RegionRole(
                        byId.get(m.regionId()),
                        m,
                        m.opdId() == null ? null : opds.find(m.regionId(), m.opdId()).orElse(null)))
            .sorted((a, b) -> a.region().name().compareToIgnoreCase(b.region().name()))
            .toList();
    model.addAttribute("account", account);
    model.addAttribute("regionRoles", roles);
    model.addAttribute("minPasswordLength", AccountManagement.MIN_PASSWORD_LENGTH);
    model.addAttribute("languages", LANGUAGES);
    model.addAttribute(
        "language",
        account.locale() != null
            ? account.locale()
            : LocaleContextHolder.getLocale().getLanguage());
  }
}
