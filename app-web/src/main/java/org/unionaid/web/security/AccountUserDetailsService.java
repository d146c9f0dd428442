package org.unionaid.web.security;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.user.UserAccounts;

/** Loads a user for the login form. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccounts users;
    private final LoginThrottle throttle;

    AccountUserDetailsService(UserAccounts users, LoginThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String loginName) {
        if (throttle.isLocked(loginName)) {
            // Before the password is even looked at: a guesser learns nothing more while locked out.
            throw new LockedException("too many failed logins");
        }
        return users.findByLoginName(loginName)
                .map(CurrentUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("unknown login"));
    }
}
