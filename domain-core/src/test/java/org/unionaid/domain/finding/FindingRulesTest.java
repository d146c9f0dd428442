package org.unionaid.domain.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.unionaid.domain.fixtures.Actors;
import org.unionaid.domain.fixtures.InMemoryOrganisations;
import org.unionaid.domain.fixtures.UnionTree;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.OrganisationType;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.Refusal;

/**
 * Specifies R-AUDIT-04 (what a finding names) and R-AUDIT-05 (who answers, who confirms) on a city with two
 * counties and a base union: each rule's refusal and the cases it lets through.
 */
class FindingRulesTest {

    private final InMemoryOrganisations organisations = new InMemoryOrganisations();
    private final UnionTree tree = new UnionTree(organisations);
    private final Organisation city = tree.root("HZ", OrganisationType.CITY);
    private final Organisation county = tree.under(city, "XH", OrganisationType.COUNTY);
    private final Organisation neighbour = tree.under(city, "YH", OrganisationType.COUNTY);
    private final Organisation base = tree.under(county, "LJ", OrganisationType.BASE);

    private Finding finding(Organisation union, Organisation raisedAt, FindingStatus status) {
        return new Finding(1, union.getId(), union.getName(), union.path().value(), "发现", "意见", List.of(), null,
                null, null, 7, "审计员", raisedAt.getId(), raisedAt.getName(), raisedAt.path().value(), Instant.now(),
                status, null);
    }

    private static String key(Optional<Refusal> refusal) {
        return refusal.map(Refusal::messageKey).orElse(null);
    }

    @Test // R-AUDIT-04
    void aFindingNamesAUnionOfTheAuditorsSubtreeATitleAndANote() {
        Actor auditor = Actors.user(1, county, Role.AUDITOR);

        assertThat(FindingRules.raisable(auditor, base.path(), "标题", "意见")).isEmpty();
        assertThat(FindingRules.raisable(auditor, county.path(), "标题", "意见")).isEmpty();
        assertThat(key(FindingRules.raisable(auditor, neighbour.path(), "标题", "意见"))).isEqualTo("finding.union.outside");
        assertThat(key(FindingRules.raisable(auditor, city.path(), "标题", "意见"))).isEqualTo("finding.union.outside");
        assertThat(key(FindingRules.raisable(auditor, null, "标题", "意见"))).isEqualTo("finding.union.required");
        assertThat(key(FindingRules.raisable(auditor, base.path(), " ", "意见"))).isEqualTo("finding.title.required");
        assertThat(key(FindingRules.raisable(auditor, base.path(), "标题", "")))
                .isEqualTo("finding.note.required");
    }

    @Test // R-AUDIT-05
    void theResponsibleUnionsStaffAnswerWhileTheFindingAwaitsAnAnswer() {
        Finding open = finding(base, city, FindingStatus.OPEN);

        assertThat(FindingRules.answerable(Actors.user(2, base, Role.FINANCE), open)).isEmpty();
        assertThat(FindingRules.answerable(Actors.user(2, base, Role.FINANCE),
                finding(base, city, FindingStatus.RETURNED))).isEmpty();
        assertThat(key(FindingRules.answerable(Actors.user(3, base, Role.AUDITOR), open)))
                .isEqualTo("finding.answer.notTheUnion");
        assertThat(key(FindingRules.answerable(Actors.user(4, county, Role.FINANCE), open)))
                .isEqualTo("finding.answer.notTheUnion");
        assertThat(key(FindingRules.answerable(Actors.user(2, base, Role.FINANCE),
                finding(base, city, FindingStatus.ANSWERED)))).isEqualTo("finding.answer.notAwaited");
        assertThat(key(FindingRules.answerable(Actors.user(2, base, Role.FINANCE),
                finding(base, city, FindingStatus.CLOSED)))).isEqualTo("finding.answer.notAwaited");
    }

    @Test // R-AUDIT-05
    void anAuditorOfTheRaisingUnionOrAboveDecidesAnAnsweredFindingButNotOnTheOwnAnswer() {
        Finding answered = finding(base, county, FindingStatus.ANSWERED);

        assertThat(FindingRules.decidable(Actors.user(5, county, Role.AUDITOR), answered, 2L)).isEmpty();
        assertThat(FindingRules.decidable(Actors.user(6, city, Role.AUDITOR), answered, 2L)).isEmpty();
        assertThat(key(FindingRules.decidable(Actors.user(7, base, Role.AUDITOR), answered, 2L)))
                .isEqualTo("finding.decide.notAnAuditorAbove");
        assertThat(key(FindingRules.decidable(Actors.user(8, neighbour, Role.AUDITOR), answered, 2L)))
                .isEqualTo("finding.decide.notAnAuditorAbove");
        assertThat(key(FindingRules.decidable(Actors.user(9, county, Role.APPROVER), answered, 2L)))
                .isEqualTo("finding.decide.notAnAuditorAbove");
        assertThat(key(FindingRules.decidable(Actors.user(5, county, Role.AUDITOR),
                finding(base, county, FindingStatus.OPEN), null))).isEqualTo("finding.decide.notAnswered");
        assertThat(key(FindingRules.decidable(Actors.user(5, county, Role.AUDITOR, Role.FINANCE), answered, 5L)))
                .isEqualTo("finding.decide.ownAnswer");
    }

    @Test // R-AUDIT-05
    void auditorsOfTheSubtreeAndTheUnionsOwnStaffSeeAFindingSiblingsDoNot() {
        Finding raised = finding(base, city, FindingStatus.OPEN);

        assertThat(FindingRules.visible(Actors.user(5, county, Role.AUDITOR), raised)).isTrue();
        assertThat(FindingRules.visible(Actors.user(2, base, Role.CLERK), raised)).isTrue();
        assertThat(FindingRules.visible(Actors.user(8, neighbour, Role.AUDITOR), raised)).isFalse();
        assertThat(FindingRules.visible(Actors.user(4, county, Role.FINANCE), raised)).isFalse();
    }
}
