package id.rancang.identity.internal;

import id.rancang.identity.AccountCatalog;
import id.rancang.identity.AccountNotVerifiedException;
import id.rancang.identity.AccountStatus;
import id.rancang.identity.ApiTokens;
import id.rancang.identity.IdentityProperties;
import id.rancang.identity.LoginThrottle;
import id.rancang.identity.RancangUser;
import id.rancang.region.CurrentRegion;
import id.rancang.region.MasterplanManagement;
import id.rancang.region.RegionCatalog;
import id.rancang.shared.web.Messages;
import id.rancang.shared.web.ProblemWriter;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Two filter chains: the JSON API (stateless, bearer tokens, problem+json answers) and the pages
 * (form sign-in, sessions in PostgreSQL, CSRF protection including htmx requests).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(IdentityProperties.class)
class SecurityConfiguration {

  /** Argon2id for new hashes; bcrypt hashes are still accepted. */
  @Bean
  PasswordEncoder passwordEncoder() {
    return new DelegatingPasswordEncoder(
        "argon2",
        Map.of(
            "argon2",
            Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
            "bcrypt",
            new BCryptPasswordEncoder()));
  }

  @Bean
  AccountDetailsService accountDetailsService(JdbcClient jdbc) {
    return new AccountDetailsService(jdbc);
  }

  @Bean
  AuthenticationManager authenticationManager(
      AccountDetailsService accounts, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
    DaoAuthenticationProvider dao = new DaoAuthenticationProvider(accounts);
    dao.setPasswordEncoder(passwordEncoder);
    // Whether an account may sign in is told only to whoever knows its password: checked after it
    // (by default Spring checks before, which tells anybody that an address has an account).
    dao.setPreAuthenticationChecks(user -> {});
    dao.setPostAuthenticationChecks(
        user -> {
          if (user instanceof RancangUser rancang && rancang.status() == AccountStatus.UNVERIFIED) {
            throw new AccountNotVerifiedException("e-mail address not verified yet");
          }
          if (!user.isEnabled()) {
            throw new DisabledException("account not active");
          }
        });
    return new ProviderManager(new ThrottledAuthenticationProvider(dao, throttle));
  }

  @Bean
  RegionContextFilter regionContextFilter(
      RegionCatalog regions,
      AccountCatalog accounts,
      CurrentRegion current,
      MasterplanManagement masterplans,
      java.util.List<id.rancang.region.RegionOwnedRecords> ownedRecords,
      Messages messages) {
    return new RegionContextFilter(regions, accounts, current, masterplans, ownedRecords, messages);
  }

  @Bean
  org.springframework.boot.web.servlet.FilterRegistrationBean<RegionContextFilter>
      regionContextFilterRegistration(RegionContextFilter filter) {
    var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(filter);
    registration.setEnabled(false);
    return registration;
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiChain(
      HttpSecurity http,
      ApiTokens tokens,
      AccountDetailsService accounts,
      RegionContextFilter regionFilter,
      Messages messages)
      throws Exception {
    BearerTokenFilter bearer = new BearerTokenFilter(tokens, accounts, messages);
    http.securityMatcher("/api/**")
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .formLogin(form -> form.disable())
        .httpBasic(basic -> basic.disable())
        .logout(logout -> logout.disable())
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(HttpMethod.POST, "/api/v1/auth/token")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .addFilterBefore(bearer, AuthorizationFilter.class)
        .addFilterAfter(regionFilter, BearerTokenFilter.class)
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(
                        (request, response, ex) ->
                            ProblemWriter.write(
                                response,
                                HttpStatus.UNAUTHORIZED,
                                messages.get("shared.error.401.title"),
                                messages.get("shared.error.401.text")))
                    .accessDeniedHandler(
                        (request, response, ex) ->
                            ProblemWriter.write(
                                response,
                                HttpStatus.FORBIDDEN,
                                messages.get("shared.error.403.title"),
                                messages.get("shared.error.403.text"))));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain pageChain(
      HttpSecurity http,
      RegionContextFilter regionFilter,
      AuthenticationManager authenticationManager,
      AccountCatalog accounts,
      LocaleResolver localeResolver)
      throws Exception {
    SavedRequestAwareAuthenticationSuccessHandler success =
        new SavedRequestAwareAuthenticationSuccessHandler() {
          @Override
          public void onAuthenticationSuccess(
              jakarta.servlet.http.HttpServletRequest request,
              jakarta.servlet.http.HttpServletResponse response,
              org.springframework.security.core.Authentication authentication)
              throws jakarta.servlet.ServletException, java.io.IOException {
            // the language the person chose on their account page follows them to every browser
            // unless a language was already chosen in this browser (the ID | EN switch)
            boolean chosenHere =
                request.getCookies() != null
                    && java.util.Arrays.stream(request.getCookies())
                        .anyMatch(c -> c.getName().equals(Messages.LANGUAGE_COOKIE));
            if (!chosenHere
                && authentication.getPrincipal() instanceof id.rancang.identity.RancangUser user) {
              accounts
                  .findById(user.accountId())
                  .ifPresent(
                      a ->
                          localeResolver.setLocale(
                              request, response, java.util.Locale.forLanguageTag(a.locale())));
            }
            super.onAuthenticationSuccess(request, response, authentication);
          }
        };
    SimpleUrlAuthenticationFailureHandler failure =
        new SimpleUrlAuthenticationFailureHandler("/login?error") {
          @Override
          public void onAuthenticationFailure(
              jakarta.servlet.http.HttpServletRequest request,
              jakarta.servlet.http.HttpServletResponse response,
              org.springframework.security.core.AuthenticationException exception)
              throws java.io.IOException, jakarta.servlet.ServletException {
            String target =
                exception instanceof LockedException
                    ? "/login?locked"
                    : exception instanceof AccountNotVerifiedException
                        ? "/login?unverified"
                        : "/login?error";
            getRedirectStrategy().sendRedirect(request, response, target);
          }
        };
    http.authenticationManager(authenticationManager)
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(
                        "/login",
                        "/invitation/**",
                        "/password/**",
                        "/register/**",
                        "/public/**",
                        "/webjars/**",
                        "/css/**",
                        "/js/**",
                        "/img/**",
                        "/favicon.ico",
                        "/error",
                        "/actuator/health/**",
                        "/actuator/prometheus",
                        "/v3/api-docs/**",
                        "/swagger-ui/**",
                        "/swagger-ui.html")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .formLogin(
            form ->
                form.loginPage("/login")
                    .usernameParameter("email")
                    .successHandler(success)
                    .failureHandler(failure)
                    .permitAll())
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
        .exceptionHandling(
            e -> e.accessDeniedHandler((request, response, ex) -> response.sendError(403)))
        .headers(
            headers ->
                headers.contentSecurityPolicy(
                    csp ->
                        csp.policyDirectives(
                            "default-src 'self'; img-src 'self' data:; style-src 'self'"
                                + " 'unsafe-inline'; script-src 'self' 'unsafe-inline';"
                                + " frame-ancestors 'none'")))
        .addFilterBefore(regionFilter, AuthorizationFilter.class);
    return http.build();
  }
}
