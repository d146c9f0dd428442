/**
 * Personal numbers (resident ID, bank card): validated, sealed at rest by the PersonalDataProtector port and
 * shown masked (domain.md §11).
 * <p>Ports: {@link PersonalDataProtector}.
 */
package org.unionaid.domain.person;
