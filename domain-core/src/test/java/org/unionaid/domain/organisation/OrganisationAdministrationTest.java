package org.unionaid.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.unionaid.domain.organisation.OrganisationType.BASE;
import static org.unionaid.domain.organisation.OrganisationType.CITY;
import static org.unionaid.domain.organisation.OrganisationType.COUNTY;
import static org.unionaid.domain.organisation.OrganisationType.INDUSTRY;
import static org.unionaid.domain.organisation.OrganisationType.PROVINCE;
import static org.unionaid.domain.organisation.OrganisationType.PROVINCIAL_ORGANS;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.data.domain.Pageable;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.fixtures.Actors;
import org.unionaid.domain.fixtures.InMemoryOrganisations;
import org.unionaid.domain.fixtures.InMemoryRegions;
import org.unionaid.domain.fixtures.RecordingAuditLog;
import org.unionaid.domain.fixtures.UnionTree;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.NotFoundException;

/**
 * The union tree as admins change it: what may hang under what, moving a union with its subtree, and
 * the admin's own subtree as the limit of everything.
 *
 * <pre>
 * ZJ province ─┬─ HZ city ─┬─ XH county ─┬─ XH-1 base
 *              │           │             └─ XH-IND industry ── XH-IND-1 base
 *              │           └─ BJ county
 *              ├─ NB city
 *              └─ SZ provincial organs
 * </pre>
 */
class OrganisationAdministrationTest {

    private final InMemoryOrganisations organisations = new InMemoryOrganisations();
    private final RecordingAuditLog auditLog = new RecordingAuditLog(organisations);
    private final OrganisationAdministration administration = new OrganisationAdministration(organisations,
            new InMemoryRegions(), auditLog);
    private final UnionTree tree = new UnionTree(organisations);
    private final Organisation province = tree.root("ZJ", PROVINCE);
    private final Organisation hangzhou = tree.under(province, "HZ", CITY, InMemoryRegions.HANGZHOU);
    private final Organisation xihu = tree.under(hangzhou, "XH", COUNTY, InMemoryRegions.XIHU);
    private final Organisation xihuBase = tree.under(xihu, "XH-1", BASE, InMemoryRegions.XIHU);
    private final Organisation xihuIndustry = tree.under(xihu, "XH-IND", INDUSTRY, InMemoryRegions.XIHU);
    private final Organisation xihuIndustryBase = tree.under(xihuIndustry, "XH-IND-1", BASE, InMemoryRegions.XIHU);
    private final Organisation binjiang = tree.under(hangzhou, "BJ", COUNTY, InMemoryRegions.BINJIANG);
    private final Organisation ningbo = tree.under(province, "NB", CITY);
    private final Organisation provincialOrgans = tree.under(province, "SZ", PROVINCIAL_ORGANS);

    private final Actor provinceAdmin = Actors.admin(province);
    private final Actor cityAdmin = Actors.admin(hangzhou);

    private static OrganisationDetails details(String code, OrganisationType type) {
        return UnionTree.details(code, type, InMemoryRegions.XIHU);
    }

    private Map<String, String> pathsByCode() {
        return organisations.subtree(province.path()).stream()
                .collect(Collectors.toMap(Organisation::getCode, o -> o.path().value()));
    }

    /** Runs a refused change and checks that it left the tree and the log as they were. */
    private <T extends Throwable> T refused(Class<T> type, Executable change) {
        Map<String, String> before = pathsByCode();
        long count = organisations.countSubtree(province.path());
        List<AuditEntry> logged = auditLog.entries();
        T refusal = assertThrows(type, change);
        assertThat(pathsByCode()).isEqualTo(before);
        assertThat(organisations.countSubtree(province.path())).isEqualTo(count);
        assertThat(auditLog.entries()).isEqualTo(logged);
        return refusal;
    }

    private DomainException refusedByRule(Executable change) {
        return refused(DomainException.class, change);
    }

    @Test
    void anAdminCreatesAUnionDirectlyUnderAParentInItsSubtree() {
        Organisation base = administration.create(cityAdmin, binjiang.getId(), details("BJ-1", BASE));

        assertThat(base.getParentId()).isEqualTo(binjiang.getId());
        assertThat(base.path()).isEqualTo(binjiang.path().child(base.getId()));
        assertThat(organisations.findById(base.getId())).containsSame(base);
        assertThat(auditLog.last().action()).isEqualTo(AuditAction.ORGANISATION_CREATE);
        assertThat(auditLog.last().detail()).isEqualTo("BJ-1 BJ-1工会 under BJ");
    }

