package id.rancang.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.identity.AccountStatus;
import id.rancang.identity.Role;
import id.rancang.region.MasterplanStatus;
import id.rancang.region.PentahelixRole;
import id.rancang.region.RegionType;
import id.rancang.region.StakeholderKind;
import id.rancang.shared.RecordChanged;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The message files of both languages agree with each other and with what templates and code ask
 * for, and templates show no text that bypasses them. No Spring context: the files are read as they
 * are in the source tree.
 */
class MessagesTests {

  private static final List<String> MODULES =
      List.of(
          "shared",
          "region",
          "identity",
          "strategy",
          "programme",
          "workshop",
          "prioritisation",
          "roadmap",
          "document");
  private static final Path MESSAGES = Path.of("src", "main", "resources", "messages");
  private static final Path TEMPLATES = Path.of("src", "main", "resources", "templates");
  private static final Path JAVA = Path.of("src", "main", "java");

  /** {@code #{key}} or {@code #{key(args)}} with a literal key (not a concatenated one). */
  private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)\\s*[(}]");

  /** A message key in a Java string literal, also as a Bean Validation {@code "{key}"}. */
  private static final Pattern JAVA_KEY =
      Pattern.compile(
          "\"\\{?((?:shared|region|identity|strategy|programme|prioritisation|roadmap|document)\\.[A-Za-z0-9_.]+)\\}?\"");

  /** Attributes that replace an element's body, so its text in the file is only a prototype. */
  private static final List<String> REPLACING =
      List.of("th:text", "th:utext", "th:replace", "th:insert", "th:remove", "th:errors");

  /** Attributes whose value the user sees (or hears, with a screen reader). */
  private static final List<String> VISIBLE_ATTRIBUTES =
      List.of("placeholder", "title", "alt", "aria-label");

  /** Text that is the same in every language. */
  private static final Set<String> ALLOWED_TEXT = Set.of("Rancang", "ID", "EN");

  @Test
  void everyKeyOfOneLanguageExistsInTheOther() {
    List<String> problems = new ArrayList<>();
    for (String module : MODULES) {
      Set<String> indonesian = load(module, "").stringPropertyNames();
      Set<String> english = load(module, "_en").stringPropertyNames();
      for (String key : new TreeSet<>(indonesian)) {
        if (!english.contains(key)) {
          problems.add(module + "_en.properties lacks " + key);
        }
      }
      for (String key : new TreeSet<>(english)) {
        if (!indonesian.contains(key)) {
          problems.add(module + ".properties lacks " + key);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyKeyStartsWithTheModuleOfItsFile() {
    List<String> problems = new ArrayList<>();
    for (String module : MODULES) {
      for (String suffix : List.of("", "_en")) {
        for (String key : load(module, suffix).stringPropertyNames()) {
          if (!key.startsWith(module + ".")) {
            problems.add(module + suffix + ".properties: " + key);
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void noKeyIsDefinedTwiceInOneFileAndNoMessageIsEmpty() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String module : MODULES) {
      for (String suffix : List.of("", "_en")) {
        Path file = MESSAGES.resolve(module + suffix + ".properties");
        Map<String, Integer> seen = new HashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i).strip();
          if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
            continue;
          }
          int eq = line.indexOf('=');
          String key = (eq < 0 ? line : line.substring(0, eq)).strip();
          Integer earlier = seen.put(key, i + 1);
          if (earlier != null) {
            problems.add(
                file.getFileName() + ":" + (i + 1) + " repeats " + key + " of line " + earlier);
          }
        }
        load(module, suffix)
            .forEach(
                (key, value) -> {
                  if (value.toString().isBlank()) {
                    problems.add(file.getFileName() + ": " + key + " is empty");
                  }
                });
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void bothLanguagesUseTheSamePlaceholdersAndNoApostropheIsLostToMessageFormat() {
    Pattern placeholder = Pattern.compile("\\{(\\d+)[^}]*}");
    List<String> problems = new ArrayList<>();
    for (String module : MODULES) {
      Properties indonesian = load(module, "");
      Properties english = load(module, "_en");
      for (String key : new TreeSet<>(indonesian.stringPropertyNames())) {
        String id = indonesian.getProperty(key);
        String en = english.getProperty(key);
        if (en == null) {
          continue; // reported by everyKeyOfOneLanguageExistsInTheOther
        }
        Set<String> idArgs = groups(placeholder, id);
        Set<String> enArgs = groups(placeholder, en);
        if (!idArgs.equals(enArgs)) {
          problems.add(key + ": " + idArgs + " in Indonesian but " + enArgs + " in English");
        }
        for (String text : List.of(id, en)) {
          // With arguments the text goes through MessageFormat, which drops a single apostrophe.
          if (!groups(placeholder, text).isEmpty() && text.replace("''", "").contains("'")) {
            problems.add(key + ": single apostrophe in a message with arguments: " + text);
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyLiteralKeyUsedInTemplatesExistsInBothLanguages() {
    Map<String, Set<String>> used = new HashMap<>();
    for (Path template : templates()) {
      Matcher m = TEMPLATE_KEY.matcher(read(template));
      while (m.find()) {
        used.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(relative(template));
      }
    }
    assertThat(used).as("keys found in templates").hasSizeGreaterThan(100);
    assertThat(missing(used)).isEmpty();
  }

  @Test
  void everyKeyNamedInJavaCodeExistsInBothLanguages() {
    Map<String, Set<String>> used = new HashMap<>();
    try (Stream<Path> files = Files.walk(JAVA)) {
      files
          .filter(p -> p.toString().endsWith(".java"))
          .forEach(
              file -> {
                Matcher m = JAVA_KEY.matcher(read(file));
                while (m.find()) {
                  String key = m.group(1);
                  if (!key.endsWith(".")) { // a prefix completed at run time
                    used.computeIfAbsent(key, k -> new TreeSet<>())
                        .add(file.getFileName().toString());
                  }
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(used)
        .as("keys found in Java code")
        .containsKeys("shared.error.conflict", "shared.validation.required", "region.opd.created");
    assertThat(missing(used)).isEmpty();
  }

  @Test
  void everyValueShownThroughAComposedKeyHasALabelInBothLanguages() {
    Map<String, Set<String>> used = new HashMap<>();
    expect(used, "identity.role.", Role.values());
    expect(used, "identity.member.status.", AccountStatus.values());
    expect(used, "region.masterplan.status.", MasterplanStatus.values());
    expect(used, "region.masterplan.action.", MasterplanStatus.values());
    expect(used, "region.pentahelix.", PentahelixRole.values());
    expect(used, "region.stakeholder.kind.", StakeholderKind.values());
    expect(used, "region.type.", RegionType.values());
    expect(used, "shared.audit.action.", RecordChanged.Action.values());
    expect(used, "identity.account.language.", "id", "en");
    for (String status : List.of("400", "401", "403", "404", "409", "500", "503")) {
      expect(used, "shared.error." + status + ".", "title", "text");
    }
    // Conversion failures on forms with their own message prefix (DefaultMessageCodesResolver).
    expect(used, "region.masterplan.", "typeMismatch");
    expect(used, "region.stakeholder.", "typeMismatch");
    expect(used, "strategy.profile.", "typeMismatch");
    expect(used, "strategy.kind.", "VISION", "MISSION", "GOAL", "TARGET", "INDICATOR");
    expect(used, "strategy.gap.", id.rancang.strategy.TreeGap.values());
    for (String prefix :
        List.of("strategy.tree.add.", "strategy.tree.added.", "strategy.tree.saved.")) {
      expect(used, prefix, id.rancang.strategy.StrategyItemKind.values());
    }
    expect(used, "strategy.tree.deleted.", id.rancang.strategy.StrategyItemKind.values());
    expect(used, "strategy.tree.edit.", id.rancang.strategy.StrategyItemKind.values());
    expect(used, "strategy.item.parent.", "GOAL", "TARGET");
    expect(used, "strategy.item.parentRequired.", "GOAL", "TARGET");
    expect(used, "strategy.item.parentWrongKind.", "GOAL", "TARGET");
    expect(used, "strategy.item.hasChildren.", "GOAL", "TARGET");
    expect(used, "strategy.polarity.", id.rancang.strategy.Polarity.values());
    expect(used, "programme.horizon.", id.rancang.programme.Horizon.values());
    expect(used, "programme.status.", id.rancang.programme.ProgrammeStatus.values());
    expect(used, "programme.actionStatus.", id.rancang.programme.ActionStatus.values());
    expect(used, "programme.category.", id.rancang.programme.ActionCategory.values());
    expect(used, "programme.sort.", "code", "name", "start", "budget");
    expect(used, "programme.dependencies.", "UPSTREAM", "DOWNSTREAM");
    // roadmap pages: where a solve stands and how it ended
    expect(used, "roadmap.pages.state.", id.rancang.roadmap.SolveState.values());
    expect(used, "roadmap.pages.status.", id.rancang.roadmap.rules.SolveStatus.values());
    expect(used, "roadmap.pages.statusHint.", id.rancang.roadmap.rules.SolveStatus.values());
    // region funding sources: built-in names and the record type named in 404 answers
    expect(used, "programme.fundingSource.name.", id.rancang.programme.FundingSource.values());
    expect(used, "shared.record.", "fundingSource");
    // NotFoundException record types, named in 404 answers
    expect(
        used,
        "shared.record.",
        "region",
        "opd",
        "stakeholder",
        "masterplan",
        "member",
        "profileStat",
        "readinessGap",
        "swotItem",
        "smartVision",
        "strategyItem",
        "indicator",
        "rpjmd",
        "rpjmdItem",
        "branding",
        "strategyComment",
        "programme",
        "programmeAction");
    expect(used, "strategy.level.", id.rancang.strategy.IndicatorLevel.values());
    // Excel matrices: the documents page names each matrix by its slug
    for (id.rancang.document.Matrix matrix : id.rancang.document.Matrix.values()) {
      expect(used, "document.matrices.", matrix.slug(), matrix.slug() + ".help");
    }
    expect(used, "document.matrix.polarity.", id.rancang.strategy.Polarity.values());
    assertThat(missing(used)).isEmpty();
  }

  @Test
  void templatesShowNoHardCodedText() {
    List<String> problems = new ArrayList<>();
    for (Path template : templates()) {
      Document doc = Jsoup.parse(read(template));
      for (String text : hardCodedText(doc)) {
        problems.add(relative(template) + ": " + text);
      }
      for (Element element : doc.getAllElements()) {
        for (String attribute : VISIBLE_ATTRIBUTES) {
          if (element.hasAttr(attribute)
              && hasLetter(element.attr(attribute))
              && !element.hasAttr("th:" + attribute)
              && !element.hasAttr("th:attr")) {
            problems.add(
                relative(template)
                    + ": <"
                    + element.tagName()
                    + " "
                    + attribute
                    + "=\""
                    + element.attr(attribute)
                    + "\">");
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theHardCodedTextCheckFindsTextOutsideThymeleaf() {
    // Guards the check above against passing for the wrong reason (e.g. jsoup dropping th: names).
    // A page's <html th:replace="~{layout :: page(~{::title}, ~{::section})}"> passes its own
    // sections into the layout, so their text is shown and must be checked.
    Document doc =
        Jsoup.parse(
            "<html th:replace=\"~{shared/layout :: page(~{::title}, ~{::section})}\">"
                + "<head><title th:text=\"#{a.title}\">Prototype title</title></head><body>"
                + "<section><h1 th:text=\"#{a.b}\">Prototype</h1><p>Hard-coded</p>"
                + "<p>Rancang</p><span>*</span><a th:href=\"@{/}\">Link text</a>"
                + "<div th:replace=\"~{x}\"><span>prototype inside</span></div>"
                + "<p th:utext=\"${x}\"><b>prototype too</b></p></section></body></html>");
    assertThat(hardCodedText(doc)).containsExactly("<p> \"Hard-coded\"", "<a> \"Link text\"");
  }

  /** Elements whose own text a user would see as written in the template. */
  private static List<String> hardCodedText(Document doc) {
    List<String> found = new ArrayList<>();
    for (Element element : doc.getAllElements()) {
      String text = element.ownText().strip();
      if (hasLetter(text)
          && !ALLOWED_TEXT.contains(text)
          && REPLACING.stream().noneMatch(element::hasAttr)
          && !insideReplacedElement(element)) {
        found.add("<" + element.tagName() + "> \"" + text + "\"");
      }
    }
    return found;
  }

  private static boolean insideReplacedElement(Element element) {
    for (Element parent : element.parents()) {
      if (parent.tagName().equals("html")) {
        continue; // a page handing its sections to the layout (see above)
      }
      if (parent.hasAttr("th:text") || parent.hasAttr("th:utext") || parent.hasAttr("th:replace")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasLetter(String text) {
    return text.codePoints().anyMatch(Character::isLetter);
  }

  private static void expect(Map<String, Set<String>> used, String prefix, Object... values) {
    for (Object value : values) {
      used.computeIfAbsent(prefix + value, k -> new TreeSet<>()).add("composed key " + prefix);
    }
  }

  private static List<String> missing(Map<String, Set<String>> used) {
    List<String> problems = new ArrayList<>();
    for (String module : MODULES) {
      Properties indonesian = load(module, "");
      Properties english = load(module, "_en");
      for (String key : new TreeSet<>(used.keySet())) {
        if (!key.startsWith(module + ".")) {
          continue;
        }
        if (!indonesian.containsKey(key)) {
          problems.add(
              key + " (used in " + used.get(key) + ") is not in " + module + ".properties");
        }
        if (!english.containsKey(key)) {
          problems.add(
              key + " (used in " + used.get(key) + ") is not in " + module + "_en.properties");
        }
      }
    }
    for (String key : used.keySet()) {
      if (MODULES.stream().noneMatch(m -> key.startsWith(m + "."))) {
        problems.add(key + " (used in " + used.get(key) + ") belongs to no module");
      }
    }
    return problems;
  }

  private static Set<String> groups(Pattern pattern, String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static Properties load(String module, String suffix) {
    Path file = MESSAGES.resolve(module + suffix + ".properties");
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(properties).as(file.toString()).isNotEmpty();
    return properties;
  }

  private static List<Path> templates() {
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      List<Path> templates = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
      assertThat(templates).as("templates").hasSizeGreaterThan(20);
      return templates;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String relative(Path template) {
    return TEMPLATES.relativize(template).toString();
  }
}
