package id.rancang.workshop;

/** A material with its bytes, for downloading. */
public record MaterialFile(Material material, byte[] content) {}
