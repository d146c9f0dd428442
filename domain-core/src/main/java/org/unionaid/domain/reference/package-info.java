/**
 * Reference figures the rules read: the minimum living standard (低保) per region and year, and the working
 * calendar that counts a notice's working days.
 * <p>Use cases: {@link CalendarAdministration}, {@link LivingStandardAdministration}. Ports:
 * {@link MinimumLivingStandards}, {@link WorkingCalendar}. Aggregates (JPA): {@link MinimumLivingStandard}.
 */
package org.unionaid.domain.reference;
