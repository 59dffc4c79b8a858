package id.rancang.strategy;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** One part of a statistic's breakdown, e.g. the population of one kecamatan. */
public record BreakdownItem(
    @NotBlank(message = "{shared.validation.required}")
        @Size(max = 200, message = "{shared.validation.tooLong}")
        String label,
    @NotNull(message = "{shared.validation.required}")
        @Digits(integer = 16, fraction = 4, message = "{strategy.profile.value.digits}")
        BigDecimal value) {}
