package id.rancang.shared.tabular;

import java.util.List;

/** An import that was not applied at all because of the listed problems. */
public class ImportRejectedException extends RuntimeException {

  private final List<ImportProblem> problems;

  public ImportRejectedException(List<ImportProblem> problems) {
    super(problems.size() + " problem(s) in import");
    this.problems = List.copyOf(problems);
  }

  public List<ImportProblem> problems() {
    return problems;
  }
}
