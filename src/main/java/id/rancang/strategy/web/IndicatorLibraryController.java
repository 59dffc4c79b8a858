package id.rancang.strategy.web;

import id.rancang.shared.PageRequest;
import id.rancang.shared.web.Access;
import id.rancang.shared.web.Htmx;
import id.rancang.strategy.Dimension;
import id.rancang.strategy.IndicatorFamily;
import id.rancang.strategy.IndicatorLibrary;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The page to browse the shipped library of standard indicators: live search, family and dimension
 * filters, paging. Reference data, the same for every region.
 */
@Controller
@RequestMapping("/indicator-library")
@PreAuthorize("hasRole('MEMBER')")
class IndicatorLibraryController {

  static final String PATH = "/indicator-library";

  private final IndicatorLibrary library;

  IndicatorLibraryController(IndicatorLibrary library) {
    this.library = library;
  }

  @GetMapping
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) IndicatorFamily family,
      @RequestParam(required = false) Dimension dimension,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Long masterplan,
      @RequestParam(required = false) Long item,
      Model model,
      HttpServletRequest request) {
    String text = q == null ? "" : q.strip();
    model.addAttribute("q", text);
    model.addAttribute("family", family);
    model.addAttribute("dimension", dimension);
    model.addAttribute("families", IndicatorFamily.values());
    model.addAttribute("dimensions", Dimension.values());
    model.addAttribute("filtered", !text.isEmpty() || family != null || dimension != null);
    model.addAttribute(
        "indicators", library.search(text, family, dimension, PageRequest.of(page, null)));
    // opened from a goal or target of a masterplan: each entry can be used for it (editors only;
    // the masterplan-scoped action checks the region again)
    boolean use = masterplan != null && item != null && Access.hasAnyRole("REGION_ADMIN", "EDITOR");
    model.addAttribute("useMasterplan", use ? masterplan : null);
    model.addAttribute("useItem", use ? item : null);
    model.addAttribute(
        "pageUrl", pageUrl(text, family, dimension, use ? masterplan : null, use ? item : null));
    return Htmx.view(request, "strategy/indicator-library", "results");
  }

  /** This page with the current search and filters, for the pager to add the page number to. */
  static String pageUrl(String q, IndicatorFamily family, Dimension dimension) {
    return pageUrl(q, family, dimension, null, null);
  }

  static String pageUrl(
      String q, IndicatorFamily family, Dimension dimension, Long masterplan, Long item) {
    UriComponentsBuilder url = UriComponentsBuilder.fromPath(PATH);
    if (masterplan != null) {
      url.queryParam("masterplan", masterplan).queryParam("item", item);
    }
    if (!q.isEmpty()) {
      url.queryParam("q", q);
    }
    if (family != null) {
      url.queryParam("family", family.name());
    }
    if (dimension != null) {
      url.queryParam("dimension", dimension.name());
    }
    return url.encode().build().toUriString();
  }
}
