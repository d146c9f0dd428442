package org.unionaid.web.support;

import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.web.security.CurrentUser;
import org.unionaid.web.security.SignedIn;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** Signs MockMvc requests in as a demo user, and finds demo unions and users by code or login. */
@Component
public class DemoUsers {

    public static final String PASSWORD = "unionaid2026";

    private final UserDetailsService userDetailsService;
    private final JdbcClient jdbc;

    DemoUsers(UserDetailsService userDetailsService, JdbcClient jdbc) {
        this.userDetailsService = userDetailsService;
        this.jdbc = jdbc;
    }

    /**
     * Signs the request in as the demo user with both factors proven (R-AUTH-01): a test of a page is not a test of
     * the login, which {@code SecondFactorLoginTest} and the browser tests go through.
     */
    public RequestPostProcessor as(String loginName) {
        return authentication(SignedIn.withSecondFactor(currentUser(loginName)));
    }

    public CurrentUser currentUser(String loginName) {
        return (CurrentUser) userDetailsService.loadUserByUsername(loginName);
    }

    /** The demo user at its own union, but acting with other roles (e.g. a province-wide clerk). */
    public Actor actor(String loginName, Role... roles) {
        Actor actor = actor(loginName);
        return new Actor(actor.userId(), actor.loginName(), actor.organisationId(), actor.organisationPath(),
                Set.of(roles), actor.remoteAddress());
    }

    /** The demo user as a use case sees it, calling from the local machine. */
    public Actor actor(String loginName) {
        return currentUser(loginName).actor("127.0.0.1");
    }

    public long organisationId(String code) {
        return jdbc.sql("select id from organisation where code = :code").param("code", code)
                .query(Long.class).single();
    }

    public long userId(String loginName) {
        return jdbc.sql("select id from user_account where login_name = :login").param("login", loginName)
                .query(Long.class).single();
    }

    public long auditCount(String loginName, String action, String outcome) {
        return jdbc.sql("""
                select count(*) from audit_event where actor_login = :login and action = :action and outcome = :outcome
                """).param("login", loginName).param("action", action).param("outcome", outcome)
                .query(Long.class).single();
    }

    public String lastAuditDetail(String loginName, String action) {
        return jdbc.sql("""
                select detail from audit_event where actor_login = :login and action = :action
                 order by id desc limit 1
                """).param("login", loginName).param("action", action).query(String.class).single();
    }

    public boolean userExists(String loginName) {
        return jdbc.sql("select count(*) from user_account where login_name = :login").param("login", loginName)
                .query(Long.class).single() > 0;
    }
}
