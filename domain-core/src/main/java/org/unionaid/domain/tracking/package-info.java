/**
 * Month-by-month household income after approval (domain.md §3.12): six months above 低保 propose the household
 * for exit (R-PAY-10).
 * <p>Use cases: {@link IncomeTracking}. Ports: {@link MonthlyIncomes}.
 */
package org.unionaid.domain.tracking;
