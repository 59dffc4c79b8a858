/**
 * PDF documents written as XHTML and laid out by openhtmltopdf with the fonts Rancang ships ({@link
 * id.rancang.shared.pdf.HtmlPdf}).
 */
@NamedInterface("pdf")
package id.rancang.shared.pdf;

import org.springframework.modulith.NamedInterface;
