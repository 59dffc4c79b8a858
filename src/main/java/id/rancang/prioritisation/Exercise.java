package id.rancang.prioritisation;

import id.rancang.prioritisation.rules.IncompleteMethod;
import id.rancang.prioritisation.rules.RandomIndexTable;
import java.time.OffsetDateTime;

/**
 * A prioritisation exercise of a masterplan: how evaluators' input is combined ({@code
 * aggregation}), which random-index table the consistency ratio uses ({@code riTable}), how partial
 * comparisons are solved ({@code incompleteMethod}), where it stands ({@code status}) and the
 * workshop (Bimtek) it belongs to, if any.
 */
public record Exercise(
    long id,
    long masterplanId,
    String name,
    String description,
    Aggregation aggregation,
    RandomIndexTable riTable,
    IncompleteMethod incompleteMethod,
    ExerciseStatus status,
    Long workshopId,
    OffsetDateTime createdAt,
    OffsetDateTime publishedAt,
    int version) {}
