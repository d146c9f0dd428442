package org.unionaid.web.hardship;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;
import org.unionaid.domain.hardship.Bank;
import org.unionaid.domain.hardship.BankAccount;
import org.unionaid.domain.hardship.EmploymentStatus;
import org.unionaid.domain.hardship.ExclusionFlag;
import org.unionaid.domain.hardship.FileLevel;
import org.unionaid.domain.hardship.Finances;
import org.unionaid.domain.hardship.Hardship;
import org.unionaid.domain.hardship.HardshipCause;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.hardship.HouseholdMember;
import org.unionaid.domain.hardship.HouseholdRegister;
import org.unionaid.domain.hardship.ModelWorkerLevel;
import org.unionaid.domain.hardship.FileEntry;
import org.unionaid.domain.hardship.Need;
import org.unionaid.domain.hardship.Relation;
import org.unionaid.domain.hardship.SchoolLevel;
import org.unionaid.domain.hardship.WorkerDetails;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.reporting.sheet.SheetCell;

/**
 * The form that opens or revises a file. Household members are repeatable rows; adding or removing
 * one re-shows the form without saving, so it works from the keyboard and without JavaScript. When
 * revising, ID and card numbers are never sent to the browser: their fields start blank ("keep"),
 * with the mask shown beside them.
 */
public class FileForm {

    private Long organisationId;

    private String workerName;

    private String workerIdNumber;

    private List<MemberRow> members = new ArrayList<>();

    private String yearlyIncome;

    private String rigidSpending;

    private String accidentCosts;

    private Set<ExclusionFlag> exclusions = EnumSet.noneOf(ExclusionFlag.class);

    private String phone;

    private String ethnicity = "汉族";

    private HouseholdRegister householdRegister;

    private boolean migrantWorker;

    private boolean partyMember;

    /** 工会会员: a new file asks, so the default is a member; unticking records "not a member". */
    private boolean unionMember = true;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate employedSince;

    private EmploymentStatus employmentStatus;

    private ModelWorkerLevel modelWorkerLevel = ModelWorkerLevel.NONE;

    private Integer disabilityGrade;

    private String health;

    private String address;

    private Set<HardshipCause> causes = EnumSet.noneOf(HardshipCause.class);

    private HardshipCause mainCause;

    private Set<Need> needs = EnumSet.noneOf(Need.class);

    private FileLevel level = FileLevel.BASE;

    private Bank bank;

    private String bankCardNumber;

    private String bankHolder;

    private String addressRegion;

    private String maskedWorkerId;

    private String maskedCard;

    private String reason;

