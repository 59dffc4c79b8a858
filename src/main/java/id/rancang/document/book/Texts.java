package id.rancang.document.book;

/** The words of a book in its language: a message key and its arguments to the text. */
@FunctionalInterface
public interface Texts {

  String get(String key, Object... args);
}
