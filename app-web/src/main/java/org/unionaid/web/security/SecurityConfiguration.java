package org.unionaid.web.security;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.unionaid.domain.login.SecondFactorLogin;

/**
 * Form login with a Chinese login page, a second step for those who must prove a second factor (R-AUTH-01),
 * CSRF on, a new session id at each step, and URL rules by role. URL rules are the first fence only: every use
 * case checks role and organisation subtree again.
 */
@Configuration
class SecurityConfiguration {

    /**
     * R-AUTH-09 — no browser feature the application does not use, for any page or script. The camera is its own
     * origin's: the offline visit page takes photos of a visit (issue 22).
     */
    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(self), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=()";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuditingAccessDeniedHandler accessDeniedHandler,
            SessionRegistry sessionRegistry, AuthenticationManager passwords, SecurityContextRepository contexts,
            SecondFactorLogin secondFactors, Clock clock) throws Exception {
        AuthorizationManager<RequestAuthorizationContext> signedIn = SecondFactorGate.signedIn();
        http.authenticationManager(passwords)
                .securityContext(context -> context.securityContextRepository(contexts))
                .addFilterBefore(new SecondFactorGate(), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/login/**", "/css/**", "/js/**", "/webjars/**", "/favicon.ico",
                                "/error", "/actuator/health")
                        .permitAll()
                        // The offline app's manifest, icon and service worker hold no data: a phone installs them.
                        // The page itself and what it fetches need a complete login like every other page.
                        .requestMatchers("/offline/manifest.webmanifest", "/offline/sw.js", "/offline/icon.svg")
                        .permitAll()
                        .requestMatchers("/admin/**").access(signedInWith(signedIn, "ADMIN"))
                        .requestMatchers("/audit/**").access(signedInWith(signedIn, "ADMIN", "AUDITOR"))
                        .requestMatchers("/ledger", "/ledger/**")
                        .access(signedInWith(signedIn, "FINANCE", "APPROVER", "ADMIN", "AUDITOR"))
                        .anyRequest().access(signedIn))
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(new PasswordStepHandler(secondFactors, contexts, clock))
                        // A throttled or locked attempt is told so; any other failure gets the one generic answer.
                        .failureHandler((request, response, exception) -> response.sendRedirect(
                                request.getContextPath() + (exception instanceof LoginRefusedException refused
                                        ? refused.loginPage() : "/login?error"))))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
                        .maximumSessions(-1).sessionRegistry(sessionRegistry).expiredUrl("/login?expired"))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(accessDeniedHandler))
                // R-AUTH-09: on every response. HSTS only goes out over TLS (a browser ignores it over plain
                // HTTP), which is Spring Security's own rule; its lifetime is stated here so that it is on record.
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                        + "frame-ancestors 'none'; form-action 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true)));
        return http.build();
    }

    /** A complete login (R-AUTH-01) holding one of the roles. */
    private static AuthorizationManager<RequestAuthorizationContext> signedInWith(
            AuthorizationManager<RequestAuthorizationContext> signedIn, String... roles) {
        return AuthorizationManagers.allOf(signedIn, AuthorityAuthorizationManager.hasAnyRole(roles));
    }

    /**
     * The password step: bcrypt through the user details, behind the throttle (R-AUTH-05, R-AUTH-06). Its events
     * (success, bad password, disabled account) reach {@link AuthenticationAuditListener}.
     */
    @Bean
    AuthenticationManager passwordAuthentication(UserDetailsService users, PasswordEncoder encoder,
            LoginThrottle throttle, RefusedLogins refused, ApplicationEventPublisher events) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        ProviderManager manager = new ProviderManager(new ThrottledPasswords(passwords, throttle, refused));
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    /** Where the login of a request is kept between requests: the session (in PostgreSQL), as Spring's default. */
    @Bean
    SecurityContextRepository securityContextRepository() {
        return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
                new HttpSessionSecurityContextRepository());
    }

    /**
     * Finds a user's sessions, so that a change to a user can end them. The sessions live in PostgreSQL
     * (Spring Session JDBC, V45), indexed by login name, so every node sees and ends the same ones.
     */
    @Bean
    <S extends Session> SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
        return new SpringSessionBackedSessionRegistry<>(sessions);
    }

    /**
     * Two requests of one session at once (two tabs, a double click, two nodes) may both add the same
     * attribute, e.g. a flash message: PostgreSQL's {@code insert … on conflict do update} lets the later
     * write win instead of failing the request on the primary key.
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgresSessionWrites() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /**
     * No observation around each of the chain's filters: they wrapped every request in some thirty observation
     * starts and stops, a few percent of a page's CPU (docs/benchmarks.md, pages), and nothing reads them. The
     * request's own observation (http.server.requests) stays, and so do the audit log's login events.
     */
    @Bean
    SecurityObservationSettings noFilterObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** bcrypt today, with the algorithm id stored in the hash so a stronger one can follow. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
