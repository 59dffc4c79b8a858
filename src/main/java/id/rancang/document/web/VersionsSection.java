package id.rancang.document.web;

import id.rancang.document.Book;
import id.rancang.document.DocumentFormat;
import id.rancang.document.MasterplanVersion;
import id.rancang.shared.Page;
import id.rancang.shared.web.Access;
import java.util.List;
import java.util.Map;

/**
 * What the versions section of the documents page shows: a page of versions with their download
 * links, the freeze form (with what was typed and its problems after a refused freeze) and the
 * choice of two sides to compare.
 */
record VersionsSection(
    Page<MasterplanVersion> page,
    boolean canFreeze,
    boolean canSeeAuthors,
    String name,
    String note,
    Map<String, String> errors) {

  VersionsSection {
    errors = errors == null ? Map.of() : Map.copyOf(errors);
  }

  static VersionsSection of(Page<MasterplanVersion> page) {
    return new VersionsSection(
        page,
        Access.hasAnyRole("REGION_ADMIN", "EDITOR"),
        Access.hasAnyRole("REGION_ADMIN", "EDITOR", "REVIEWER"),
        "",
        "",
        Map.of());
  }

  VersionsSection withForm(String name, String note, Map<String, String> errors) {
    return new VersionsSection(page, canFreeze, canSeeAuthors, name, note, errors);
  }

  public List<Book> books() {
    return List.of(Book.values());
  }

  public List<DocumentFormat> formats() {
    return List.of(DocumentFormat.values());
  }

  /** The problem with a field of the freeze form, or null. */
  public String error(String field) {
    return errors.get(field);
  }

  /** The newest version on this page, preselected as the earlier side of a comparison. */
  public MasterplanVersion newest() {
    return page.items().isEmpty() ? null : page.items().get(0);
  }
}