    private String appliedOn;

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
        Finances finances = file.finances();
        form.yearlyIncome = plain(finances.yearlyIncome());
        form.rigidSpending = plain(finances.rigidSpending());
        form.accidentCosts = plain(finances.accidentCosts());
        form.exclusions = finances.exclusions().isEmpty() ? EnumSet.noneOf(ExclusionFlag.class)
                : EnumSet.copyOf(finances.exclusions());
        WorkerDetails details = file.getWorkerDetails();
        form.phone = details.getPhone();
        form.ethnicity = details.getEthnicity();
        form.householdRegister = details.getHouseholdRegister();
        form.migrantWorker = details.isMigrantWorker();
        form.partyMember = details.isPartyMember();
        form.unionMember = Boolean.TRUE.equals(details.getUnionMember());
        form.employedSince = details.getEmployedSince();
        form.employmentStatus = details.getEmploymentStatus();
        form.modelWorkerLevel = details.getModelWorkerLevel();
        form.disabilityGrade = details.getDisabilityGrade();
        form.health = details.getHealth();
        form.addressRegion = details.getAddressRegion();
        form.address = details.getAddress();
        file.hardship().ifPresent(hardship -> {
            form.causes = EnumSet.copyOf(hardship.causes());
            form.mainCause = hardship.mainCause();
            form.needs = EnumSet.copyOf(hardship.needs());
            form.level = hardship.level();
        });
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
                finances, noCard ? null : new FileEntry.BankEntry(bank, bankCardNumber, bankHolder),
                new Hardship(causes, mainCause, needs, level),
                new WorkerDetails(phone, ethnicity, householdRegister, migrantWorker, partyMember, employmentStatus,
                        modelWorkerLevel, disabilityGrade, health, addressRegion, address, unionMember, employedSince),
                applicationDate());
    }

    /** The application date as typed (a date picker sends 2026-03-05); other forms are read as a sheet reads them. */
    private LocalDate applicationDate() {
        if (isBlank(appliedOn)) {
            return null;
        }
        return SheetCell.parseDate(appliedOn)
                .orElseThrow(() -> DomainException.onField("appliedOn", "file.import.dateInvalid", appliedOn));
    }

    public String getAppliedOn() {
        return appliedOn;
    }

    public void setAppliedOn(String appliedOn) {
        this.appliedOn = appliedOn;
    }

    /** The household's money as typed; an amount that is not one is refused on its own field. */
    Finances finances() {
        Money income = isBlank(yearlyIncome) ? null : Money.parse("yearlyIncome", yearlyIncome);
        return new Finances(income, amount("rigidSpending", rigidSpending),
                amount("accidentCosts", accidentCosts), exclusions);
    }

    /** The worker and every member row that is not blank. */
    int householdSize() {
        return 1 + (int) members.stream().filter(row -> !row.isBlankRow()).count();
    }

    private static String plain(Money money) {
        return money == null ? null : money.toBigDecimal().toPlainString();
    }

    public String getAddressRegion() {
        return addressRegion;
    }

    public void setAddressRegion(String addressRegion) {
        this.addressRegion = addressRegion;
    }

    public String getMaskedWorkerId() {
        return maskedWorkerId;
    }

    public void setMaskedWorkerId(String maskedWorkerId) {
        this.maskedWorkerId = isBlank(maskedWorkerId) ? null : maskedWorkerId;
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

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public void setEthnicity(String ethnicity) {
        this.ethnicity = ethnicity;
    }

    public HouseholdRegister getHouseholdRegister() {
        return householdRegister;
    }

    public void setHouseholdRegister(HouseholdRegister householdRegister) {
        this.householdRegister = householdRegister;
    }

    public boolean isMigrantWorker() {
        return migrantWorker;
    }

    public void setMigrantWorker(boolean migrantWorker) {
        this.migrantWorker = migrantWorker;
    }

    public boolean isPartyMember() {
        return partyMember;
    }

    public void setPartyMember(boolean partyMember) {
        this.partyMember = partyMember;
    }

    public boolean isUnionMember() {
        return unionMember;
    }

    public void setUnionMember(boolean unionMember) {
        this.unionMember = unionMember;
    }

    public LocalDate getEmployedSince() {
        return employedSince;
    }

    public void setEmployedSince(LocalDate employedSince) {
        this.employedSince = employedSince;
    }

    public EmploymentStatus getEmploymentStatus() {
        return employmentStatus;
    }

    public void setEmploymentStatus(EmploymentStatus employmentStatus) {
        this.employmentStatus = employmentStatus;
    }

    public ModelWorkerLevel getModelWorkerLevel() {
        return modelWorkerLevel;
    }

    public void setModelWorkerLevel(ModelWorkerLevel modelWorkerLevel) {
        this.modelWorkerLevel = modelWorkerLevel;
    }

    public Integer getDisabilityGrade() {
        return disabilityGrade;
    }

    public void setDisabilityGrade(Integer disabilityGrade) {
        this.disabilityGrade = disabilityGrade;
    }

    public String getHealth() {
        return health;
    }

    public void setHealth(String health) {
        this.health = health;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public Set<HardshipCause> getCauses() {
        return causes;
    }

    public void setCauses(Set<HardshipCause> causes) {
        this.causes = causes == null ? EnumSet.noneOf(HardshipCause.class) : causes;
    }

    public HardshipCause getMainCause() {
        return mainCause;
    }

    public void setMainCause(HardshipCause mainCause) {
        this.mainCause = mainCause;
    }

    public Set<Need> getNeeds() {
        return needs;
    }

    public void setNeeds(Set<Need> needs) {
        this.needs = needs == null ? EnumSet.noneOf(Need.class) : needs;
    }

    public FileLevel getLevel() {
        return level;
    }

    public void setLevel(FileLevel level) {
        this.level = level;
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

    private static Money amount(String field, String typed) {
        return typed == null || typed.isBlank() ? Money.ZERO : Money.parse(field, typed);
    }

    public String getYearlyIncome() {
        return yearlyIncome;
    }

    public void setYearlyIncome(String yearlyIncome) {
        this.yearlyIncome = yearlyIncome;
    }

    public String getRigidSpending() {
        return rigidSpending;
    }

    public void setRigidSpending(String rigidSpending) {
        this.rigidSpending = rigidSpending;
    }

    public String getAccidentCosts() {
        return accidentCosts;
    }

    public void setAccidentCosts(String accidentCosts) {
        this.accidentCosts = accidentCosts;
    }

    public Set<ExclusionFlag> getExclusions() {
        return exclusions;
    }

    public void setExclusions(Set<ExclusionFlag> exclusions) {
        this.exclusions = exclusions == null ? EnumSet.noneOf(ExclusionFlag.class) : exclusions;
    }

    /**
     * One household member row; {@code existing} is the member's place in the file being revised,
     * whose ID number a blank field keeps ({@code maskedId} shows which).
     */
    public static class MemberRow {

        private String name;
        private Relation relation;
        private String idNumber;
        private String health;
        private EmploymentStatus employment;
        private String yearlyIncome;
        private SchoolLevel school;
        private Integer existing;
        private String maskedId;

        static MemberRow of(HouseholdMember member, int position) {
            MemberRow row = new MemberRow();
            row.name = member.getName();
            row.relation = member.getRelation();
            row.health = member.getHealth();
            row.employment = member.getEmployment();
            row.yearlyIncome = plain(member.getYearlyIncome());
            row.school = member.getSchool();
            row.existing = position;
            row.maskedId = member.getIdNumber().masked();
            return row;
        }

        FileEntry.MemberEntry entry(String incomeField) {
            Money income = isBlank(yearlyIncome) ? null : Money.parse(incomeField, yearlyIncome);
            return new FileEntry.MemberEntry(name, relation, idNumber, health, employment, income, school, existing);
        }

        boolean isBlankRow() {
            return isBlank(name) && isBlank(idNumber) && relation == null;
        }

        public String getHealth() {
            return health;
        }

        public void setHealth(String health) {
            this.health = health;
        }

        public EmploymentStatus getEmployment() {
            return employment;
        }

        public void setEmployment(EmploymentStatus employment) {
            this.employment = employment;
        }

        public String getYearlyIncome() {
            return yearlyIncome;
        }

        public void setYearlyIncome(String yearlyIncome) {
            this.yearlyIncome = yearlyIncome;
        }

        public SchoolLevel getSchool() {
            return school;
        }

        public void setSchool(SchoolLevel school) {
            this.school = school;
        }

        public Integer getExisting() {
            return existing;
        }

        public void setExisting(Integer existing) {
            this.existing = existing;
        }

        public String getMaskedId() {
            return maskedId;
        }

        public void setMaskedId(String maskedId) {
            this.maskedId = isBlank(maskedId) ? null : maskedId;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Relation getRelation() {
            return relation;
        }

        public void setRelation(Relation relation) {
            this.relation = relation;
        }

        public String getIdNumber() {
            return idNumber;
        }

        public void setIdNumber(String idNumber) {
            this.idNumber = idNumber;
        }
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

    public List<MemberRow> getMembers() {
        return members;
    }

    public void setMembers(List<MemberRow> members) {
        this.members = members == null ? new ArrayList<>() : members;
    }
}
