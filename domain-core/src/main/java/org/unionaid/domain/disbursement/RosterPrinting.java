package org.unionaid.domain.disbursement;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.hardship.HardshipFiles;
import org.unionaid.domain.recipient.NamedRecipients;
import org.unionaid.domain.security.Actor;

/**
 * A batch's real-name roster (实名制发放花名册, seed 000: 实名制登记和签名确认) for signatures, in the order of its lines:
 * households by their files, named recipients by their lists, with masked numbers.
 */
@Service
@Transactional(readOnly = true)
public class RosterPrinting {

    private final Disbursement disbursement;
    private final Batches batches;
    private final HardshipFiles files;
    private final NamedLines named;

    public RosterPrinting(Disbursement disbursement, Batches batches, HardshipFiles files, NamedRecipients recipients,
            PayeeFit payees) {
        this.disbursement = disbursement;
        this.batches = batches;
        this.files = files;
        this.named = new NamedLines(batches, recipients, payees);
    }

    /** The batch's roster for anyone who may see the batch. */
    public List<RosterLine> roster(Actor actor, long batchId) {
        Batch batch = disbursement.view(actor, batchId);
        if (batch.payees() == PayeeKind.NAMED) {
            return named.roster(batches.lines(batchId));
        }
        List<RosterLine> roster = new ArrayList<>();
        for (BatchLine line : batches.lines(batchId)) {
            HardshipFile file = files.findById(line.fileId()).orElseThrow();
            roster.add(new RosterLine(file.getWorkerName(), file.getWorkerId().masked(),
                    file.getOrganisation().getName(), line.category(), line.amount(),
                    file.getBankAccount() == null ? null : file.getBankAccount().getBank(),
                    file.getBankAccount() == null ? null : file.getBankAccount().getCardMasked(), line.reference(),
                    line.status()));
        }
        return roster;
    }
}
