package id.rancang.programme.web;

import id.rancang.programme.FundingSourceCommand;
import id.rancang.programme.FundingSourceEntry;
import id.rancang.programme.FundingSources;
import id.rancang.region.CurrentRegion;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.web.Access;
import id.rancang.shared.web.Forms;
import id.rancang.shared.web.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
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

/**
 * The funding sources of the current region on one page: the built-in ones, and the region's own
 * with forms to add, rename and delete them (for region administrators and editors).
 */
@Controller
@RequestMapping("/funding-sources")
@PreAuthorize("hasRole('MEMBER')")
class FundingSourceController {

  private static final String EDITORS = "hasAnyRole('REGION_ADMIN', 'EDITOR')";
  private static final String PAGE = "programme/funding-sources";
  private static final String REDIRECT = "redirect:/funding-sources";

  private final FundingSources sources;
  private final CurrentRegion region;
  private final Messages messages;

  FundingSourceController(FundingSources sources, CurrentRegion region, Messages messages) {
    this.sources = sources;
    this.region = region;
    this.messages = messages;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("form", new FundingSourceCommand("", ""));
    return page(model);
  }

  @PostMapping
  @PreAuthorize(EDITORS)
  String create(
      @ModelAttribute("form") FundingSourceCommand form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    try {
      FundingSourceEntry created = sources.create(region.id(), form);
      redirect.addFlashAttribute(
          "flash", messages.get("programme.fundingSource.created", created.code()));
      return REDIRECT;
    } catch (InvalidInputException e) {
      Forms.reject(result, e, messages);
      return page(model);
    }
  }

  @PostMapping("/{id}")
  @PreAuthorize(EDITORS)
  String rename(
      @PathVariable long id,
      @RequestParam(required = false) String name,
      @RequestParam int version,
      Model model,
      RedirectAttributes redirect) {
    FundingSourceEntry before = sources.get(region.id(), id);
    try {
      FundingSourceEntry saved = sources.rename(region.id(), id, name, version);
      redirect.addFlashAttribute(
          "flash", messages.get("programme.fundingSource.renamed", saved.code(), saved.nameId()));
      return REDIRECT;
    } catch (InvalidInputException e) {
      return renameProblem(model, before, Forms.firstMessage(e, messages), name);
    } catch (ConcurrentEditException e) {
      return renameProblem(model, before, messages.get("shared.error.conflict"), name);
    }
  }

  @PostMapping("/{id}/delete")
  @PreAuthorize(EDITORS)
  String delete(@PathVariable long id, RedirectAttributes redirect) {
    FundingSourceEntry source = sources.get(region.id(), id);
    try {
      sources.delete(region.id(), id);
      redirect.addFlashAttribute(
          "flash", messages.get("programme.fundingSource.deleted", source.code()));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("flashError", Forms.firstMessage(e, messages));
    }
    return REDIRECT;
  }

  /** The page again, with the problem next to the source's name field and what was typed. */
  private String renameProblem(
      Model model, FundingSourceEntry source, String problem, String typed) {
    model.addAttribute("form", new FundingSourceCommand("", ""));
    model.addAttribute("renameId", source.id());
    model.addAttribute("renameError", problem);
    model.addAttribute("renameTyped", typed);
    return page(model);
  }

  private String page(Model model) {
    model.addAttribute("sources", sources.list(region.id()));
    model.addAttribute("canEdit", Access.hasAnyRole("REGION_ADMIN", "EDITOR"));
    return PAGE;
  }
}
