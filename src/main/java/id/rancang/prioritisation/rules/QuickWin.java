package id.rancang.prioritisation.rules;

import java.util.List;

/**
 * The suggested quick win of a group: its best-scoring alternative eligible as a quick win.
 *
 * @param group the group
 * @param alternativeId the suggested alternative
 * @param score its score
 * @param tiedWith other eligible alternatives of the group with the same score, which the team
 *     might choose instead
 */
public record QuickWin(String group, String alternativeId, double score, List<String> tiedWith) {

  public QuickWin {
    tiedWith = List.copyOf(tiedWith);
  }
}
