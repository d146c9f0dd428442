/**
 * Who acts: the Actor (user, union, roles, permissions) every use case receives and asks two questions of — may
 * this role act, and is the target inside the subtree (R-SEC-01).
 */
package org.unionaid.domain.security;
