package id.rancang.strategy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** The fields of a profile statistic that a user enters; the breakdown may be empty. */
public record ProfileStatCommand(
    @NotBlank(message = "{shared.validation.required}")
        @Size(max = 200, message = "{shared.validation.tooLong}")
        String name,
    @NotNull(message = "{shared.validation.required}")
        @Digits(integer = 16, fraction = 4, message = "{strategy.profile.value.digits}")
        BigDecimal value,
    @NotBlank(message = "{shared.validation.required}")
        @Size(max = 40, message = "{shared.validation.tooLong}")
        String unit,
    @NotNull(message = "{shared.validation.required}")
        @Min(value = 1900, message = "{strategy.profile.year.range}")
        @Max(value = 2200, message = "{strategy.profile.year.range}")
        Integer year,
    @NotBlank(message = "{shared.validation.required}")
        @Size(max = 500, message = "{shared.validation.tooLong}")
        String source,
    @Size(max = 500, message = "{shared.validation.tooLong}")
        List<@Valid BreakdownItem> breakdown) {

  public ProfileStatCommand {
    breakdown = breakdown == null ? List.of() : breakdown;
  }
}
