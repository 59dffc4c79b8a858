package id.rancang.region;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Title and period of a masterplan; the end year defaults to start + 9 (ten years). */
public record MasterplanCommand(
    @NotBlank(message = "{shared.validation.required}")
        @Size(max = 300, message = "{shared.validation.tooLong}")
        String title,
    @NotNull(message = "{shared.validation.required}")
        @Min(value = 2000, message = "{shared.validation.year}")
        @Max(value = 2100, message = "{shared.validation.year}")
        Integer startYear,
    @Min(value = 2000, message = "{shared.validation.year}")
        @Max(value = 2110, message = "{shared.validation.year}")
        Integer endYear) {

  public int effectiveEndYear() {
    return endYear == null ? startYear + 9 : endYear;
  }
}
