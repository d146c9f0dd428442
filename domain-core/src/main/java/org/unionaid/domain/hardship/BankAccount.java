package org.unionaid.domain.hardship;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.unionaid.domain.person.BankCardNumber;
import org.unionaid.domain.person.PersonalDataProtector;
import org.unionaid.domain.person.PersonalDataProtector.Purpose;
import org.unionaid.domain.shared.DomainException;

/**
 * The card the worker is paid on. The holder must be the worker (实名制): money goes to nobody else's
 * card. The number is sealed, blind-indexed and masked; only the mask is ever shown in lists.
 */
@Embeddable
public class BankAccount {

    @Enumerated(EnumType.STRING)
    private Bank bank;

    @Column(name = "bank_card_sealed")
    private byte[] cardSealed;

    @Column(name = "bank_card_index")
    private byte[] cardIndex;

    @Column(name = "bank_card_masked")
    private String cardMasked;

    @Column(name = "bank_holder")
    private String holder;

    protected BankAccount() {
        // for JPA
    }

    /** Refuses a card whose holder is not the worker, on the {@code bankHolder} field. */
    public static BankAccount of(Bank bank, BankCardNumber card, String holder, String workerName,
            PersonalDataProtector protector) {
        requireBankAndHolder(bank, holder, workerName);
        BankAccount account = new BankAccount();
        account.bank = bank;
        account.cardSealed = protector.seal(Purpose.BANK_CARD, card.value());
        account.cardIndex = protector.blindIndex(Purpose.BANK_CARD, card.value());
        account.cardMasked = card.masked();
        account.holder = holder.strip();
        return account;
    }

    /** The same card with the bank and holder as now entered, checked as {@link #of} checks them. */
    public BankAccount withBankAndHolder(Bank bank, String holder, String workerName) {
        requireBankAndHolder(bank, holder, workerName);
        BankAccount account = new BankAccount();
        account.bank = bank;
        account.cardSealed = cardSealed;
        account.cardIndex = cardIndex;
        account.cardMasked = cardMasked;
        account.holder = holder.strip();
        return account;
    }

    public Bank getBank() {
        return bank;
    }

    public String getCardMasked() {
        return cardMasked;
    }

    public String getHolder() {
        return holder;
    }

    /** A bank, and a holder who is the worker (实名制). */
    private static void requireBankAndHolder(Bank bank, String holder, String workerName) {
        if (bank == null) {
            throw DomainException.onField("bank", "NotNull");
        }
        if (holder == null || !holder.strip().equals(workerName.strip())) {
            throw DomainException.onField("bankHolder", "bank.holder.notWorker");
        }
    }

    /** The clear card number; callers that show it must hold the reveal permission and log it. */
    public String revealCard(PersonalDataProtector protector) {
        return protector.open(Purpose.BANK_CARD, cardSealed);
    }

    /** The sealed card number as stored (for bulk writers). */
    public byte[] cardSealed() {
        return cardSealed.clone();
    }

    public byte[] cardIndex() {
        return cardIndex.clone();
    }

    /** Masked, for history and logs. */
    @Override
    public String toString() {
        return bank + " " + cardMasked + " " + holder;
    }
}
