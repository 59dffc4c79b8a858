package id.rancang.strategy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a user enters for an RPJMD mission, goal or target. {@code parentId} is null for a mission.
 * A code is letters, digits and {@code . - _ /} without spaces, so that a file can name it as a
 * parent.
 */
public record RpjmdItemCommand(
    @NotNull(message = "{shared.validation.required}") RpjmdItemKind kind,
    Long parentId,
    @NotBlank(message = "{shared.validation.required}")
        @Size(max = 40, message = "{shared.validation.tooLong}")
        @Pattern(
            regexp = "^\\s*[\\p{L}\\p{N}._/-]*\\s*$",
            message = "{strategy.rpjmd.code.invalid}")
        String code,
    @NotBlank(message = "{shared.validation.required}")
        @Size(max = 2000, message = "{shared.validation.tooLong}")
        String statement) {}
