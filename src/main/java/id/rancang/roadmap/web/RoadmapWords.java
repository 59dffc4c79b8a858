package id.rancang.roadmap.web;

import id.rancang.roadmap.rules.Finding;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.Formats;
import id.rancang.shared.web.Messages;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The roadmap pages' words: findings and problems in the user's language, numbers as read. */
@Component
class RoadmapWords {

  private final Messages messages;

  RoadmapWords(Messages messages) {
    this.messages = messages;
  }

  /** A finding in words (message {@code roadmap.finding.<code>} with its arguments). */
  String finding(Finding f) {
    return f == null ? "" : messages.get("roadmap.finding." + f.code(), f.args().toArray());
  }

  List<String> findings(List<Finding> findings) {
    return findings.stream().map(this::finding).toList();
  }

  /** Every problem in words, for a flash message or a list above a form. */
  List<String> all(List<FieldProblem> problems) {
    return problems.stream().map(p -> messages.get(p.messageKey(), p.args())).toList();
  }

  /** The problems per form field (several of one field joined), via {@code field}. */
  Map<String, String> errors(List<FieldProblem> problems, Function<String, String> field) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (FieldProblem p : problems) {
      errors.merge(
          field.apply(p.field()), messages.get(p.messageKey(), p.args()), (a, b) -> a + " " + b);
    }
    return errors;
  }

  String get(String key, Object... args) {
    return messages.get(key, args);
  }

  /** Number formats in the user's language, for the templates ({@code ${fmt...}}). */
  Numbers numbers() {
    return new Numbers(new Formats(LocaleContextHolder.getLocale()));
  }

  /** Numbers as the roadmap pages show them. */
  public static final class Numbers {

    private final Formats formats;

    Numbers(Formats formats) {
      this.formats = formats;
    }

    public String rupiah(long amount) {
      return formats.rupiah(BigDecimal.valueOf(amount));
    }

    public String rupiahShort(long amount) {
      return formats.rupiahShort(BigDecimal.valueOf(amount));
    }

    /** A value or objective with at most two decimals; "-" when there is none. */
    public String value(Double value) {
      return value == null
          ? "-"
          : formats.number(BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP));
    }

    /** A share 0..1 as a percentage with two decimals; "-" when there is none. */
    public String percent(Double share) {
      return share == null
          ? "-"
          : formats.number(
                  BigDecimal.valueOf(share * 100).setScale(2, java.math.RoundingMode.HALF_UP))
              + "%";
    }

    /** Milliseconds as seconds with one decimal. */
    public String seconds(Long millis) {
      return millis == null
          ? "-"
          : formats.number(
              BigDecimal.valueOf(millis)
                  .movePointLeft(3)
                  .setScale(1, java.math.RoundingMode.HALF_UP));
    }
  }
}
