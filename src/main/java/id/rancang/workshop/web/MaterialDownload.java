package id.rancang.workshop.web;

import id.rancang.workshop.MaterialFile;
import id.rancang.workshop.rules.DownloadName;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How a material leaves Rancang, from a page or the API: always as an attachment, with the type its
 * bytes were found to be, never sniffed again by the browser ({@code nosniff}) and sandboxed should
 * a browser show it anyway ({@code Content-Security-Policy: sandbox}).
 */
public final class MaterialDownload {

  private MaterialDownload() {}

  public static ResponseEntity<byte[]> of(MaterialFile file) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.material().contentType()))
        .contentLength(file.content().length)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            DownloadName.contentDisposition(file.material().fileName()))
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox")
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .header(HttpHeaders.ETAG, "\"" + file.material().sha256() + "\"")
        .body(file.content());
  }
}
