package id.rancang.document.web;

import id.rancang.document.MasterplanContent.ActionEntry;
import id.rancang.document.MasterplanContent.BudgetEntry;
import id.rancang.document.MasterplanContent.LinkEntry;
import id.rancang.document.MasterplanContent.PartnerEntry;
import id.rancang.document.MasterplanContent.RiskEntry;
import id.rancang.document.MasterplanContent.YearAmount;
import id.rancang.document.diff.Change;
import id.rancang.document.diff.ChangeKind;
import id.rancang.document.diff.Differences;
import id.rancang.document.diff.FieldChange;
import id.rancang.document.diff.Subject;
import id.rancang.programme.ActionCategory;
import id.rancang.programme.ActionStatus;
import id.rancang.programme.Horizon;
import id.rancang.programme.ProgrammeStatus;
import id.rancang.region.MasterplanStatus;
import id.rancang.region.PentahelixRole;
import id.rancang.shared.web.Messages;
import id.rancang.strategy.Dimension;
import id.rancang.strategy.Element;
import id.rancang.strategy.IndicatorLevel;
import id.rancang.strategy.Polarity;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Puts a comparison into the user's words: field labels, codes as names, numbers and dates. */
@Component
class DiffView {

  private final Messages messages;

  DiffView(Messages messages) {
    this.messages = messages;
  }

  /** The changes of one subject, with how many items were added, removed and changed. */
  record SubjectBlock(
      Subject subject, long added, long removed, long changed, List<ChangeRow> changes) {}

  /** An item and, when changed, its fields. */
  record ChangeRow(ChangeKind kind, String code, String name, List<FieldRow> fields) {}

  /**
   * A field: its label, its old and new value (or summary), and for a list compared as a set the
   * items added and removed.
   */
  record FieldRow(
      String label,
      String before,
      String after,
      boolean hasValues,
      List<String> added,
      List<String> removed) {}

  List<SubjectBlock> blocks(Differences differences) {
    Locale locale = LocaleContextHolder.getLocale();
    List<SubjectBlock> blocks = new ArrayList<>();
    differences
        .bySubject()
        .forEach(
            (subject, changes) ->
                blocks.add(
                    new SubjectBlock(
                        subject,
                        differences.count(subject, ChangeKind.ADDED),
                        differences.count(subject, ChangeKind.REMOVED),
                        differences.count(subject, ChangeKind.CHANGED),
                        changes.stream().map(c -> row(c, locale)).toList())));
    return blocks;
  }

  private ChangeRow row(Change change, Locale locale) {
    return new ChangeRow(
        change.kind(),
        change.code(),
        change.name(),
        change.fields().stream().map(f -> field(f, locale)).toList());
  }

  private FieldRow field(FieldChange f, Locale locale) {
    boolean amounts = f.field().equals("budget");
    boolean hasValues = !f.isSet() || f.before() != null || f.after() != null;
    return new FieldRow(
        messages.get("document.diff.field." + f.field(), f.key() == null ? "" : f.key()),
        hasValues ? text(f.before(), amounts, locale) : null,
        hasValues ? text(f.after(), amounts, locale) : null,
        hasValues,
        f.added().stream().map(x -> text(x, false, locale)).toList(),
        f.removed().stream().map(x -> text(x, false, locale)).toList());
  }

  String text(Object value, boolean rupiah, Locale locale) {
    if (value == null) {
      return messages.get("document.diff.unset");
    }
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof Boolean b) {
      return messages.get(b ? "document.diff.yes" : "document.diff.no");
    }
    if (value instanceof BigDecimal d) {
      return rupiah ? rupiah(d, locale) : number(d, locale);
    }
    if (value instanceof LocalDate d) {
      return d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }
    if (value instanceof Dimension d) {
      return d.displayName(locale);
    }
    if (value instanceof Element e) {
      return e.displayName(locale);
    }
    if (value instanceof Horizon h) {
      return messages.get("programme.horizon." + h.name());
    }
    if (value instanceof ProgrammeStatus s) {
      return messages.get("programme.status." + s.name());
    }
    if (value instanceof ActionStatus s) {
      return messages.get("programme.actionStatus." + s.name());
    }
    if (value instanceof ActionCategory c) {
      return messages.get("programme.category." + c.name());
    }
    if (value instanceof Polarity p) {
      return messages.get("strategy.polarity." + p.name());
    }
    if (value instanceof IndicatorLevel l) {
      return messages.get("strategy.level." + l.name());
    }
    if (value instanceof PentahelixRole r) {
      return messages.get("region.pentahelix." + r.name());
    }
    if (value instanceof MasterplanStatus s) {
      return messages.get("region.masterplan.status." + s.name());
    }
    if (value instanceof YearAmount y) {
      return y.year() + ": " + number(y.value(), locale);
    }
    if (value instanceof BudgetEntry b) {
      return String.join(" · ", Integer.toString(b.year()), b.source(), rupiah(b.amount(), locale));
    }
    if (value instanceof PartnerEntry p) {
      String role = text(p.role(), false, locale);
      String who = p.name() == null ? role : p.name() + " (" + role + ")";
      return p.contribution() == null ? who : who + ": " + p.contribution();
    }
    if (value instanceof LinkEntry l) {
      String what = join(" ", l.code(), l.name());
      return l.contribution() == null ? what : what + ": " + l.contribution();
    }
    if (value instanceof RiskEntry r) {
      String risk =
          messages.get(
              "document.diff.item.risk",
              r.description(),
              Integer.toString(r.likelihood()),
              Integer.toString(r.impact()));
      return r.mitigation() == null ? risk : risk + ": " + r.mitigation();
    }
    if (value instanceof ActionEntry a) {
      return join(
          " · ",
          a.quarter() == null
              ? Integer.toString(a.year())
              : messages.get(
                  "document.diff.item.quarter",
                  Integer.toString(a.year()),
                  Integer.toString(a.quarter())),
          text(a.category(), false, locale),
          a.title(),
          a.ownerOpd(),
          a.deliverable(),
          a.budget() == null ? null : rupiah(a.budget(), locale),
          text(a.status(), false, locale),
          a.progress() + " %");
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    return value.toString();
  }

  private static String join(String separator, String... parts) {
    List<String> present = new ArrayList<>();
    for (String part : parts) {
      if (part != null && !part.isBlank()) {
        present.add(part);
      }
    }
    return String.join(separator, present);
  }

  private static String number(BigDecimal value, Locale locale) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
    return format.format(value);
  }

  private static String rupiah(BigDecimal value, Locale locale) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(0);
    format.setMaximumFractionDigits(2);
    return "Rp " + format.format(value);
  }
}
