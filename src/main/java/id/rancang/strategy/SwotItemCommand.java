package id.rancang.strategy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a user enters for a SWOT item. */
public record SwotItemCommand(
    @NotNull(message = "{shared.validation.required}") Dimension dimension,
    @NotNull(message = "{shared.validation.required}") Pillar pillar,
    @NotNull(message = "{shared.validation.required}") SwotKind kind,
    @NotBlank(message = "{shared.validation.required}")
        @Size(max = 2000, message = "{shared.validation.tooLong}")
        String statement) {}
