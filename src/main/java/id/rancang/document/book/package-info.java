/**
 * The books as a format-neutral structure (chapters, sections, paragraphs, tables, figures) and the
 * writers that lay out Buku 1, Buku 2 and the executive summary from a masterplan's content. Plain
 * Java without Spring; the renderers turn the structure into DOCX and PDF.
 */
package id.rancang.document.book;
