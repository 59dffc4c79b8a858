package id.rancang.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers errors raised outside controllers (unknown URLs, filters): problem+json under {@code
 * /api/}, a friendly page in the user's language elsewhere.
 */
@Controller
class ErrorPages implements ErrorController {

  private final Messages messages;

  ErrorPages(Messages messages) {
    this.messages = messages;
  }

  @RequestMapping("/error")
  ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
    HttpStatus status = statusOf(request);
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    if (error != null && DatabaseUnavailable.is(error)) {
      status = HttpStatus.SERVICE_UNAVAILABLE;
    }
    if (uri != null && uri.toString().startsWith("/api/")) {
      ProblemWriter.write(
          response,
          status,
          messages.get("shared.error." + errorKey(status) + ".title"),
          messages.get("shared.error." + errorKey(status) + ".text"));
      return null;
    }
    return PageExceptionHandler.page(status);
  }

  private static String errorKey(HttpStatus status) {
    return switch (status.value()) {
      case 400, 401, 403, 404, 409, 413, 429, 503 -> Integer.toString(status.value());
      default -> "500";
    };
  }

  private static HttpStatus statusOf(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    if (code instanceof Integer value) {
      HttpStatus status = HttpStatus.resolve(value);
      if (status != null) {
        return status;
      }
    }
    return HttpStatus.INTERNAL_SERVER_ERROR;
  }
}
