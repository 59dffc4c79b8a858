package id.rancang.shared.chart;

import java.util.List;

/** Colours that stay apart in print and for colour-blind readers (Okabe-Ito, then greys). */
public final class Palette {

  private static final List<String> COLOURS =
      List.of(
          "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
          "#7F7F7F", "#B3B3B3");

  private Palette() {}

  /** The colour of the n-th series, repeating after ten. */
  public static String colour(int n) {
    return COLOURS.get(Math.floorMod(n, COLOURS.size()));
  }
}
