package org.unionaid.web.hardship;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.unionaid.domain.hardship.Bank;
import org.unionaid.domain.hardship.EmploymentStatus;
import org.unionaid.domain.hardship.ExclusionFlag;
import org.unionaid.domain.hardship.FileLevel;
import org.unionaid.domain.hardship.HardshipCause;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.hardship.HouseholdRegister;
import org.unionaid.domain.hardship.ModelWorkerLevel;
import org.unionaid.domain.hardship.NewFile;
import org.unionaid.domain.hardship.Need;
import org.unionaid.domain.hardship.Relation;
import org.unionaid.domain.hardship.WorkerDetails;
import org.unionaid.domain.money.Money;

/**
 * The form that opens a file. Household members are repeatable rows; adding or removing one
 * re-shows the form without saving, so it works from the keyboard and without JavaScript.
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

    /** The use case's command; an amount that is not one is refused on its own field. */
    NewFile command() {
        Money income = isBlank(yearlyIncome) ? null : Money.parse("yearlyIncome", yearlyIncome);
        HardshipFile.Finances finances = new HardshipFile.Finances(income,
                amount("rigidSpending", rigidSpending), amount("accidentCosts", accidentCosts), exclusions);
        boolean noCard = bank == null && isBlank(bankCardNumber) && isBlank(bankHolder);
        return new NewFile(organisationId == null ? 0 : organisationId, workerName, workerIdNumber,
                members.stream().map(m -> new NewFile.NewMember(m.getName(), m.getRelation(), m.getIdNumber())).toList(),
                finances, noCard ? null : new NewFile.NewBankAccount(bank, bankCardNumber, bankHolder),
                new HardshipFile.Hardship(causes, mainCause, needs, level),
                new WorkerDetails(phone, ethnicity, householdRegister, migrantWorker, partyMember, employmentStatus,
                        modelWorkerLevel, disabilityGrade, health, address));
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

    /** One household member row. */
    public static class MemberRow {

        private String name;
        private Relation relation;
        private String idNumber;

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
