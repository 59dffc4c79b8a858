package id.rancang.prioritisation;

import id.rancang.identity.Role;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A member of the region who evaluates in an exercise, in one group, with their say within the
 * group ({@code weight}). {@code role} is their role in the region (null when they are no longer a
 * member). {@code judgements} and {@code ratings} count their input so far; {@code submittedAt} is
 * set once they submitted it.
 */
public record Evaluator(
    long id,
    long exerciseId,
    long groupId,
    long accountId,
    String name,
    String email,
    Role role,
    BigDecimal weight,
    long judgements,
    long ratings,
    OffsetDateTime submittedAt,
    OffsetDateTime createdAt,
    int version) {

  /** Whether they have judged a pair or rated a programme. */
  public boolean started() {
    return judgements > 0 || ratings > 0;
  }

  public boolean submitted() {
    return submittedAt != null;
  }
}
