/**
 * The renderers of a {@link id.rancang.document.book.BookDocument}: DOCX with POI, PDF from XHTML.
 */
package id.rancang.document.render;
