package id.rancang.document.matrix;

import id.rancang.document.MasterplanContent;
import id.rancang.document.MasterplanContent.FundingSourceInfo;
import id.rancang.document.MasterplanContent.LinkEntry;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What every matrix layout needs: the content, its language and the texts in that language. */
record Context(MasterplanContent content, Locale language, Labels labels) {

  String get(String key, Object... args) {
    return labels.get(key, args);
  }

  /** The funding source's name in the matrix's language, or its code when the content lacks it. */
  String fundingSource(String code) {
    return content.fundingSources().stream()
        .filter(f -> f.code().equals(code))
        .map(f -> f.name(language))
        .filter(n -> n != null && !n.isBlank())
        .findFirst()
        .orElse(code);
  }

  /** The codes of the content's funding sources, in its order. */
  List<String> fundingSourceCodes() {
    return content.fundingSources().stream().map(FundingSourceInfo::code).toList();
  }

  /** Targets or indicators, one a line: code and name. */
  static String links(List<LinkEntry> links) {
    return links.stream().map(Context::link).collect(Collectors.joining("\n"));
  }

  private static String link(LinkEntry link) {
    boolean code = link.code() != null && !link.code().isBlank();
    boolean name = link.name() != null && !link.name().isBlank();
    if (code && name) {
      return link.code() + " " + link.name();
    }
    return code ? link.code() : name ? link.name() : "#" + link.id();
  }
}
