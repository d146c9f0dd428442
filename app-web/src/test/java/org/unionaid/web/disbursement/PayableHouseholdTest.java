package org.unionaid.web.disbursement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.unionaid.domain.hardship.Bank;
import org.unionaid.domain.hardship.ExclusionFlag;
import org.unionaid.domain.hardship.FileEntry;
import org.unionaid.domain.hardship.FileEntry.MemberEntry;
import org.unionaid.domain.hardship.FileLevel;
import org.unionaid.domain.hardship.FileRegistration;
import org.unionaid.domain.hardship.Finances;
import org.unionaid.domain.hardship.Hardship;
import org.unionaid.domain.hardship.HardshipCause;
import org.unionaid.domain.hardship.HardshipFiles;
import org.unionaid.domain.hardship.Need;
import org.unionaid.domain.hardship.PayableHousehold;
import org.unionaid.domain.hardship.Relation;
import org.unionaid.domain.hardship.SchoolLevel;
import org.unionaid.domain.money.Money;
import org.unionaid.web.support.ApprovedFiles;
import org.unionaid.web.support.DemoUsers;
import org.unionaid.web.support.TestCards;
import org.unionaid.web.support.TestIds;
import org.unionaid.web.support.WebIntegrationTest;

/**
 * A batch's lines are judged on {@link PayableHousehold}s read by one SQL statement, not on the entities; the
 * facts must be exactly those the entity gives ({@link PayableHousehold#of}), or a line would be judged on
 * other facts on the batch page than its file shows (R-PAY-12 among them: the re-verification is judged on the
 * facts read). Files of every shape this suite has written, plus three
 * made here: a household with a pupil and a card at national level, an excluded draft, a bare draft.
 */
@WebIntegrationTest
class PayableHouseholdTest {

    @Autowired
    HardshipFiles files;

    @Autowired
    FileRegistration registration;

    @Autowired
    ApprovedFiles journey;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void theFactsReadBySqlAreTheFactsOfTheEntity() {
        transaction.executeWithoutResult(status -> {
            long union = demo.organisationId("ZJ-HZ-XH-LJ");
            List<Long> ids = new ArrayList<>(jdbc.sql("select id from hardship_file order by id desc limit 300")
                    .query(Long.class).list());
            ids.add(journey.approved(new FileEntry(union, "付款甲", TestIds.next(),
                    List.of(new MemberEntry("付款乙", Relation.SPOUSE, TestIds.next()),
                            new MemberEntry("付款丙", Relation.CHILD, TestIds.next(), null, null, null,
                                    SchoolLevel.PRIMARY, null)),
                    ApprovedFiles.BELOW_THE_LINE, new FileEntry.BankEntry(Bank.ICBC, TestCards.next(), "付款甲"),
                    new Hardship(EnumSet.of(HardshipCause.DISABILITY), HardshipCause.DISABILITY,
                            EnumSet.of(Need.LIVING), FileLevel.NATIONAL))).getId());
            ids.add(registration.open(demo.actor("clerk"), new FileEntry(union, "付款丁", TestIds.next(), List.of(),
                    new Finances(Money.yuan("6000"), Money.ZERO, Money.ZERO,
                            EnumSet.of(ExclusionFlag.TWO_OR_MORE_HOMES)))).getId());
            ids.add(registration.open(demo.actor("clerk"), new FileEntry(union, "付款戊", TestIds.next(), List.of()))
                    .getId());

            Map<Long, PayableHousehold> read = files.payable(ids);

            assertThat(read).hasSize(ids.size());
            for (long id : ids) {
                assertThat(read.get(id)).as("file %d", id)
                        .isEqualTo(PayableHousehold.of(files.findById(id).orElseThrow()));
            }
            PayableHousehold pupil = read.get(ids.get(ids.size() - 3));
            assertThat(pupil.people()).isEqualTo(3);
            assertThat(pupil.students()).isEqualTo(1);
            assertThat(pupil.describedLevel()).isEqualTo(FileLevel.NATIONAL);
            assertThat(pupil.card().holder()).isEqualTo("付款甲");
            assertThat(read.get(ids.get(ids.size() - 2)).excluded()).isTrue();
            assertThat(read.get(ids.get(ids.size() - 1)).card()).isNull();
            status.setRollbackOnly();
        });
    }
}
