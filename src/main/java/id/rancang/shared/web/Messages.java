package id.rancang.shared.web;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Resolves message keys in the current user's language. */
@Component
public class Messages {

  /** The cookie that keeps the language chosen in a browser ({@code id} or {@code en}). */
  public static final String LANGUAGE_COOKIE = "RANCANG_LANG";

  private final MessageSource messageSource;

  public Messages(MessageSource messageSource) {
    this.messageSource = messageSource;
  }

  public String get(String key, Object... args) {
    return messageSource.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }

  public String get(String key, List<Object> args) {
    return get(key, args.toArray());
  }
}
