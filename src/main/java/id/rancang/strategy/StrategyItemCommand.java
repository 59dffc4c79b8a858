package id.rancang.strategy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;

/**
 * What a user enters for a mission, goal or target. {@code parentId} is the mission of a goal or
 * the goal of a target; {@code code} is optional (e.g. M1, T1.2); the lists may be empty; {@code
 * order} (1-based, optional) places the item among its siblings, at the end when left out.
 */
public record StrategyItemCommand(
    @NotNull(message = "{shared.validation.required}") StrategyItemKind kind,
    Long parentId,
    @Size(max = 40, message = "{shared.validation.tooLong}")
        @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{strategy.item.codeFormat}")
        String code,
    @NotBlank(message = "{shared.validation.required}")
        @Size(max = 2000, message = "{shared.validation.tooLong}")
        String statement,
    List<Dimension> dimensions,
    List<Element> elements,
    List<Long> rpjmdItemIds,
    @Positive(message = "{strategy.item.orderPositive}") Integer order) {

  public StrategyItemCommand {
    dimensions = present(dimensions);
    elements = present(elements);
    rpjmdItemIds = present(rpjmdItemIds);
  }

  private static <T> List<T> present(List<T> values) {
    return values == null
        ? List.of()
        : values.stream().filter(Objects::nonNull).distinct().toList();
  }
}
