/**
 * User accounts of a union: roles, the personal-data reveal permission, passwords held to the password policy,
 * and the event that ends a user's sessions when access changes.
 * <p>Use cases: {@link UserAdministration}. Ports: {@link PasswordHasher}, {@link PasswordHistory},
 * {@link UserAccounts}. Aggregates (JPA): {@link UserAccount}. Rules: {@link PasswordPolicy}.
 */
package org.unionaid.domain.user;
