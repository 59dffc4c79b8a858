package id.rancang.shared.web;

import id.rancang.shared.Page;
import java.util.List;
import org.springframework.http.ResponseEntity;

/** Lists are JSON arrays; paging travels in headers so clients can ignore it. */
public final class ApiLists {

  private ApiLists() {}

  public static <T> ResponseEntity<List<T>> of(Page<T> page) {
    return ResponseEntity.ok()
        .header("X-Total-Count", Long.toString(page.total()))
        .header("X-Page", Integer.toString(page.number()))
        .header("X-Page-Size", Integer.toString(page.size()))
        .body(page.items());
  }
}
