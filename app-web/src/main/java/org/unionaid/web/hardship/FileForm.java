package org.unionaid.web.hardship;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.unionaid.domain.hardship.Bank;
import org.unionaid.domain.hardship.BankAccount;
import org.unionaid.domain.hardship.FileEntry;
import org.unionaid.domain.hardship.Finances;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.hardship.HouseholdMember;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.reporting.sheet.SheetCell;

/**
 * The form that opens or revises a file. Household members are repeatable rows ({@link MemberRow});
 * adding or removing one re-shows the form without saving, so it works from the keyboard and without
 * JavaScript. When revising, ID and card numbers are never sent to the browser: their fields start
 * blank ("keep"), with the mask shown beside them.
 * <p>
 * The page's inputs bind by flat names ({@code phone}, {@code yearlyIncome}, {@code members[0].name}),
 * so the form's parts cannot be nested objects without renaming every input. They are superclasses
 * instead, one file each: {@link FileWorkerFields} (the worker's particulars) under
 * {@link FileHardshipFields} (hardship and money) under this class, which keeps the union, the worker's
 * name and numbers, the household, the bank account and the reason, and makes the use case's command.
 */
public class FileForm extends FileHardshipFields {

    private Long organisationId;

    private String workerName;

    private String workerIdNumber;

    private String maskedWorkerId;

    private String appliedOn;

    private List<MemberRow> members = new ArrayList<>();

    private Bank bank;

    private String bankCardNumber;

    private String bankHolder;

    private String maskedCard;

    private String reason;

    /** The form of an existing file, to revise it. */
    static FileForm of(HardshipFile file) {
        FileForm form = new FileForm();
        form.organisationId = file.getOrganisation().getId();
        form.workerName = file.getWorkerName();
        form.maskedWorkerId = file.getWorkerId().masked();
        form.appliedOn = file.getAppliedOn() == null ? null : file.getAppliedOn().toString();
        List<HouseholdMember> members = file.getMembers();
        for (int i = 0; i < members.size(); i++) {
            form.members.add(MemberRow.of(members.get(i), i));
        }
        form.takeHardship(file.finances(), file.hardship().orElse(null));
        form.takeWorkerDetails(file.getWorkerDetails());
        BankAccount account = file.getBankAccount();
        if (account != null) {
            form.bank = account.getBank();
            form.bankHolder = account.getHolder();
            form.maskedCard = account.getCardMasked();
        }
        return form;
    }

    /** The use case's command; an amount that is not one is refused on its own field. */
    FileEntry command() {
        Finances finances = finances();
        boolean noCard = bank == null && isBlank(bankCardNumber) && isBlank(bankHolder);
        List<FileEntry.MemberEntry> memberEntries = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            memberEntries.add(members.get(i).entry("members[" + i + "].yearlyIncome"));
        }
        return new FileEntry(organisationId == null ? 0 : organisationId, workerName, workerIdNumber, memberEntries,
                finances, noCard ? null : new FileEntry.BankEntry(bank, bankCardNumber, bankHolder), hardship(),
                workerDetails(), applicationDate());
    }

    /** The application date as typed (a date picker sends 2026-03-05); other forms are read as a sheet reads them. */
    private LocalDate applicationDate() {
        if (isBlank(appliedOn)) {
            return null;
        }
        return SheetCell.parseDate(appliedOn)
                .orElseThrow(() -> DomainException.onField("appliedOn", "file.import.dateInvalid", appliedOn));
    }

    /** The worker and every member row that is not blank. */
    int householdSize() {
        return 1 + (int) members.stream().filter(row -> !row.isBlankRow()).count();
    }

    void addMemberRow() {
        members.add(new MemberRow());
    }

    void removeMemberRow(int index) {
        if (index >= 0 && index < members.size()) {
            members.remove(index);
        }
    }

    /** Rows left blank are no members: they are dropped before saving. */
    void dropBlankMemberRows() {
        members.removeIf(MemberRow::isBlankRow);
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getWorkerName() {
        return workerName;
    }

    public void setWorkerName(String workerName) {
        this.workerName = workerName;
    }

    public String getWorkerIdNumber() {
        return workerIdNumber;
    }

    public void setWorkerIdNumber(String workerIdNumber) {
        this.workerIdNumber = workerIdNumber;
    }

    public String getMaskedWorkerId() {
        return maskedWorkerId;
    }

    public void setMaskedWorkerId(String maskedWorkerId) {
        this.maskedWorkerId = isBlank(maskedWorkerId) ? null : maskedWorkerId;
    }

    public String getAppliedOn() {
        return appliedOn;
    }

    public void setAppliedOn(String appliedOn) {
        this.appliedOn = appliedOn;
    }

    public List<MemberRow> getMembers() {
        return members;
    }

    public void setMembers(List<MemberRow> members) {
        this.members = members == null ? new ArrayList<>() : members;
    }

    public Bank getBank() {
        return bank;
    }

    public void setBank(Bank bank) {
        this.bank = bank;
    }

    public String getBankCardNumber() {
        return bankCardNumber;
    }

    public void setBankCardNumber(String bankCardNumber) {
        this.bankCardNumber = bankCardNumber;
    }

    public String getBankHolder() {
        return bankHolder;
    }

    public void setBankHolder(String bankHolder) {
        this.bankHolder = bankHolder;
    }

    public String getMaskedCard() {
        return maskedCard;
    }

    public void setMaskedCard(String maskedCard) {
        this.maskedCard = isBlank(maskedCard) ? null : maskedCard;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
