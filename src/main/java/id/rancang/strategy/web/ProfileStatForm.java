package id.rancang.strategy.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A profile statistic as the page form sends it: the value as typed (read by {@code
 * ProfileStatistics.parseValue}) and the breakdown as {@code label=value} lines.
 */
public record ProfileStatForm(
    @NotBlank(message = "{shared.validation.required}")
        @Size(max = 200, message = "{shared.validation.tooLong}")
        String name,
    @NotBlank(message = "{shared.validation.required}")
        @Size(max = 40, message = "{shared.validation.tooLong}")
        String value,
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
    @Size(max = 20000, message = "{shared.validation.tooLong}") String breakdown) {}
