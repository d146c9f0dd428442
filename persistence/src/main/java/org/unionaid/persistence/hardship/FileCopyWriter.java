package org.unionaid.persistence.hardship;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;
import org.unionaid.domain.hardship.BankAccount;
import org.unionaid.domain.hardship.Finances;
import org.unionaid.domain.hardship.Hardship;
import org.unionaid.domain.hardship.HardshipFile;
import org.unionaid.domain.hardship.HouseholdMember;
import org.unionaid.domain.hardship.WorkerDetails;
import org.unionaid.domain.money.Money;

/**
 * Writes new files with PostgreSQL's COPY, in the transaction under way: an import of 100,000 rows
 * through JPA's batched inserts spent most of its time there (docs/benchmarks.md). The columns are
 * those the JPA mapping of {@link HardshipFile} writes; {@code FileImportTest} reads imported files
 * back through JPA, so a column added to the mapping but not here shows up there.
 */
@Component
class FileCopyWriter {

    private final DataSource dataSource;

    FileCopyWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void write(List<HardshipFile> files) {
        StringBuilder fileRows = new StringBuilder();
        StringBuilder memberRows = new StringBuilder();
        for (HardshipFile file : files) {
            fileRow(fileRows, file);
            List<HouseholdMember> members = file.getMembers();
            for (int position = 0; position < members.size(); position++) {
                HouseholdMember member = members.get(position);
                PgCopy.row(memberRows, file.getId(), position, member.getName(), member.getRelation(),
                        member.getIdNumber().sealedBytes(), member.getIdNumber().blindIndex(),
                        member.getIdNumber().masked(), member.getHealth(), member.getEmployment(),
                        amount(member.getYearlyIncome()), member.getSchool());
            }
        }
        PgCopy.in(dataSource, List.of(
                new PgCopy.Table("hardship_file (id, organisation_id, status, worker_name, worker_id_sealed, "
                    + "worker_id_index, worker_id_masked, gender, birth_date, return_reason, created_by, created_at, updated_at, version, "
                    + "yearly_income, rigid_spending, accident_costs, monthly_per_head, assessed_year, assessed_standard, "
                    + "suggested_category, suggestion_reason, confirmed_category, category_reason, level, main_cause, "
                    + "bank, bank_card_sealed, bank_card_index, bank_card_masked, bank_holder, phone, ethnicity, "
                    + "household_register, migrant_worker, party_member, employment_status, model_worker_level, "
                    + "disability_grade, health, address_region, address, applied_on, causes, needs, exclusions, "
                    + "union_member, employed_since)",
                    fileRows),
                new PgCopy.Table("household_member (file_id, position, name, relation, id_sealed, id_index, id_masked, "
                        + "health, employment, yearly_income, school)", memberRows)));
    }

    private static void fileRow(StringBuilder rows, HardshipFile file) {
        Finances finances = file.finances();
        Hardship hardship = file.hardship().orElse(null);
        BankAccount account = file.getBankAccount();
        WorkerDetails details = file.getWorkerDetails();
        PgCopy.row(rows, file.getId(), file.getOrganisation().getId(), file.getStatus(), file.getWorkerName(),
                file.getWorkerId().sealedBytes(), file.getWorkerId().blindIndex(), file.getWorkerId().masked(),
                file.getGender(), file.getBirthDate(), file.getReturnReason(), file.getCreatedBy(), file.getCreatedAt(),
                file.getUpdatedAt(), 0, amount(finances.yearlyIncome()), amount(finances.rigidSpending()),
                amount(finances.accidentCosts()), amount(file.getAssessment().getMonthlyPerHead()), file.getAssessment().getAssessedYear(),
                amount(file.getAssessment().getAssessedStandard()), file.getSuggestedCategory(), file.getAssessment().getSuggestionReason(),
                file.getConfirmedCategory(), file.getCategoryDecision().getReason(), hardship == null ? null : hardship.level(),
                hardship == null ? null : hardship.mainCause(), account == null ? null : account.getBank(),
                account == null ? null : account.cardSealed(), account == null ? null : account.cardIndex(),
                account == null ? null : account.getCardMasked(), account == null ? null : account.getHolder(),
                details.getPhone(), details.getEthnicity(), details.getHouseholdRegister(), details.isMigrantWorker(),
                details.isPartyMember(), details.getEmploymentStatus(), details.getModelWorkerLevel(),
                details.getDisabilityGrade(), details.getHealth(), details.getAddressRegion(), details.getAddress(),
                file.getAppliedOn(), codes(hardship == null ? Set.of() : hardship.causes()),
                codes(hardship == null ? Set.of() : hardship.needs()), codes(finances.exclusions()),
                details.getUnionMember(), details.getEmployedSince());
    }

    /** A set of codes as an array literal in COPY's text format: {A,B}. */
    private static String codes(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(",", "{", "}"));
    }

    private static BigDecimal amount(Money money) {
        return money == null ? null : money.toBigDecimal();
    }
}
