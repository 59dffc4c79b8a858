package id.rancang.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A person a region admin adds to the region. Without a password an invitation link is made; with
 * one the account is active at once.
 */
public record NewMemberCommand(
    @NotBlank(message = "{shared.validation.required}")
        @Email(message = "{shared.validation.email}")
        @Size(max = 200, message = "{shared.validation.tooLong}")
        String email,
    @NotBlank(message = "{shared.validation.required}")
        @Size(max = 200, message = "{shared.validation.tooLong}")
        String name,
    @NotNull(message = "{shared.validation.required}") Role role,
    Long opdId,
    @Size(max = 200, message = "{shared.validation.tooLong}") String password) {}
