package id.rancang.strategy.web;

import id.rancang.region.CurrentRegion;
import id.rancang.region.MasterplanManagement;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.web.Access;
import id.rancang.shared.web.Forms;
import id.rancang.shared.web.Messages;
import id.rancang.strategy.Branding;
import id.rancang.strategy.BrandingCommand;
import id.rancang.strategy.BrandingStatement;
import id.rancang.strategy.Dimension;
import id.rancang.strategy.Pillar;
import id.rancang.strategy.ReadinessAnalysis;
import id.rancang.strategy.SwotKind;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The branding page of a masterplan: the statement and its form, the Smart Branding dimension with
 * its elements and readiness cells, and the comments on the branding.
 */
@Controller
@RequestMapping("/masterplans/{masterplanId}/branding")
@PreAuthorize("hasRole('MEMBER')")
class BrandingController {

  private static final String EDITORS = "hasAnyRole('REGION_ADMIN', 'EDITOR')";

  private final Branding branding;
  private final ReadinessAnalysis readiness;
  private final MasterplanManagement masterplans;
  private final CurrentRegion region;
  private final Messages messages;

  BrandingController(
      Branding branding,
      ReadinessAnalysis readiness,
      MasterplanManagement masterplans,
      CurrentRegion region,
      Messages messages) {
    this.branding = branding;
    this.readiness = readiness;
    this.masterplans = masterplans;
    this.region = region;
    this.messages = messages;
  }

  /** The form as the user typed it; {@code version} is absent while there is no statement. */
  public record BrandingForm(
      String tagline, String positioning, String identityNotes, Integer version) {}

  @GetMapping
  String show(@PathVariable long masterplanId, Model model) {
    Optional<BrandingStatement> statement = branding.find(region.id(), masterplanId);
    model.addAttribute(
        "form",
        statement
            .map(
                b -> new BrandingForm(b.tagline(), b.positioning(), b.identityNotes(), b.version()))
            .orElse(new BrandingForm("", "", "", null)));
    return page(masterplanId, statement.orElse(null), null, model);
  }

  @PostMapping
  @PreAuthorize(EDITORS)
  String save(
      @PathVariable long masterplanId,
      @ModelAttribute("form") BrandingForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    if (result.hasErrors()) {
      return page(masterplanId, branding.find(region.id(), masterplanId).orElse(null), null, model);
    }
    try {
      branding.save(
          region.id(),
          masterplanId,
          new BrandingCommand(form.tagline(), form.positioning(), form.identityNotes()),
          form.version());
      redirect.addFlashAttribute("flash", messages.get("strategy.branding.saved"));
      return "redirect:/masterplans/" + masterplanId + "/branding";
    } catch (InvalidInputException e) {
      Forms.reject(result, e, messages);
      return page(masterplanId, branding.find(region.id(), masterplanId).orElse(null), null, model);
    } catch (ConcurrentEditException e) {
      // keep what this person typed, show what the other person saved, and let them save over it
      BrandingStatement theirs = branding.find(region.id(), masterplanId).orElse(null);
      model.addAttribute("flashError", messages.get("shared.error.conflict"));
      model.addAttribute(
          "form",
          new BrandingForm(
              form.tagline(),
              form.positioning(),
              form.identityNotes(),
              theirs == null ? null : theirs.version()));
      return page(masterplanId, theirs, theirs, model);
    }
  }

  private String page(
      long masterplanId, BrandingStatement statement, BrandingStatement conflicting, Model model) {
    model.addAttribute("masterplan", masterplans.get(region.id(), masterplanId));
    model.addAttribute("statement", statement);
    model.addAttribute("conflicting", conflicting);
    model.addAttribute("dimension", Dimension.BRANDING);
    model.addAttribute("elements", Dimension.BRANDING.elements());
    model.addAttribute(
        "cells", readiness.matrix(region.id(), masterplanId).get(Dimension.BRANDING));
    model.addAttribute("pillars", Pillar.values());
    model.addAttribute("kinds", SwotKind.values());
    model.addAttribute("canEdit", Access.hasAnyRole("REGION_ADMIN", "EDITOR"));
    model.addAttribute("canAudit", Access.hasAnyRole("REGION_ADMIN", "EDITOR", "REVIEWER"));
    return "strategy/branding";
  }
}
