package id.rancang.document.matrix;

/** The texts of a matrix in its language: a message key and its arguments in, the text out. */
@FunctionalInterface
public interface Labels {

  String get(String key, Object... args);
}
