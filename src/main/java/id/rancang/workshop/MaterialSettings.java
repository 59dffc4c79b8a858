package id.rancang.workshop;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of workshop materials: {@code rancang.workshop.material-max-bytes} (default 20 MB). The
 * servlet's multipart limits (application.yml) are set above it, so that a larger file reaches the
 * workshop and is refused with its name and the limit.
 */
@ConfigurationProperties("rancang.workshop")
public record MaterialSettings(@DefaultValue("20971520") long materialMaxBytes) {}
