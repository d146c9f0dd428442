package org.unionaid.web.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionaid.domain.organisation.OrganisationType;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.organisation.Regions;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.user.PasswordHasher;
import org.unionaid.domain.user.PasswordHistory;
import org.unionaid.domain.user.UserAccount;
import org.unionaid.domain.user.UserAccounts;
import org.unionaid.web.support.WebIntegrationTest;

/** The first start of a production installation: its top union and first admin from settings. */
@WebIntegrationTest
@Transactional
class FirstInstallationTest {

    @Autowired
    Organisations organisations;

    @Autowired
    Regions regions;

    @Autowired
    UserAccounts users;

    @Autowired
    PasswordHasher passwordHasher;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    PasswordHistory passwordHistory;

    @Autowired
    TransactionTemplate transaction;

    private FirstInstallation installation(BootstrapSettings settings) {
        return new FirstInstallation(settings, organisations, regions, users, passwordHasher, passwordHistory,
                transaction);
    }

    private static BootstrapSettings settings(String password) {
        return new BootstrapSettings("JS", "江苏省总工会", OrganisationType.PROVINCE, "320000", "js.admin", "省总管理员",
                password);
    }

    @Test
    void createsTheTopUnionAndAnAdminWhoManagesIt() {
        BootstrapSettings settings = settings("jiangsu2026first");
        UserAccount admin = installation(settings).install(settings);

        assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
        assertThat(admin.getOrganisation().isRoot()).isTrue();
        assertThat(admin.getOrganisation().getName()).isEqualTo("江苏省总工会");
        assertThat(passwordEncoder.matches("jiangsu2026first", admin.getPasswordHash())).isTrue();
        assertThat(users.findByLoginName("JS.Admin")).isPresent();
    }

    @Test
    void aWeakFirstPasswordIsRefused() {
        BootstrapSettings settings = settings("short");
        assertThatThrownBy(() -> installation(settings).install(settings)).isInstanceOf(DomainException.class);
    }

    @Test
    void incompleteSettingsAreRecognised() {
        assertThat(settings("jiangsu2026first").isComplete()).isTrue();
        assertThat(new BootstrapSettings("JS", "江苏省总工会", null, "320000", "js.admin", "管理员", "x")
                .isComplete()).isFalse();
        assertThat(new BootstrapSettings(null, null, null, null, null, null, null).isComplete()).isFalse();
    }

    @Test
    void theDemoDatabaseIsNotEmpty() {
        assertThat(organisations.isEmpty()).isFalse();
    }
}
