package id.rancang.region;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** What a system administrator enters to create a region, or a region admin to edit it. */
public record RegionCommand(
    @NotBlank(message = "{shared.validation.required}") String code,
    @NotBlank(message = "{shared.validation.required}")
        @Size(max = 200, message = "{shared.validation.tooLong}")
        String name,
    @NotNull(message = "{shared.validation.required}") RegionType type,
    @NotBlank(message = "{shared.validation.required}")
        @Size(max = 200, message = "{shared.validation.tooLong}")
        String province,
    @Size(max = 200, message = "{shared.validation.tooLong}") String capital,
    @DecimalMin(value = "0.01", message = "{shared.validation.positive}") BigDecimal areaKm2,
    @Positive(message = "{shared.validation.positive}") Long population,
    @Min(value = 1900, message = "{shared.validation.year}")
        @Max(value = 2200, message = "{shared.validation.year}")
        Integer populationYear,
    @Size(max = 300, message = "{shared.validation.tooLong}") String populationSource) {}
