package id.rancang.region;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The fields of an OPD that a user enters. */
public record OpdCommand(
    @NotBlank(message = "{shared.validation.required}")
        @Size(max = 200, message = "{shared.validation.tooLong}")
        String name,
    @NotBlank(message = "{shared.validation.required}")
        @Size(max = 40, message = "{shared.validation.tooLong}")
        String abbreviation,
    @Size(max = 200, message = "{shared.validation.tooLong}") String headName,
    @Email(message = "{shared.validation.email}")
        @Size(max = 200, message = "{shared.validation.tooLong}")
        String email,
    @Pattern(regexp = "^$|^[+0-9 ()-]{5,40}$", message = "{shared.validation.phone}") String phone,
    @Size(max = 500, message = "{shared.validation.tooLong}") String address) {}