    @Test
    void aParentOutsideTheAdminsSubtreeIsRefused() {
        refused(OutsideScopeException.class,
                () -> administration.create(Actors.admin(xihu), binjiang.getId(), details("BJ-1", BASE)));
        refused(OutsideScopeException.class,
                () -> administration.create(cityAdmin, ningbo.getId(), details("NB-1", COUNTY)));
        refused(OutsideScopeException.class,
                () -> administration.create(Actors.admin(xihu), hangzhou.getId(), details("HZ-1", COUNTY)));
    }

    @Test
    void onlyAnAdministratorChangesTheTree() {
        Actor approver = Actors.of(province, Role.APPROVER, Role.FINANCE, Role.AUDITOR);

        refused(OutsideScopeException.class,
                () -> administration.create(approver, binjiang.getId(), details("BJ-1", BASE)));
        refused(OutsideScopeException.class,
                () -> administration.update(approver, binjiang.getId(), details("BJ", COUNTY)));
        refused(OutsideScopeException.class,
                () -> administration.move(approver, binjiang.getId(), ningbo.getId()));
    }

    @Test
    void aUnionHangsOnlyUnderATypeThatTakesIt() {
        for (Object[] wrong : new Object[][] {{xihu, COUNTY}, {xihuBase, BASE}, {hangzhou, CITY},
                {provincialOrgans, COUNTY}, {xihuIndustry, INDUSTRY}, {province, PROVINCE}}) {
            Organisation parent = (Organisation) wrong[0];
            OrganisationType type = (OrganisationType) wrong[1];
            DomainException refusal = refusedByRule(
                    () -> administration.create(provinceAdmin, parent.getId(), details("NEW", type)));
            assertThat(refusal.messageKey()).as(type + " under " + parent.getType())
                    .isEqualTo("organisation.type.notUnderParent");
            assertThat(refusal.field()).isEqualTo("type");
        }
    }

    @Test
    void countiesHangUnderCitiesOrDirectlyUnderTheProvinceAndIndustryUnionsUnderAnyLevelFromCountyUp() {
        administration.create(provinceAdmin, province.getId(), details("YW", COUNTY));
        administration.create(provinceAdmin, hangzhou.getId(), details("GS", COUNTY));
        administration.create(provinceAdmin, province.getId(), details("ZJ-IND", INDUSTRY));
        administration.create(provinceAdmin, binjiang.getId(), details("BJ-IND", INDUSTRY));
        administration.create(provinceAdmin, provincialOrgans.getId(), details("SZ-1", BASE));

        assertThat(auditLog.actions()).hasSize(5).containsOnly(AuditAction.ORGANISATION_CREATE);
    }

    @Test
    void aUnionsRegionIsAKnownDivision() {
        DomainException refusal = refusedByRule(() -> administration.create(cityAdmin, binjiang.getId(),
                UnionTree.details("BJ-1", BASE, new RegionCode("330199"))));

        assertThat(refusal.messageKey()).isEqualTo("organisation.region.unknown");
        assertThat(refusal.field()).isEqualTo("regionCode");
    }

    @Test
    void aCodeNamesOneUnionOnly() {
        DomainException refusal = refusedByRule(
                () -> administration.create(cityAdmin, binjiang.getId(), details("XH-1", BASE)));

        assertThat(refusal.messageKey()).isEqualTo("organisation.code.taken");
        assertThat(refusal.field()).isEqualTo("code");
    }

    @Test
    void anUnknownParentIsNotFound() {
        refused(NotFoundException.class, () -> administration.create(cityAdmin, 999, details("X", BASE)));
    }

    @Test
    void anEditIsLoggedFieldByFieldFromOldToNew() {
        OrganisationDetails edited = new OrganisationDetails("BJ", "滨江区总工会", COUNTY, InMemoryRegions.BINJIANG,
                true, "李明", null);

        Organisation updated = administration.update(cityAdmin, binjiang.getId(), edited);

        assertThat(updated.details()).isEqualTo(edited);
        assertThat(organisations.findById(binjiang.getId()).orElseThrow().getName()).isEqualTo("滨江区总工会");
        assertThat(auditLog.last().action()).isEqualTo(AuditAction.ORGANISATION_UPDATE);
        assertThat(auditLog.last().detail())
                .isEqualTo("name: BJ工会 → 滨江区总工会; assistanceCentre: false → true; contactPerson: null → 李明");
    }

