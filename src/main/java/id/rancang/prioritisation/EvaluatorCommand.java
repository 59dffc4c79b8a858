package id.rancang.prioritisation;

import java.math.BigDecimal;

/** Where an evaluator sits and their say within the group; a null field stays as it is. */
public record EvaluatorCommand(Long groupId, BigDecimal weight) {}
