package org.unionaid.web.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.user.NewUser;
import org.unionaid.domain.user.UserAccount;
import org.unionaid.domain.user.UserAdministration;
import org.unionaid.domain.user.UserChanges;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.WebIntegrationTest;

@WebIntegrationTest
@Transactional
class UserAdministrationTest {

    @Autowired
    UserAdministration administration;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    DemoUsers demo;

    private UserAccount newClerk(String login, String password) {
        return administration.create(demo.actor("xihu.admin"), new NewUser(login, "测试录入员",
                demo.organisationId("ZJ-HZ-XH-LJ"), EnumSet.of(Role.CLERK), password));
    }

    @Test
    void createdUserHasAnAdaptiveHashNeverThePassword() {
        UserAccount user = newClerk("T.Clerk", "clerk2026secret");

        assertThat(user.getLoginName()).isEqualTo("t.clerk");
        assertThat(user.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("clerk2026secret");
        assertThat(passwordEncoder.matches("clerk2026secret", user.getPasswordHash())).isTrue();
    }

    @Test
    void weakPasswordsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> newClerk("t.short", "abc123"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.tooShort"));
        assertThatThrownBy(() -> newClerk("t.letters", "onlyletterspassword"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.lettersAndDigits"));
    }

    @Test
    void loginNamesAreUniqueWhateverTheCase() {
        assertThatThrownBy(() -> newClerk("CLERK", "clerk2026secret"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("loginName"));
    }

    @Test
    void userChangesOwnPasswordOnlyWithTheCurrentOne() {
        UserAccount user = newClerk("t.changer", "first2026secret");
        Actor self = new Actor(user.getId(), user.getLoginName(), user.getOrganisation().getId(),
                user.getOrganisation().path(), user.getRoles(), "127.0.0.1");

        assertThatThrownBy(() -> administration.changeOwnPassword(self, "not-the-current-1", "second2026secret"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.currentWrong"));

        administration.changeOwnPassword(self, "first2026secret", "second2026secret");
        assertThat(passwordEncoder.matches("second2026secret", user.getPasswordHash())).isTrue();
    }

    @Test
    void anAdminCannotLockItselfOut() {
        long self = demo.userId("xihu.admin");
        assertThatThrownBy(() -> administration.update(demo.actor("xihu.admin"), self,
                new UserChanges("周晓燕", demo.organisationId("ZJ-HZ-XH"), EnumSet.of(Role.ADMIN), false)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("user.selfLockout"));
    }

    @Test
    void disablingAUserIsAuditedWithBeforeAndAfter() {
        long clerk = demo.userId("reviewer");
        administration.update(demo.actor("xihu.admin"), clerk,
                new UserChanges("李娜", demo.organisationId("ZJ-HZ-XH-LJ"), EnumSet.of(Role.REVIEWER), false));

        assertThat(demo.lastAuditDetail("xihu.admin", "USER_UPDATE")).contains("enabled →").endsWith("disabled");
    }
}
