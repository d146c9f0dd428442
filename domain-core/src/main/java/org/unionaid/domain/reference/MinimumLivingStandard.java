package org.unionaid.domain.reference;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.unionaid.domain.money.Money;
import org.unionaid.domain.organisation.RegionCode;

/**
 * The local minimum living standard (低保标准) of one division for one year, with the thresholds
 * that published union practice derives from it. Reference data, maintained by admins; a file keeps
 * the figures in force when it was assessed.
 */
@Entity
@Table(name = "minimum_living_standard")
public class MinimumLivingStandard {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "minimum_living_standard_seq")
    @SequenceGenerator(name = "minimum_living_standard_seq", sequenceName = "minimum_living_standard_seq",
            allocationSize = 1)
    private Long id;

    @Column(updatable = false)
    private String regionCode;

    @Column(updatable = false)
    private int year;

    private BigDecimal monthlyAmount;

    private BigDecimal relativeMultiple;

    private BigDecimal accidentCostShare;

    private String document;

    private Instant updatedAt;

    @Version
    private Long version;

    protected MinimumLivingStandard() {
        // for JPA
    }

    public MinimumLivingStandard(RegionCode regionCode, int year, StandardFigures figures) {
        this.regionCode = regionCode.value();
        this.year = year;
        apply(figures);
    }

    void apply(StandardFigures figures) {
        this.monthlyAmount = figures.monthlyAmount().toBigDecimal();
        this.relativeMultiple = figures.relativeMultiple();
        this.accidentCostShare = figures.accidentCostShare();
        this.document = figures.document();
        this.updatedAt = Instant.now();
    }

    public StandardFigures figures() {
        return new StandardFigures(Money.of(monthlyAmount), relativeMultiple, accidentCostShare, document);
    }

    public Long getId() {
        return id;
    }

    public RegionCode getRegionCode() {
        return new RegionCode(regionCode);
    }

    public int getYear() {
        return year;
    }

    public Money getMonthlyAmount() {
        return Money.of(monthlyAmount);
    }

    public BigDecimal getRelativeMultiple() {
        return relativeMultiple;
    }

    public BigDecimal getAccidentCostShare() {
        return accidentCostShare;
    }

    public String getDocument() {
        return document;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
