package id.rancang.shared.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Static files under their own paths only ({@code spring.web.resources.add-mappings=false} turns
 * off Spring Boot's {@code /**} mapping). With {@code /**}, every link a page renders
 * ({@code @{...}} in a template, through the resource URL encoding filter the webjar resolver
 * brings) was looked up as a file in four class-path locations, and a failed look-up in the
 * executable jar walks its nested jars: that made the programme catalogue page about 40 times
 * slower than the same data as JSON (bench/README.md, Buku 2). Now only links under these paths are
 * resolved.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
    registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
    registry.addResourceHandler("/img/**").addResourceLocations("classpath:/static/img/");
    // versionless webjar paths, e.g. /webjars/htmx.org/dist/htmx.min.js
    registry
        .addResourceHandler("/webjars/**")
        .addResourceLocations("classpath:/META-INF/resources/webjars/")
        .resourceChain(true)
        .addResolver(new LiteWebJarsResourceResolver());
  }
}
