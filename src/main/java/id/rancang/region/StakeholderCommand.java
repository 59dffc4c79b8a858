package id.rancang.region;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The fields of a stakeholder that a user enters. Contact data may only be given together with
 * recorded consent ({@code consentGiven} and its purpose).
 */
public record StakeholderCommand(
    @NotNull(message = "{shared.validation.required}") StakeholderKind kind,
    @NotBlank(message = "{shared.validation.required}")
        @Size(max = 200, message = "{shared.validation.tooLong}")
        String name,
    @NotNull(message = "{shared.validation.required}") PentahelixRole pentahelixRole,
    @Size(max = 200, message = "{shared.validation.tooLong}") String organisation,
    @Size(max = 200, message = "{shared.validation.tooLong}") String position,
    @Email(message = "{shared.validation.email}")
        @Size(max = 200, message = "{shared.validation.tooLong}")
        String email,
    @Pattern(regexp = "^$|^[+0-9 ()-]{5,40}$", message = "{shared.validation.phone}") String phone,
    boolean consentGiven,
    @Size(max = 500, message = "{shared.validation.tooLong}") String consentPurpose) {}
