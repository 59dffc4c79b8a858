package id.rancang.strategy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a user enters for the RPJMD itself. The period also has to end no earlier than it starts and
 * last at most 10 years ({@link RpjmdPlan} checks that).
 */
public record RpjmdCommand(
    @NotNull(message = "{shared.validation.required}")
        @Min(value = 2000, message = "{strategy.rpjmd.year.range}")
        @Max(value = 2200, message = "{strategy.rpjmd.year.range}")
        Integer startYear,
    @NotNull(message = "{shared.validation.required}")
        @Min(value = 2000, message = "{strategy.rpjmd.year.range}")
        @Max(value = 2200, message = "{strategy.rpjmd.year.range}")
        Integer endYear,
    @NotBlank(message = "{shared.validation.required}")
        @Size(max = 2000, message = "{shared.validation.tooLong}")
        String vision,
    @Size(max = 500, message = "{shared.validation.tooLong}") String regulation) {}
