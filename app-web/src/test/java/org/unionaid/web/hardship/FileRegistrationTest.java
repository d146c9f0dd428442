package org.unionaid.web.hardship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.hardship.FileEvent;
import org.unionaid.domain.hardship.FileHistory;
import org.unionaid.domain.hardship.FileRegistration;
import org.unionaid.domain.hardship.FileStatus;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.hardship.NewFile;
import org.unionaid.domain.hardship.NewFile.NewMember;
import org.unionaid.domain.hardship.Relation;
import org.unionaid.domain.person.Gender;
import org.unionaid.domain.person.PersonalDataProtector;
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.TestIds;
import org.unionaid.web.support.WebIntegrationTest;

@WebIntegrationTest
@Transactional
class FileRegistrationTest {

    @Autowired
    FileRegistration registration;

    @Autowired
    PersonalDataProtector protector;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demo;

    private NewFile file(String union, String workerId, NewMember... members) {
        return new NewFile(demo.organisationId(union), "王建华", workerId, List.of(members));
    }

    @Test
    void opensADraftWithItsHouseholdAndNeverStoresANumberInClear() {
        String workerId = TestIds.next();
        String spouseId = TestIds.next();
        HardshipFile file = registration.open(demo.actor("clerk"), file("ZJ-HZ-XH-LJ", workerId.toLowerCase(),
                new NewMember("李秀英", Relation.SPOUSE, spouseId), new NewMember("王小明", Relation.CHILD, TestIds.next())));

        assertThat(file.getStatus()).isEqualTo(FileStatus.DRAFT);
        assertThat(file.getMembers()).hasSize(2);
        assertThat(file.getBirthDate().toString().replace("-", "")).isEqualTo(workerId.substring(6, 14));
        assertThat(file.getGender()).isEqualTo((workerId.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE);
        assertThat(file.getWorkerId().masked()).isEqualTo(workerId.substring(0, 6) + "********" + workerId.substring(14));
        assertThat(file.getWorkerId().reveal(protector)).isEqualTo(workerId.toUpperCase());

        byte[] stored = jdbc.sql("select worker_id_sealed from hardship_file where id = :id").param("id", file.getId())
                .query(byte[].class).single();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(workerId.substring(6, 14));
        assertThat(jdbc.sql("select count(*) from active_person_claim where file_id = :id").param("id", file.getId())
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void theSameWorkerInAnotherUnionIsRefusedNamingTheUnionThatHoldsThem() {
        String workerId = TestIds.next();
        registration.open(demo.actor("clerk"), file("ZJ-HZ-XH-LJ", workerId));

        assertThatThrownBy(() -> registration.open(demo.actor("admin", Role.CLERK), file("ZJ-NB-YZ-KD", workerId)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("file.person.activeElsewhere");
                    assertThat(e.arguments()).containsExactly("杭州西湖龙井茶业有限公司工会");
                });
    }

    @Test
    void aHouseholdMemberOfAnActiveFileCannotBeFiledAgain() {
        String memberId = TestIds.next();
        registration.open(demo.actor("clerk"), file("ZJ-HZ-XH-LJ", TestIds.next(),
                new NewMember("李秀英", Relation.SPOUSE, memberId)));

        assertThatThrownBy(() -> registration.open(demo.actor("admin", Role.CLERK), file("ZJ-HZ-XH-HW", memberId)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("file.person.activeElsewhere"));
    }

    @Test
    void onePersonTwiceInOneFileIsRefusedOnTheField() {
        String id = TestIds.next();
        assertThatThrownBy(() -> registration.open(demo.actor("clerk"), file("ZJ-HZ-XH-LJ", id,
                new NewMember("重复", Relation.SPOUSE, id))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.field()).isEqualTo("members[0].idNumber"));
    }

    @Test
    void aLegacyFifteenDigitNumberIsRefusedWithTheReason() {
        assertThatThrownBy(() -> registration.open(demo.actor("clerk"), file("ZJ-HZ-XH-LJ", "330106850312003")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("residentId.legacy15");
                    assertThat(e.field()).isEqualTo("workerIdNumber");
                });
    }

    @Test
    void filesBelongToBaseUnionsInTheClerksSubtree() {
        assertThatThrownBy(() -> registration.open(demo.actor("clerk"), file("ZJ-HZ-YH-FZ", TestIds.next())))
                .isInstanceOf(OutsideScopeException.class);
        assertThatThrownBy(() -> registration.open(demo.actor("admin", Role.CLERK), file("ZJ-HZ-XH", TestIds.next())))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("file.organisation.notBase"));
    }

    @Test
    void anotherSubtreeCannotSeeTheFile() {
        HardshipFile file = registration.open(demo.actor("clerk"), file("ZJ-HZ-XH-LJ", TestIds.next()));
        assertThatThrownBy(() -> registration.view(demo.actor("yuhang.admin"), file.getId()))
                .isInstanceOf(OutsideScopeException.class);
        assertThat(registration.view(demo.actor("auditor"), file.getId()).getId()).isEqualTo(file.getId());
    }

    @Test
    void submitReturnWithAReasonAndResubmit() {
        HardshipFile file = registration.open(demo.actor("clerk"), file("ZJ-HZ-XH-LJ", TestIds.next()));
        long id = file.getId();

        registration.submit(demo.actor("clerk"), id);
        assertThatThrownBy(() -> registration.submit(demo.actor("clerk"), id))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("file.transition.notAllowed"));
        assertThatThrownBy(() -> registration.returnToClerk(demo.actor("reviewer"), id, " "))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("file.return.reasonRequired"));
        assertThatThrownBy(() -> registration.returnToClerk(demo.actor("clerk"), id, "缺少收入证明"))
                .as("a clerk is no reviewer").isInstanceOf(OutsideScopeException.class);

        assertThat(registration.returnToClerk(demo.actor("reviewer"), id, "缺少收入证明").getReturnReason())
                .isEqualTo("缺少收入证明");
        assertThat(registration.submit(demo.actor("clerk"), id).getStatus()).isEqualTo(FileStatus.SUBMITTED);
    }

    @Test
    void theHistoryCannotBeRewritten() {
        HardshipFile file = registration.open(demo.actor("clerk"), file("ZJ-HZ-XH-LJ", TestIds.next()));
        assertThat(registration.history(demo.actor("clerk"), file.getId())).extracting(FileHistory.Entry::event)
                .containsExactly(FileEvent.OPENED);

        assertThatThrownBy(() -> jdbc.sql("update file_history set reason = 'rewritten' where file_id = :id")
                .param("id", file.getId()).update())
                .rootCause().hasMessageContaining("append-only");
    }
}
