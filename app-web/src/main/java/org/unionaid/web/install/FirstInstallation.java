package org.unionaid.web.install;

import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.OrganisationDetails;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.organisation.RegionCode;
import org.unionaid.domain.organisation.Regions;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.user.PasswordHasher;
import org.unionaid.domain.user.PasswordHistory;
import org.unionaid.domain.user.PasswordPolicy;
import org.unionaid.domain.user.UserAccount;
import org.unionaid.domain.user.UserAccounts;

/**
 * A production database starts empty, and only an admin can create unions and users. On the first
 * start with {@code unionaid.bootstrap.*} settings, this creates the top union of the deployment
 * and its first admin; afterwards the settings are ignored (and should be removed).
 */
@Component
@ConditionalOnProperty(name = "unionaid.demo-data.enabled", havingValue = "false", matchIfMissing = true)
class FirstInstallation {

    private static final Logger log = LoggerFactory.getLogger(FirstInstallation.class);

    private final BootstrapSettings settings;
    private final Organisations organisations;
    private final Regions regions;
    private final UserAccounts users;
    private final PasswordHasher passwordHasher;
    private final PasswordHistory passwordHistory;
    private final TransactionTemplate transaction;

    FirstInstallation(BootstrapSettings settings, Organisations organisations, Regions regions, UserAccounts users,
            PasswordHasher passwordHasher, PasswordHistory passwordHistory, TransactionTemplate transaction) {
        this.passwordHistory = passwordHistory;
        this.settings = settings;
        this.organisations = organisations;
        this.regions = regions;
        this.users = users;
        this.passwordHasher = passwordHasher;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    void installIfEmpty() {
        transaction.executeWithoutResult(status -> {
            if (organisations.isEmpty()) {
                if (settings.isComplete()) {
                    install(settings);
                } else {
                    log.warn("The database holds no union yet. Set UNIONAID_BOOTSTRAP_ORGANISATION_CODE, "
                            + "_ORGANISATION_NAME, _ORGANISATION_TYPE, _REGION_CODE, _ADMIN_LOGIN, _ADMIN_NAME and "
                            + "_ADMIN_PASSWORD (prefix UNIONAID_BOOTSTRAP) once to create the top union and its admin.");
                }
            }
        });
    }

    /** Creates the top union and its admin; the caller holds the transaction. */
    UserAccount install(BootstrapSettings settings) {
        RegionCode region = new RegionCode(settings.regionCode());
        if (regions.nameOf(region).isEmpty()) {
            throw new IllegalStateException("unionaid.bootstrap.region-code " + region.value() + " is no GB/T 2260 code");
        }
        PasswordPolicy.check("password", settings.adminPassword(), settings.adminLogin());
        Organisation top = organisations.add(Organisation.root(organisations.nextId(), new OrganisationDetails(
                settings.organisationCode(), settings.organisationName(), settings.organisationType(), region, true,
                null, null)));
        UserAccount admin = users.add(new UserAccount(settings.adminLogin(), settings.adminName(), top,
                EnumSet.of(Role.ADMIN), passwordHasher.hash(settings.adminPassword())));
        // Its first password, for R-AUTH-08's last five; its second factor is enrolled at its first login.
        passwordHistory.add(admin.getId(), admin.getPasswordHash(), admin.getPasswordChangedAt());
        log.info("First installation: created union {} and its admin {}", top.getCode(), admin.getLoginName());
        return admin;
    }
}