    @Test
    void anEditThatChangesNothingIsLoggedAsSuch() {
        administration.update(cityAdmin, binjiang.getId(), binjiang.details());

        assertThat(auditLog.last().detail()).isEqualTo("no change");
    }

    @Test
    void aUnionKeepsItsCodeOrTakesOneNotInUse() {
        DomainException refusal = refusedByRule(
                () -> administration.update(cityAdmin, binjiang.getId(), details("XH", COUNTY)));
        Organisation renamed = administration.update(cityAdmin, binjiang.getId(),
                UnionTree.details("BJ-NEW", COUNTY, InMemoryRegions.BINJIANG));

        assertThat(refusal.messageKey()).isEqualTo("organisation.code.taken");
        assertThat(renamed.getCode()).isEqualTo("BJ-NEW");
    }

    @Test
    void aNewTypeMustFitUnderTheParent() {
        DomainException refusal = refusedByRule(
                () -> administration.update(provinceAdmin, binjiang.getId(), details("BJ", PROVINCE)));

        assertThat(refusal.messageKey()).isEqualTo("organisation.type.notUnderParent");
    }

    @Test
    void aNewTypeMustTakeTheChildrenTheUnionHas() {
        DomainException refusal = refusedByRule(
                () -> administration.update(provinceAdmin, xihu.getId(), details("XH", BASE)));

        assertThat(refusal.messageKey()).isEqualTo("organisation.type.childrenDoNotFit");
        assertThat(refusal.field()).isEqualTo("type");
        // An industry union takes base unions, but not another industry union.
        assertThat(refusedByRule(() -> administration.update(provinceAdmin, xihu.getId(), details("XH", INDUSTRY)))
                .messageKey()).isEqualTo("organisation.type.childrenDoNotFit");
    }

    @Test
    void aChildlessUnionMayTakeAnyTypeItsParentTakes() {
        Organisation base = administration.update(cityAdmin, binjiang.getId(),
                UnionTree.details("BJ", BASE, InMemoryRegions.BINJIANG));

        assertThat(base.getType()).isEqualTo(BASE);
    }

    @Test
    void anEditOutsideTheAdminsSubtreeOrWithAnUnknownRegionIsRefused() {
        refused(OutsideScopeException.class,
                () -> administration.update(Actors.admin(xihu), binjiang.getId(), binjiang.details()));
        assertThat(refusedByRule(() -> administration.update(cityAdmin, binjiang.getId(),
                UnionTree.details("BJ", COUNTY, new RegionCode("110101")))).messageKey())
                .isEqualTo("organisation.region.unknown");
    }

    @Test
    void aUnionMovesWithItsWholeSubtree() {
        Organisation moved = administration.move(provinceAdmin, xihu.getId(), ningbo.getId());

        assertThat(moved.getParentId()).isEqualTo(ningbo.getId());
        assertThat(moved.path()).isEqualTo(ningbo.path().child(xihu.getId()));
        assertThat(organisations.subtree(moved.path())).extracting(Organisation::getCode)
                .containsExactlyInAnyOrder("XH", "XH-1", "XH-IND", "XH-IND-1");
        assertThat(xihuIndustryBase.path()).isEqualTo(moved.path().child(xihuIndustry.getId())
                .child(xihuIndustryBase.getId()));
        assertThat(xihuIndustryBase.getParentId()).as("a descendant keeps its parent").isEqualTo(xihuIndustry.getId());
        assertThat(organisations.subtree(hangzhou.path())).extracting(Organisation::getCode)
                .containsExactlyInAnyOrder("HZ", "BJ");
        assertThat(auditLog.last().action()).isEqualTo(AuditAction.ORGANISATION_MOVE);
        assertThat(auditLog.last().detail())
                .isEqualTo("parent " + hangzhou.getId() + " → " + ningbo.getId() + ", with 3 descendants");
    }

    @Test
    void aMovedUnionIsReachedFromItsNewAncestorsOnly() {
        administration.move(provinceAdmin, xihu.getId(), ningbo.getId());

        assertThatThrownBy(() -> administration.view(cityAdmin, xihuBase.getId()))
                .isInstanceOf(OutsideScopeException.class);
        assertThat(administration.view(Actors.admin(ningbo), xihuBase.getId())).isSameAs(xihuBase);
    }

