package org.unionaid.web.hardship;

import java.util.EnumSet;
import java.util.Set;

import org.unionaid.domain.hardship.ExclusionFlag;
import org.unionaid.domain.hardship.FileLevel;
import org.unionaid.domain.hardship.Finances;
import org.unionaid.domain.hardship.Hardship;
import org.unionaid.domain.hardship.HardshipCause;
import org.unionaid.domain.hardship.Need;
import org.unionaid.domain.money.Money;

/**
 * The hardship and the household's money on the file form (the 困难情况 and 家庭收支 fieldsets), read
 * into and out of {@link Hardship} and {@link Finances}. A part of {@link FileForm}: see there why
 * its parts are superclasses.
 */
public abstract class FileHardshipFields extends FileWorkerFields {

    private Set<HardshipCause> causes = EnumSet.noneOf(HardshipCause.class);

    private HardshipCause mainCause;

    private Set<Need> needs = EnumSet.noneOf(Need.class);

    private FileLevel level = FileLevel.BASE;

    private String yearlyIncome;

    private String rigidSpending;

    private String accidentCosts;

    private Set<ExclusionFlag> exclusions = EnumSet.noneOf(ExclusionFlag.class);

    /** Fills these fields from a file's money and hardship, to revise it. */
    void takeHardship(Finances finances, Hardship hardship) {
        yearlyIncome = plain(finances.yearlyIncome());
        rigidSpending = plain(finances.rigidSpending());
        accidentCosts = plain(finances.accidentCosts());
        exclusions = finances.exclusions().isEmpty() ? EnumSet.noneOf(ExclusionFlag.class)
                : EnumSet.copyOf(finances.exclusions());
        if (hardship != null) {
            causes = EnumSet.copyOf(hardship.causes());
            mainCause = hardship.mainCause();
            needs = EnumSet.copyOf(hardship.needs());
            level = hardship.level();
        }
    }

    Hardship hardship() {
        return new Hardship(causes, mainCause, needs, level);
    }

    /** The household's money as typed; an amount that is not one is refused on its own field. */
    Finances finances() {
        Money income = isBlank(yearlyIncome) ? null : Money.parse("yearlyIncome", yearlyIncome);
        return new Finances(income, amount("rigidSpending", rigidSpending),
                amount("accidentCosts", accidentCosts), exclusions);
    }

    private static Money amount(String field, String typed) {
        return typed == null || typed.isBlank() ? Money.ZERO : Money.parse(field, typed);
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
}
