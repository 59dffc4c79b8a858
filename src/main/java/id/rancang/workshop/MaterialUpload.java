package id.rancang.workshop;

/** An uploaded file: the name it came with, its bytes, and an optional title (else its name). */
public record MaterialUpload(String title, String fileName, byte[] content) {}
