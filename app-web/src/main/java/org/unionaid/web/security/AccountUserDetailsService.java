package org.unionaid.web.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.user.UserAccounts;

/**
 * Loads a user for the login form. The throttle is not asked here but before ({@code ThrottledPasswords}): an
 * exception thrown from here is wrapped as an internal error and logged with its stack trace.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccounts users;

    AccountUserDetailsService(UserAccounts users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String loginName) {
        return users.findByLoginName(loginName)
                .map(CurrentUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("unknown login"));
    }
}
