package id.rancang.shared.web;

import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.TooManyRequestsException;
import id.rancang.shared.tabular.ImportRejectedException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Turns failures of JSON controllers into {@code application/problem+json} answers. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
  private final Messages messages;

  ApiExceptionHandler(Messages messages) {
    this.messages = messages;
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
    problem.setTitle(messages.get("shared.error.404.title"));
    problem.setDetail(
        messages.get("shared.error.notFound", messages.get("shared.record." + e.recordType())));
    return problem;
  }

  @ExceptionHandler(ConcurrentEditException.class)
  ProblemDetail conflict(ConcurrentEditException e) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
    problem.setTitle(messages.get("shared.error.conflict.title"));
    problem.setDetail(
        e.messageKey() == null
            ? messages.get("shared.error.conflict")
            : messages.get(e.messageKey(), e.args().toArray()));
    return problem;
  }

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalid(InvalidInputException e) {
    return validationProblem(
        e.problems().stream()
            .map(p -> Map.of("field", p.field(), "message", messages.get(p.messageKey(), p.args())))
            .toList());
  }

  @ExceptionHandler(TooManyRequestsException.class)
  ResponseEntity<ProblemDetail> tooManyRequests(TooManyRequestsException e) {
    long seconds = e.retryAfterSeconds();
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.TOO_MANY_REQUESTS);
    problem.setTitle(messages.get("shared.error.429.title"));
    problem.setDetail(
        messages.get("shared.error.429.text")
            + " "
            + PageExceptionHandler.retryAfter(messages, seconds));
    problem.setProperty("retryAfter", seconds);
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
        .body(problem);
  }

  @ExceptionHandler(ImportRejectedException.class)
  ProblemDetail importRejected(ImportRejectedException e) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
    problem.setTitle(messages.get("shared.import.rejected.title"));
    problem.setDetail(messages.get("shared.import.rejected", e.problems().size()));
    problem.setProperty(
        "errors",
        e.problems().stream()
            .map(
                p -> {
                  Map<String, Object> error = new LinkedHashMap<>();
                  if (p.sheet() != null) {
                    error.put("sheet", p.sheet());
                  }
                  error.put("row", p.row());
                  error.put("column", p.column() == null ? "" : p.column());
                  error.put("message", messages.get(p.messageKey(), p.args()));
                  return error;
                })
            .toList());
    return problem;
  }

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail forbidden(AccessDeniedException e) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.FORBIDDEN);
    problem.setTitle(messages.get("shared.error.403.title"));
    problem.setDetail(messages.get("shared.error.403.text"));
    return problem;
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    if (DatabaseUnavailable.is(e)) {
      log.warn("Database unavailable: {}", e.getMessage());
      ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.SERVICE_UNAVAILABLE);
      problem.setTitle(messages.get("shared.error.503.title"));
      problem.setDetail(messages.get("shared.error.503.text"));
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
          .header(HttpHeaders.RETRY_AFTER, "10")
          .body(problem);
    }
    log.error("Unexpected error", e);
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR);
    problem.setTitle(messages.get("shared.error.500.title"));
    problem.setDetail(messages.get("shared.error.500.text"));
    return ResponseEntity.internalServerError().body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<Map<String, String>> errors =
        ex.getBindingResult().getFieldErrors().stream()
            .map(
                f ->
                    Map.of(
                        "field",
                        f.getField(),
                        "message",
                        f.getDefaultMessage() == null ? "" : f.getDefaultMessage()))
            .toList();
    return ResponseEntity.badRequest().body(validationProblem(errors));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      org.springframework.http.converter.HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String field = "";
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof tools.jackson.databind.DatabindException databind) {
        field =
            databind.getPath().stream()
                .map(
                    r ->
                        r.getPropertyName() != null
                            ? r.getPropertyName()
                            : "[" + r.getIndex() + "]")
                .reduce((a, b) -> a + "." + b)
                .orElse("");
        break;
      }
    }
    List<Map<String, String>> errors =
        List.of(
            Map.of(
                "field",
                field,
                "message",
                messages.get(
                    field.isEmpty() ? "shared.error.unreadable" : "shared.error.unreadableField")));
    return ResponseEntity.badRequest().body(validationProblem(errors));
  }

  private ProblemDetail validationProblem(List<Map<String, String>> errors) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setTitle(messages.get("shared.error.validation.title"));
    problem.setDetail(messages.get("shared.error.validation", errors.size()));
    problem.setProperty("errors", errors);
    return problem;
  }
}
