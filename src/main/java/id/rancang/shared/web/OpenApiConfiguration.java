package id.rancang.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at {@code /v3/api-docs}: bearer tokens from POST /api/v1/auth/token. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  @Bean
  OpenAPI rancangOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Rancang API")
                .version("v1")
                .description(
                    "Smart City Masterplan workbench. Get a token with POST /api/v1/auth/token"
                        + " ({\"email\", \"password\"}) and send it as 'Authorization: Bearer"
                        + " <token>'. Errors are application/problem+json; lists are arrays with"
                        + " X-Total-Count; changes need the version read (body or If-Match)."))
        .components(
            new Components()
                .addSecuritySchemes(
                    "bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
        .addSecurityItem(new SecurityRequirement().addList("bearer"));
  }
}
