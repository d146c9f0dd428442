package org.unionaid.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.unionaid.domain.hardship.Bank;
import org.unionaid.domain.hardship.FileEntry;
import org.unionaid.domain.hardship.FileLevel;
import org.unionaid.domain.hardship.FileRegistration;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.hardship.HardshipCause;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.hardship.Need;
import org.unionaid.domain.notice.FileApproval;
import org.unionaid.domain.notice.NewNotice;
import org.unionaid.domain.notice.NoticeAdministration;

/**
 * Approved files made the way users make them: filed by the clerk, decided and noticed by the
 * reviewer of the tea company's union (a notice that ended last February), approved by the district's
 * approver. Flushed, so that SQL queries see them.
 */
@Component
public class ApprovedFiles {

    private final FileRegistration registration;
    private final NoticeAdministration notices;
    private final FileApproval approval;
    private final DemoUsers demo;
    private final EntityManager em;

    ApprovedFiles(FileRegistration registration, NoticeAdministration notices, FileApproval approval, DemoUsers demo,
            EntityManager em) {
        this.registration = registration;
        this.notices = notices;
        this.approval = approval;
        this.demo = demo;
        this.em = em;
    }

    public HardshipFile approved(String workerName) {
        return approved(new FileEntry(demo.organisationId("ZJ-HZ-XH-LJ"), workerName, TestIds.next(), List.of()));
    }

    /** A file of the tea company's union paid to the worker's own card, at a file level. */
    public HardshipFile approvedWithCard(String workerName, FileLevel level) {
        return approved(new FileEntry(demo.organisationId("ZJ-HZ-XH-LJ"), workerName, TestIds.next(), List.of(), null,
                new FileEntry.BankEntry(Bank.ICBC, TestCards.next(), workerName),
                new HardshipFile.Hardship(EnumSet.of(HardshipCause.DISABILITY), HardshipCause.DISABILITY,
                        EnumSet.of(Need.LIVING), level)));
    }

    public HardshipFile approved(FileEntry entry) {
        HardshipFile file = registration.open(demo.actor("clerk"), entry);
        registration.submit(demo.actor("clerk"), file.getId());
        registration.decideCategory(demo.actor("reviewer"), file.getId(), HardshipCategory.DEEP, "入户核实");
        long notice = notices.open(demo.actor("reviewer"), new NewNotice(List.of(file.getId()),
                LocalDate.of(2026, 2, 12), 5, "公告栏", "工会办公室")).getId();
        notices.close(demo.actor("reviewer"), notice);
        assertThat(approval.approve(demo.actor("approver"), List.of(file.getId()))).isEmpty();
        em.flush();
        return file;
    }
}
