package org.unionaid.domain.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.unionaid.domain.scope.OrganisationPath;

/** Specifies R-SEC-01 (docs/rules.md). */
class ActorTest {

    private final Actor countyAdmin = new Actor(7, "xihu.admin", 5, new OrganisationPath("/1/3/5/"),
            EnumSet.of(Role.ADMIN), "127.0.0.1");

    @Test
    void reachesItsOwnUnionAndBelowOnly() {
        assertThat(countyAdmin.reaches(new OrganisationPath("/1/3/5/"))).isTrue();
        assertThat(countyAdmin.reaches(new OrganisationPath("/1/3/5/9/"))).isTrue();
        assertThat(countyAdmin.reaches(new OrganisationPath("/1/3/"))).as("parent").isFalse();
        assertThat(countyAdmin.reaches(new OrganisationPath("/1/3/6/"))).as("sibling").isFalse();
        assertThat(countyAdmin.reaches(new OrganisationPath("/1/3/55/"))).as("id prefix").isFalse();
    }

    @Test
    void requireAsksBothQuestions() {
        assertThatCode(() -> countyAdmin.require(Role.ADMIN, new OrganisationPath("/1/3/5/9/")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> countyAdmin.require(Role.APPROVER, new OrganisationPath("/1/3/5/9/")))
                .isInstanceOf(OutsideScopeException.class);
        assertThatThrownBy(() -> countyAdmin.require(Role.ADMIN, new OrganisationPath("/1/3/6/")))
                .isInstanceOf(OutsideScopeException.class);
    }
}
