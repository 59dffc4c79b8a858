package id.rancang.prioritisation;

import id.rancang.region.PentahelixRole;
import java.math.BigDecimal;

/** An evaluator group as the team enters it; {@code weight} (above 0) defaults to 1 when null. */
public record EvaluatorGroupCommand(
    String name, PentahelixRole pentahelixRole, BigDecimal weight) {}
