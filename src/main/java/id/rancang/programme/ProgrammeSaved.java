package id.rancang.programme;

import id.rancang.programme.rules.ProgrammeFinding;
import java.util.List;

/** A programme as saved, with the findings that did not block saving. */
public record ProgrammeSaved(Programme programme, List<ProgrammeFinding> warnings) {

  public ProgrammeSaved {
    warnings = List.copyOf(warnings);
  }
}
