package id.rancang.prioritisation.rules;

import java.util.List;

/**
 * The ranking's sensitivity to the criteria weights.
 *
 * @param firstPlace per criterion, how far its weight can move before the first place changes
 * @param topTen for each of the first ten alternatives (fewer when there are fewer), the smallest
 *     single weight change that changes its rank position
 */
public record SensitivityReport(
    List<FirstPlaceSensitivity> firstPlace, List<PositionStability> topTen) {

  public SensitivityReport {
    firstPlace = List.copyOf(firstPlace);
    topTen = List.copyOf(topTen);
  }
}
