/**
 * User accounts of a union: roles, the personal-data reveal permission, passwords held to the password policy,
 * and the event that ends a user's sessions when access changes.
 */
package org.unionaid.domain.user;
