package org.unionaid.domain.hardship;

import java.time.LocalDate;

import org.unionaid.domain.organisation.RegionCode;

/**
 * A hardship file as the payment rules read it ({@code PaymentRules}, R-PAY-*): its status, exclusions, dates,
 * levels and category, the card it is paid on, the size of the household and the union's region — a handful of
 * columns, where the whole entity would bring the household's members, sealed numbers and every form field.
 * A batch's lines are judged on these, read a page at a time by {@link HardshipFiles#payable} in one statement;
 * {@link #of} makes the same facts from an entity, and {@code PayableHouseholdTest} (app-web, on PostgreSQL)
 * holds the two equal.
 *
 * @param describedLevel the level the clerk proposed with the hardship described, else null (R-LEVEL-01)
 * @param card           the card the household is paid on, or null if none is recorded
 * @param people         the worker and every household member
 * @param students       household members in school, for the study-aid cap
 */
public record PayableHousehold(long fileId, FileStatus status, String workerName, String workerIdMasked,
        boolean excluded, LocalDate approvedOn, LocalDate lastVerifiedOn, FileLevel confirmedLevel,
        FileLevel describedLevel, HardshipCategory category, Card card, int people, int students, RegionCode region) {

    /** The card as a bank file carries it: the bank, the masked number and the holder's name. */
    public record Card(Bank bank, String masked, String holder) {
    }

    public static PayableHousehold of(HardshipFile file) {
        BankAccount account = file.getBankAccount();
        return new PayableHousehold(file.getId(), file.getStatus(), file.getWorkerName(), file.getWorkerId().masked(),
                file.isExcluded(), file.getApprovedOn(), file.getLastVerifiedOn(), file.getConfirmedLevel(),
                file.hardship().map(Hardship::level).orElse(null),
                file.getConfirmedCategory() != null ? file.getConfirmedCategory() : file.getSuggestedCategory(),
                account == null ? null : new Card(account.getBank(), account.getCardMasked(), account.getHolder()),
                file.people().size(), (int) file.getMembers().stream().filter(m -> m.getSchool() != null).count(),
                file.getOrganisation().getRegionCode());
    }

    /** R-PAY-12: as {@link HardshipFile#isDueForReverification}. */
    public boolean isDueForReverification(LocalDate today) {
        return Reverification.isDue(status, lastVerifiedOn, today);
    }
}
