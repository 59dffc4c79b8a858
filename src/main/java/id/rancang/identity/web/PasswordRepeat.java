package id.rancang.identity.web;

import id.rancang.shared.web.Messages;
import org.springframework.validation.BindingResult;

/** The "repeat the new password" check of the pages that set a password. */
final class PasswordRepeat {

  private PasswordRepeat() {}

  static void check(String password, String repeat, BindingResult form, Messages messages) {
    if (password != null && !password.isEmpty() && !password.equals(repeat)) {
      form.rejectValue(
          "passwordRepeat",
          "identity.password.mismatch",
          messages.get("identity.password.mismatch"));
    }
  }
}
