package org.unionaid.domain.hardship;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.unionaid.domain.money.Money;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.OrganisationDetails;
import org.unionaid.domain.organisation.OrganisationType;
import org.unionaid.domain.organisation.RegionCode;
import org.unionaid.domain.person.PersonalDataProtector;
import org.unionaid.domain.person.ResidentId;
import org.unionaid.domain.reference.StandardFigures;

/**
 * Hardship files built in memory for the domain's specs, taken through their own transitions (no database,
 * no Spring): a province, a county under it and a base union under that; a household in Hangzhou, where 低保
 * is 1,250 a month.
 */
public final class TestFiles {

    public static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    public static final Instant NOW = Instant.parse("2026-12-03T01:00:00Z");

    public static final Organisation PROVINCE = Organisation.root(1, details("ZJ", OrganisationType.PROVINCE));
    public static final Organisation COUNTY = Organisation.under(2, PROVINCE, details("ZJ-XH", OrganisationType.COUNTY));
    public static final Organisation BASE = Organisation.under(3, COUNTY, details("ZJ-XH-LJ", OrganisationType.BASE));

    public static final StandardFigures HANGZHOU = new StandardFigures(Money.yuan("1250"),
            StandardFigures.USUAL_RELATIVE_MULTIPLE, StandardFigures.USUAL_ACCIDENT_COST_SHARE, "杭州市民政局");

    public static final long CLERK = 10;
    public static final long REVIEWER = 11;
    public static final long APPROVER = 12;

    /** Stands in for the encryption: readable bytes, and an index that is the number itself. */
    public static final PersonalDataProtector PLAIN = new PersonalDataProtector() {
        @Override
        public byte[] seal(Purpose purpose, String value) {
            return value.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public String open(Purpose purpose, byte[] sealed) {
            return new String(sealed, StandardCharsets.UTF_8);
        }

        @Override
        public byte[] sealBytes(Purpose purpose, byte[] value) {
            return value.clone();
        }

        @Override
        public byte[] openBytes(Purpose purpose, byte[] sealed) {
            return sealed.clone();
        }

        @Override
        public byte[] blindIndex(Purpose purpose, String value) {
            return value.getBytes(StandardCharsets.UTF_8);
        }
    };

    private TestFiles() {
    }

    private static OrganisationDetails details(String code, OrganisationType type) {
        return new OrganisationDetails(code, code, type, new RegionCode("330106"), true, null, null);
    }

    /** A draft of one worker with {@code yearlyIncome} a year, a union member, needing living aid, level 区县级. */
    public static HardshipFile draft(String yearlyIncome) {
        ResidentId id = ResidentId.parse("workerIdNumber", "330106197803152019", TODAY);
        HardshipFile file = new HardshipFile(100, BASE, new HardshipFile.Worker("陈卫东", ProtectedId.of(id, PLAIN),
                id.gender(), id.birthDate()), List.of(), CLERK);
        file.describeHardship(new Hardship(EnumSet.of(HardshipCause.DISABILITY), HardshipCause.DISABILITY,
                EnumSet.of(Need.LIVING), FileLevel.COUNTY));
        file.describeWorker(WorkerDetails.none().withEmployment(true, LocalDate.of(2010, 3, 1)));
        file.recordFinances(new Finances(yearlyIncome == null ? null : Money.yuan(yearlyIncome),
                Money.ZERO, Money.ZERO, Set.of()));
        file.assess(TODAY.getYear(), Optional.of(HANGZHOU));
        return file;
    }

    /** A draft submitted, decided at its suggestion, income-checked consistent, through a notice that passed. */
    public static HardshipFile noticePassed(String yearlyIncome) {
        HardshipFile file = draft(yearlyIncome);
        file.submit();
        file.decideCategory(file.getSuggestedCategory(), null, false, REVIEWER, NOW.minusSeconds(3600));
        file.recordIncomeCheck(TODAY, IncomeCheckResult.CONSISTENT, "民政核对", TODAY, NOW);
        file.putOnNotice(7);
        file.passNotice();
        return file;
    }

    /** Every document the file needs. */
    public static Set<AttachmentKind> allDocumentsOf(HardshipFile file) {
        return EnumSet.copyOf(file.requiredDocuments());
    }
}
