package id.rancang.shared.web;

import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.TooManyRequestsException;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Friendly error pages for failures of page controllers. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);
  private final Messages messages;

  PageExceptionHandler(Messages messages) {
    this.messages = messages;
  }

  @ExceptionHandler(NotFoundException.class)
  ModelAndView notFound(HttpServletResponse response) {
    return page(HttpStatus.NOT_FOUND);
  }

  /** An id that is not a number, or a path that names nothing. */
  @ExceptionHandler({
    org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class,
    org.springframework.web.servlet.resource.NoResourceFoundException.class
  })
  ModelAndView malformedPath() {
    return page(HttpStatus.NOT_FOUND);
  }

  /** A form posted without a field the page always sends (an outdated or hand-made form). */
  @ExceptionHandler({
    org.springframework.web.bind.MissingServletRequestParameterException.class,
    org.springframework.web.multipart.support.MissingServletRequestPartException.class,
    org.springframework.web.multipart.MultipartException.class
  })
  ModelAndView badRequest() {
    return page(HttpStatus.BAD_REQUEST);
  }

  @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
  ModelAndView tooLarge() {
    return page(HttpStatus.CONTENT_TOO_LARGE);
  }

  @ExceptionHandler(AccessDeniedException.class)
  ModelAndView forbidden() {
    return page(HttpStatus.FORBIDDEN);
  }

  @ExceptionHandler(ConcurrentEditException.class)
  ModelAndView conflict() {
    return page(HttpStatus.CONFLICT);
  }

  /** A throttled action: the page says how long to wait, the header tells machines. */
  @ExceptionHandler(TooManyRequestsException.class)
  ModelAndView tooManyRequests(TooManyRequestsException e, HttpServletResponse response) {
    long seconds = e.retryAfterSeconds();
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    ModelAndView view = page(HttpStatus.TOO_MANY_REQUESTS);
    view.addObject("retryAfter", retryAfter(messages, seconds));
    return view;
  }

  /** "Try again in 40 seconds", or in minutes (rounded up) from two minutes on. */
  static String retryAfter(Messages messages, long seconds) {
    return seconds < 120
        ? messages.get("shared.error.429.retryAfterSeconds", Long.toString(seconds))
        : messages.get("shared.error.429.retryAfterMinutes", Long.toString((seconds + 59) / 60));
  }

  @ExceptionHandler(Exception.class)
  ModelAndView unexpected(Exception e) {
    if (DatabaseUnavailable.is(e)) {
      log.warn("Database unavailable: {}", e.getMessage());
      return page(HttpStatus.SERVICE_UNAVAILABLE);
    }
    log.error("Unexpected error", e);
    return page(HttpStatus.INTERNAL_SERVER_ERROR);
  }

  static ModelAndView page(HttpStatus status) {
    ModelAndView view = new ModelAndView("shared/error");
    view.setStatus(status);
    view.addObject("status", status.value());
    // the layout then leaves out what needs the session (CSRF token, sign-out form)
    view.addObject("errorPage", true);
    return view;
  }
}
