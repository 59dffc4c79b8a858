package id.rancang.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/** Small helpers for requests made by htmx. */
public final class Htmx {

  private Htmx() {}

  public static boolean isHtmx(HttpServletRequest request) {
    return "true".equals(request.getHeader("HX-Request"));
  }

  /** The view for a page, or only its named fragment when htmx asks. */
  public static String view(HttpServletRequest request, String page, String fragment) {
    return isHtmx(request) ? page + " :: " + fragment : page;
  }
}
