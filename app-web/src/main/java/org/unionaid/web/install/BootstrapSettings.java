package org.unionaid.web.install;

import java.util.stream.Stream;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.unionaid.domain.organisation.OrganisationType;

/** {@code unionaid.bootstrap.*}: the top union and first admin of a new installation. */
@ConfigurationProperties("unionaid.bootstrap")
record BootstrapSettings(String organisationCode, String organisationName, OrganisationType organisationType,
        String regionCode, String adminLogin, String adminName, String adminPassword) {

    boolean isComplete() {
        return organisationType != null && Stream.of(organisationCode, organisationName, regionCode, adminLogin,
                adminName, adminPassword).allMatch(value -> value != null && !value.isBlank());
    }
}
