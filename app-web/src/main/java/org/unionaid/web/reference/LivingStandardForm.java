package org.unionaid.web.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.unionaid.domain.money.Money;
import org.unionaid.domain.reference.MinimumLivingStandard;
import org.unionaid.domain.reference.StandardFigures;

/** The form of one 低保标准 entry; the amount is parsed as people type it ("1,120", "１１２０元"). */
public class LivingStandardForm {

    @NotBlank
    @Pattern(regexp = "\\d{6}")
    private String regionCode;

    @NotNull
    @Min(2000)
    @Max(2100)
    private Integer year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    @NotBlank
    private String monthlyAmount;

    @NotNull
    private BigDecimal relativeMultiple = StandardFigures.USUAL_RELATIVE_MULTIPLE;

    @NotNull
    private BigDecimal accidentCostShare = StandardFigures.USUAL_ACCIDENT_COST_SHARE;

    @Size(max = 200)
    private String document;

    static LivingStandardForm of(MinimumLivingStandard standard) {
        LivingStandardForm form = new LivingStandardForm();
        form.regionCode = standard.getRegionCode().value();
        form.year = standard.getYear();
        form.monthlyAmount = standard.getMonthlyAmount().toString();
        form.relativeMultiple = standard.getRelativeMultiple();
        form.accidentCostShare = standard.getAccidentCostShare();
        form.document = standard.getDocument();
        return form;
    }

    /** The figures, or a refusal on the field that is wrong. */
    StandardFigures figures() {
        return new StandardFigures(Money.parse("monthlyAmount", monthlyAmount), relativeMultiple, accidentCostShare,
                document);
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getMonthlyAmount() {
        return monthlyAmount;
    }

    public void setMonthlyAmount(String monthlyAmount) {
        this.monthlyAmount = monthlyAmount;
    }

    public BigDecimal getRelativeMultiple() {
        return relativeMultiple;
    }

    public void setRelativeMultiple(BigDecimal relativeMultiple) {
        this.relativeMultiple = relativeMultiple;
    }

    public BigDecimal getAccidentCostShare() {
        return accidentCostShare;
    }

    public void setAccidentCostShare(BigDecimal accidentCostShare) {
        this.accidentCostShare = accidentCostShare;
    }

    public String getDocument() {
        return document;
    }

    public void setDocument(String document) {
        this.document = document;
    }
}
