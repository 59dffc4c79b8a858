/**
 * The masterplan as documents: Buku 1, Buku 2 and the executive summary as DOCX and PDF, the Excel
 * matrices planning offices exchange, and frozen versions with their differences. It reads every
 * module above it and nothing uses it.
 */
@ApplicationModule(displayName = "Document")
package id.rancang.document;

import org.springframework.modulith.ApplicationModule;
