package org.unionaid.domain.tracking;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.scope.OrganisationPath;

/** Monthly household incomes. Implemented in the persistence module. */
public interface MonthlyIncomes {

    /** Records the month, replacing what was recorded for it before (a correction). */
    void save(long fileId, YearMonth month, Money householdIncome, int householdSize, long recordedBy,
            Instant recordedAt);

    /** The file's most recent months, newest first, each with the standard applicable to the file's union. */
    List<MonthlyIncome> ofFile(long fileId, int months);

    /**
     * Approved files of unions in {@code scope} whose income per head was recorded and strictly above the
     * applicable 低保 standard in every one of the {@code months} months from {@code first}; ordered by union
     * and name.
     */
    Page<Long> aboveStandardThroughout(OrganisationPath scope, YearMonth first, int months, Pageable pageable);

    /**
     * Of these files, the approved ones above the standard in every one of the {@code months} months from
     * {@code first}, whose proposal is not decided yet: not rejected for that window, not re-verified since.
     * {@link #aboveStandardThroughout} lists the same files.
     */
    Set<Long> proposedForExit(Collection<Long> fileIds, YearMonth first, int months);
}
