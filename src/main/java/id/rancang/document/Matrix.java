package id.rancang.document;

import java.util.Arrays;
import java.util.Optional;

/** The Excel matrices of a masterplan, by the name used in URLs and file names. */
public enum Matrix {
  /** Indicators in the RPJMD layout: baseline, a target per year, end target, OPD. */
  INDICATORS("indikator"),
  /** Programmes per dimension and element: horizon, years, OPD, partners, budget, status. */
  PROGRAMMES("program"),
  /** The actions of every programme's action plan (rencana aksi). */
  ACTION_PLANS("rencana-aksi"),
  /** Budget per programme, funding source and year, with subtotals per dimension. */
  BUDGET("anggaran");

  private final String slug;

  Matrix(String slug) {
    this.slug = slug;
  }

  public String slug() {
    return slug;
  }

  public static Optional<Matrix> fromSlug(String slug) {
    return Arrays.stream(values()).filter(m -> m.slug.equals(slug)).findFirst();
  }
}
