package org.unionaid.domain.hardship;

import org.unionaid.domain.shared.DomainException;

/**
 * R-CARD-01 — one bank card, one active file (一卡一户): today's card of a file opened, revised or re-verified is
 * claimed by its blind index, and the claim is released when the file closes or changes its card, so that one card
 * cannot sit on two households' files and be paid twice. The primary key of {@code active_card_claim} (V39) decides
 * between two clerks filing one card at once. A plain object of {@link FileRegistration}; an import claims its
 * files' cards in bulk ({@link FileImport}).
 */
final class CardClaims {

    private final HardshipFiles files;

    CardClaims(HardshipFiles files) {
        this.files = files;
    }

    /** The blind index of the file's card, or {@code null} when it has none. */
    static byte[] cardOf(HardshipFile file) {
        return file.getBankAccount() == null ? null : file.getBankAccount().cardIndex();
    }

    /** Claims the file's card, if it has one; refused on the card field with the union whose file holds it. */
    void claim(HardshipFile file) {
        byte[] card = cardOf(file);
        if (card == null) {
            return;
        }
        files.claimCard(file.getId(), card).ifPresent(union -> {
            // Names the union whose file holds the card, never that file's worker, household or number.
            throw DomainException.onField("bankCardNumber", "file.bankCard.activeElsewhere", union);
        });
    }

    /**
     * After a revision or re-verification: the card the file had ({@code before}) given up, the card it has now
     * claimed — again, when it is the same card, so a file left unclaimed by V39 (its card already on an older
     * file) is refused here until its card is corrected.
     */
    void claimAgain(HardshipFile file, byte[] before) {
        release(file.getId(), before);
        claim(file);
    }

    /** Gives up the file's claim of {@code card} (nothing when the file does not hold it, or has no card). */
    void release(long fileId, byte[] card) {
        if (card != null) {
            files.releaseCard(fileId, card);
        }
    }
}
