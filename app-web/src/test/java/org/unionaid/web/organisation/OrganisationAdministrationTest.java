package org.unionaid.web.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.OrganisationAdministration;
import org.unionaid.domain.organisation.OrganisationDetails;
import org.unionaid.domain.organisation.OrganisationType;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.organisation.RegionCode;
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.WebIntegrationTest;

@WebIntegrationTest
@Transactional
class OrganisationAdministrationTest {

    @Autowired
    OrganisationAdministration administration;

    @Autowired
    Organisations organisations;

    @Autowired
    DemoUsers demo;

    private static OrganisationDetails details(String code, OrganisationType type, String region) {
        return new OrganisationDetails(code, code + "工会", type, new RegionCode(region), false, null, null);
    }

    @Test
    void adminCreatesAUnionInsideItsSubtreeAndTheChangeIsAudited() {
        long before = demo.auditCount("xihu.admin", "ORGANISATION_CREATE", "SUCCESS");
        Organisation created = administration.create(demo.actor("xihu.admin"), demo.organisationId("ZJ-HZ-XH"),
                details("T-NEW-BASE", OrganisationType.BASE, "330106"));

        assertThat(created.getParentId()).isEqualTo(demo.organisationId("ZJ-HZ-XH"));
        assertThat(organisations.subtree(organisations.findById(demo.organisationId("ZJ-HZ-XH")).orElseThrow().path()))
                .extracting(Organisation::getCode).contains("T-NEW-BASE");
        assertThat(demo.auditCount("xihu.admin", "ORGANISATION_CREATE", "SUCCESS")).isEqualTo(before + 1);
    }

    @Test
    void duplicateCodeIsRefusedOnTheCodeField() {
        assertThatThrownBy(() -> administration.create(demo.actor("admin"), demo.organisationId("ZJ-HZ"),
                details("ZJ-HZ-XH", OrganisationType.COUNTY, "330106")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.messageKey()).isEqualTo("organisation.code.taken");
                });
    }

    @Test
    void unknownRegionCodeIsRefused() {
        assertThatThrownBy(() -> administration.create(demo.actor("admin"), demo.organisationId("ZJ-HZ"),
                details("T-BAD-REGION", OrganisationType.COUNTY, "339999")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("organisation.region.unknown"));
    }

    @Test
    void aCityCannotHangUnderABaseUnion() {
        assertThatThrownBy(() -> administration.create(demo.actor("admin"), demo.organisationId("ZJ-HZ-XH-LJ"),
                details("T-CITY", OrganisationType.CITY, "330100")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("organisation.type.notUnderParent"));
    }

    @Test
    void aCountyWithBaseUnionsCannotBecomeABaseUnion() {
        long xihu = demo.organisationId("ZJ-HZ-XH");
        OrganisationDetails old = administration.view(demo.actor("admin"), xihu).details();
        assertThatThrownBy(() -> administration.update(demo.actor("admin"), xihu, new OrganisationDetails(old.code(),
                old.name(), OrganisationType.BASE, old.regionCode(), false, null, null)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("organisation.type.childrenDoNotFit"));
    }

    @Test
    void movingACountyMovesItsBaseUnionsAlong() {
        long yuhang = demo.organisationId("ZJ-HZ-YH");
        long ningbo = demo.organisationId("ZJ-NB");
        administration.move(demo.actor("admin"), yuhang, ningbo);

        Organisation ningboNode = organisations.findById(ningbo).orElseThrow();
        assertThat(organisations.subtree(ningboNode.path())).extracting(Organisation::getCode)
                .contains("ZJ-HZ-YH", "ZJ-HZ-YH-FZ", "ZJ-HZ-YH-GJ", "ZJ-HZ-YH-JZ");
        Organisation hangzhou = organisations.findById(demo.organisationId("ZJ-HZ")).orElseThrow();
        assertThat(organisations.subtree(hangzhou.path())).extracting(Organisation::getCode)
                .doesNotContain("ZJ-HZ-YH", "ZJ-HZ-YH-FZ");
        assertThat(organisations.findById(yuhang).orElseThrow().getParentId()).isEqualTo(ningbo);
    }

    @Test
    void aUnionCannotMoveUnderItsOwnDescendant() {
        assertThatThrownBy(() -> administration.move(demo.actor("admin"), demo.organisationId("ZJ-HZ"),
                demo.organisationId("ZJ-HZ-XH")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("organisation.move.intoOwnSubtree"));
    }

    @Test
    void anAdminCannotMoveItsOwnUnionOutOfReach() {
        assertThatThrownBy(() -> administration.move(demo.actor("xihu.admin"), demo.organisationId("ZJ-HZ-XH"),
                demo.organisationId("ZJ-HZ-XH-LJ")))
                .isInstanceOf(OutsideScopeException.class);
    }

    @Test
    void editingRecordsOldAndNewValues() {
        long id = demo.organisationId("ZJ-HZ-XH-HW");
        Organisation organisation = administration.view(demo.actor("xihu.admin"), id);
        OrganisationDetails old = organisation.details();
        administration.update(demo.actor("xihu.admin"), id, new OrganisationDetails(old.code(), "西湖区环卫处工会",
                old.type(), old.regionCode(), old.runsAssistanceCentre(), "马兰", "0571-88888888"));

        assertThat(organisations.findById(id).orElseThrow().getName()).isEqualTo("西湖区环卫处工会");
        assertThat(demo.lastAuditDetail("xihu.admin", "ORGANISATION_UPDATE"))
                .contains("name: 西湖区环境卫生管理处工会 → 西湖区环卫处工会").contains("contactPerson: null → 马兰");
    }
}
