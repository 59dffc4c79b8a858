package id.rancang.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DependencyDrawingTests {

  private static final DependencyView.Node INFRA =
      new DependencyView.Node(1, "INFRA", "Pusat data daerah", ProgrammeStatus.DONE, "UPSTREAM");
  private static final DependencyView.Node DATA =
      new DependencyView.Node(
          2,
          "DATA",
          "Satu Data Kabupaten Tegal untuk seluruh perangkat daerah",
          ProgrammeStatus.RUNNING,
          "SELF");

  @Test
  void aDrawingAroundAProgrammeHasABoxPerProgrammeAndALinePerDependency() {
    DependencyView view =
        new DependencyView(2, List.of(DATA, INFRA), List.of(new DependencyView.Edge(2, 1)));

    DependencyDrawing drawing = DependencyDrawing.around(view);

    assertThat(drawing.focusId()).isEqualTo(2L);
    assertThat(drawing.nodes()).extracting(DependencyDrawing.Node::id).containsExactly(2L, 1L);
    assertThat(drawing.lines()).singleElement().satisfies(l -> assertThat(l.from()).isEqualTo(2));
    assertThat(drawing.node(1).x()).isLessThan(drawing.node(2).x());
    assertThat(drawing.dependenciesOf(2))
        .extracting(DependencyDrawing.Node::code)
        .containsExactly("INFRA");
    assertThat(drawing.dependentsOf(1))
        .extracting(DependencyDrawing.Node::code)
        .containsExactly("DATA");
    assertThat(drawing.width())
        .isGreaterThanOrEqualTo(drawing.node(2).x() + drawing.node(2).width());
  }

  @Test
  void aLongNameIsShortenedToFitItsBoxAndAShortOneIsKept() {
    DependencyDrawing drawing =
        DependencyDrawing.portfolio(List.of(INFRA, DATA), List.of(new DependencyView.Edge(2, 1)));

    String label = drawing.node(2).nameLabel();
    assertThat(label).endsWith("\u2026").hasSizeLessThanOrEqualTo(DependencyDrawing.LABEL_LENGTH);
    assertThat(DATA.name()).startsWith(label.substring(0, label.length() - 1));
    assertThat(drawing.node(1).nameLabel()).isEqualTo("Pusat data daerah");
    assertThat(drawing.node(2).name()).isEqualTo(DATA.name());
  }

  @Test
  void shorteningNeverSplitsACharacterOutsideTheBasicPlane() {
    String emoji = "\uD83C\uDF3E".repeat(40); // sheaf of rice, two chars each

    String label = DependencyDrawing.shorten(emoji);

    assertThat(label.codePointCount(0, label.length())).isEqualTo(DependencyDrawing.LABEL_LENGTH);
    assertThat(Character.isHighSurrogate(label.charAt(label.length() - 2))).isFalse();
  }
}