    @Test
    void aUnionCannotMoveUnderItselfOrItsOwnDescendants() {
        for (Organisation below : List.of(hangzhou, xihu, xihuIndustryBase)) {
            DomainException refusal = refusedByRule(
                    () -> administration.move(provinceAdmin, hangzhou.getId(), below.getId()));
            assertThat(refusal.messageKey()).as(below.getCode()).isEqualTo("organisation.move.intoOwnSubtree");
            assertThat(refusal.field()).isEqualTo("parentId");
        }
    }

    @Test
    void anAdminCannotMoveItsOwnUnion() {
        refused(OutsideScopeException.class, () -> administration.move(cityAdmin, hangzhou.getId(), binjiang.getId()));
        refused(OutsideScopeException.class,
                () -> administration.move(provinceAdmin, province.getId(), hangzhou.getId()));
    }

    @Test
    void bothTheUnionAndItsNewParentLieInTheAdminsSubtree() {
        refused(OutsideScopeException.class, () -> administration.move(cityAdmin, xihu.getId(), ningbo.getId()));
        refused(OutsideScopeException.class,
                () -> administration.move(Actors.admin(ningbo), xihu.getId(), ningbo.getId()));
    }

    @Test
    void aMovedUnionMustFitUnderItsNewParent() {
        Organisation binjiangBase = tree.under(binjiang, "BJ-1", BASE);

        for (Organisation parent : List.of(binjiangBase, provincialOrgans, binjiang)) {
            DomainException refusal = refusedByRule(
                    () -> administration.move(provinceAdmin, xihu.getId(), parent.getId()));
            assertThat(refusal.messageKey()).as(parent.getCode()).isEqualTo("organisation.type.notUnderParent");
        }
    }

    @Test
    void anIndustryUnionMayMoveUpFromACountyToItsCity() {
        administration.move(cityAdmin, xihuIndustry.getId(), hangzhou.getId());

        assertThat(organisations.childrenOf(hangzhou.path())).extracting(Organisation::getCode)
                .containsExactly("XH", "XH-IND", "BJ");
        assertThat(xihuIndustryBase.path().value())
                .isEqualTo(hangzhou.path().value() + xihuIndustry.getId() + "/" + xihuIndustryBase.getId() + "/");
    }

    @Test
    void anAdminSeesAndChoosesFromItsOwnSubtreeOnly() {
        Actor countyAdmin = Actors.admin(xihu);

        assertThat(administration.choices(countyAdmin)).extracting(Organisation::getCode)
                .containsExactly("XH", "XH-1", "XH-IND", "XH-IND-1");
        assertThat(administration.search(countyAdmin, new OrganisationFilter("ind", null), Pageable.unpaged())
                .getContent()).extracting(Organisation::getCode).containsExactly("XH-IND", "XH-IND-1");
        assertThat(administration.search(cityAdmin, new OrganisationFilter(null, COUNTY), Pageable.unpaged())
                .getContent()).extracting(Organisation::getCode).containsExactlyInAnyOrder("XH", "BJ");
        refused(OutsideScopeException.class, () -> administration.view(countyAdmin, hangzhou.getId()));
    }

    @Test
    void breadcrumbsStopAtTheAdminsOwnUnion() {
        assertThat(administration.breadcrumbs(Actors.admin(xihu), xihuIndustryBase)).extracting(Organisation::getCode)
                .containsExactly("XH", "XH-IND", "XH-IND-1");
        assertThat(administration.breadcrumbs(provinceAdmin, xihuBase)).extracting(Organisation::getCode)
                .containsExactly("ZJ", "HZ", "XH", "XH-1");
    }

    @Test
    void theRegionsOfferedAreThoseOfTheAdminsProvince() {
        Function<Actor, List<String>> offered = actor -> administration.regionChoices(actor).stream()
                .map(region -> region.code().value()).toList();

        assertThat(offered.apply(Actors.admin(xihu))).containsExactly("330000", "330100", "330106", "330108");
        assertThat(administration.regionName(InMemoryRegions.XIHU)).isEqualTo("浙江省 杭州市 西湖区");
        assertThat(administration.regionName(new RegionCode("110101"))).isEmpty();
    }
}
