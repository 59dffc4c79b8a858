package id.rancang.workshop;

import id.rancang.region.PentahelixRole;

/** Which candidates to list: members or stakeholders, matching text, pentahelix role and OPD. */
public record CandidateFilter(Candidate.Kind kind, String q, PentahelixRole role, Long opdId) {

  public CandidateFilter {
    kind = kind == null ? Candidate.Kind.MEMBER : kind;
    q = q == null ? "" : q.strip();
  }
}
