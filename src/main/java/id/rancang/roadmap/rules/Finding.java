package id.rancang.roadmap.rules;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A constraint a schedule breaks, a reason a programme is left out, or a conflict that makes a
 * problem infeasible: a {@link #code()} naming it and the {@link #args()} its message shows (years,
 * source codes, amounts in rupiah, programme codes), so the web layer can say it in Indonesian or
 * English (message key {@code roadmap.finding.<code>}). {@link #programmeIds()} are the programmes
 * it concerns, for links.
 */
public record Finding(String code, List<Object> args, List<Long> programmeIds) {

  public Finding {
    args = Collections.unmodifiableList(Arrays.asList(args.toArray()));
    programmeIds = List.copyOf(programmeIds);
  }

  public static Finding of(String code, List<Long> programmeIds, Object... args) {
    return new Finding(code, Arrays.asList(args), programmeIds);
  }
}
