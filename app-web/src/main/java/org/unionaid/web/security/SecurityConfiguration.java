package org.unionaid.web.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

/**
 * Form login with a Chinese login page, CSRF on, a new session id at login, and URL rules by role.
 * URL rules are the first fence only: every use case checks role and organisation subtree again.
 */
@Configuration
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuditingAccessDeniedHandler accessDeniedHandler,
            SessionRegistry sessionRegistry, LoginThrottle throttle) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
                        "/actuator/health")
                .permitAll()
                .requestMatchers("/admin/**").hasRole("ADMIN")
                .requestMatchers("/audit/**").hasAnyRole("ADMIN", "AUDITOR")
                .requestMatchers("/ledger", "/ledger/**").hasAnyRole("FINANCE", "APPROVER", "ADMIN", "AUDITOR")
                .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true)
                        // A locked name is told so; any other failure gets the one generic answer.
                        .failureHandler((request, response, exception) -> response.sendRedirect(
                                request.getContextPath() + (throttle.isLocked(request.getParameter("username"))
                                        ? "/login?locked" : "/login?error"))))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
                        .maximumSessions(-1).sessionRegistry(sessionRegistry).expiredUrl("/login?expired"))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(accessDeniedHandler))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                + "frame-ancestors 'none'; form-action 'self'")));
        return http.build();
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

    /** bcrypt today, with the algorithm id stored in the hash so a stronger one can follow. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
