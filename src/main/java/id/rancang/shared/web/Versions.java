package id.rancang.shared.web;

import id.rancang.shared.InvalidInputException;

/**
 * The version a client read, from the body's {@code version} or an {@code If-Match} header;
 * required so that no change silently overwrites another.
 */
public final class Versions {

  private Versions() {}

  public static int required(Integer bodyVersion, String ifMatch) {
    if (bodyVersion != null) {
      return bodyVersion;
    }
    if (ifMatch != null) {
      String value = ifMatch.replace("W/", "").replace("\"", "").strip();
      try {
        return Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw InvalidInputException.of("version", "shared.validation.version");
      }
    }
    throw InvalidInputException.of("version", "shared.validation.version");
  }

  public static String etag(int version) {
    return "\"" + version + "\"";
  }
}
