package id.rancang.strategy.web;

import id.rancang.shared.PageRequest;
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
    model.addAttribute("pageUrl", pageUrl(text, family, dimension));
    return Htmx.view(request, "strategy/indicator-library", "results");
  }

  /** This page with the current search and filters, for the pager to add the page number to. */
  static String pageUrl(String q, IndicatorFamily family, Dimension dimension) {
    UriComponentsBuilder url = UriComponentsBuilder.fromPath(PATH);
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
