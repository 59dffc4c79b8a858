package id.rancang.document;

/** A generated document or workbook, ready to download. */
public record GeneratedFile(String filename, String contentType, byte[] content) {}
