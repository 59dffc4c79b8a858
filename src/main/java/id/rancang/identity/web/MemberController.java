package id.rancang.identity.web;

import id.rancang.identity.AccountCatalog;
import id.rancang.identity.AccountManagement;
import id.rancang.identity.AccountStatus;
import id.rancang.identity.IdentityProperties;
import id.rancang.identity.Member;
import id.rancang.identity.NewMember;
import id.rancang.identity.NewMemberCommand;
import id.rancang.identity.RancangUser;
import id.rancang.identity.Role;
import id.rancang.region.CurrentRegion;
import id.rancang.region.Opd;
import id.rancang.region.OpdDirectory;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.PageRequest;
import id.rancang.shared.web.Forms;
import id.rancang.shared.web.Htmx;
import id.rancang.shared.web.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages for a region administrator to add people to the region, change their roles and help. */
@Controller
@RequestMapping("/users")
@PreAuthorize("hasRole('REGION_ADMIN')")
class MemberController {

  private final AccountCatalog accounts;
  private final AccountManagement management;
  private final OpdDirectory opds;
  private final CurrentRegion region;
  private final IdentityProperties properties;
  private final Messages messages;

  MemberController(
      AccountCatalog accounts,
      AccountManagement management,
      OpdDirectory opds,
      CurrentRegion region,
      IdentityProperties properties,
      Messages messages) {
    this.accounts = accounts;
    this.management = management;
    this.opds = opds;
    this.region = region;
    this.properties = properties;
    this.messages = messages;
  }

  /** What a region administrator changes about a member: the role, and the OPD if it needs one. */
  public record RoleForm(
      @NotNull(message = "{shared.validation.required}") Role role, Long opdId) {}

  @GetMapping
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page,
      Model model,
      HttpServletRequest request) {
    long regionId = region.id();
    model.addAttribute("q", q == null ? "" : q);
    model.addAttribute("members", accounts.members(regionId, q, PageRequest.of(page, null)));
    model.addAttribute("opdNames", opdAbbreviations(regionId));
    return Htmx.view(request, "identity/members", "results");
  }

  @GetMapping("/new")
  String newForm(Model model) {
    model.addAttribute("form", new NewMemberCommand(null, null, null, null, null));
    addChoices(model);
    return "identity/member-form";
  }

  @PostMapping
  String create(
      @Valid @ModelAttribute("form") NewMemberCommand form,
      BindingResult result,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    addChoices(model);
    if (result.hasErrors()) {
      return "identity/member-form";
    }
    try {
      NewMember added = management.addMember(region.id(), form);
      if (added.invitationLink() == null) {
        redirect.addFlashAttribute(
            "flash", messages.get("identity.member.added", added.member().name()));
        return "redirect:/users";
      }
      return showLink(
          model, response, added.member(), added.invitationLink(), AccountStatus.INVITED);
    } catch (InvalidInputException e) {
      Forms.reject(result, e, messages);
      return "identity/member-form";
    }
  }

  @GetMapping("/{accountId}/edit")
  String editForm(@PathVariable long accountId, Model model) {
    Member member = member(accountId);
    model.addAttribute("form", new RoleForm(member.role(), member.opdId()));
    addEditModel(model, member);
    return "identity/member-form";
  }

  @PostMapping("/{accountId}")
  String update(
      @PathVariable long accountId,
      @Valid @ModelAttribute("form") RoleForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    Member member = member(accountId);
    addEditModel(model, member);
    if (result.hasErrors()) {
      return "identity/member-form";
    }
    try {
      Member saved = management.changeRole(region.id(), accountId, form.role(), form.opdId());
      redirect.addFlashAttribute(
          "flash",
          messages.get(
              "identity.member.saved",
              saved.name(),
              messages.get("identity.role." + saved.role().name())));
      return "redirect:/users";
    } catch (InvalidInputException e) {
      Forms.reject(result, e, messages);
      return "identity/member-form";
    }
  }

  @PostMapping("/{accountId}/remove")
  String remove(
      @PathVariable long accountId,
      @AuthenticationPrincipal RancangUser user,
      RedirectAttributes redirect) {
    Member member = member(accountId);
    try {
      management.removeMember(region.id(), accountId);
      redirect.addFlashAttribute("flash", messages.get("identity.member.removed", member.name()));
      // Whoever removes themselves can no longer manage this region's users.
      return user != null && user.accountId() == accountId ? "redirect:/" : "redirect:/users";
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("flashError", Forms.firstMessage(e, messages));
      return "redirect:/users/" + accountId + "/edit";
    }
  }

  @PostMapping("/{accountId}/reset-link")
  String resetLink(
      @PathVariable long accountId,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Member member = member(accountId);
    try {
      String link = management.passwordResetLink(region.id(), accountId);
      return showLink(model, response, member, link, member.status());
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("flashError", Forms.firstMessage(e, messages));
      return "redirect:/users/" + accountId + "/edit";
    }
  }

  /** The page that shows a single-use link once; it must not be cached anywhere. */
  private String showLink(
      Model model, HttpServletResponse response, Member member, String link, AccountStatus status) {
    boolean invitation = status == AccountStatus.INVITED;
    Duration validity =
        invitation
            ? properties.security().invitationValidity()
            : properties.security().resetValidity();
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    response.setHeader("Referrer-Policy", "no-referrer");
    model.addAttribute("member", member);
    model.addAttribute("link", link);
    model.addAttribute("invitation", invitation);
    model.addAttribute("validity", validity(messages, validity));
    return "identity/member-link";
  }

  private Member member(long accountId) {
    return accounts
        .membership(accountId, region.id())
        .orElseThrow(() -> new NotFoundException(AccountManagement.MEMBER_RECORD, accountId));
  }

  private void addEditModel(Model model, Member member) {
    model.addAttribute("member", member);
    addChoices(model);
  }

  private void addChoices(Model model) {
    model.addAttribute("roles", Role.regionRoles());
    model.addAttribute("opds", opds.all(region.id()));
  }

  private Map<Long, String> opdAbbreviations(long regionId) {
    return opds.all(regionId).stream().collect(Collectors.toMap(Opd::id, Opd::abbreviation));
  }

  /** A link's lifetime in words: whole days, else whole hours, else minutes. */
  static String validity(Messages messages, Duration validity) {
    if (validity.toHours() >= 24 && validity.toHours() % 24 == 0) {
      return messages.get("identity.link.validity.days", validity.toDays());
    }
    if (validity.toMinutes() >= 60 && validity.toMinutes() % 60 == 0) {
      return messages.get("identity.link.validity.hours", validity.toHours());
    }
    return messages.get("identity.link.validity.minutes", Math.max(1, validity.toMinutes()));
  }
}
