/**
 * Signing in (GB/T 22239-2019 8.1.4.1, docs/security.md): the second factor (TOTP, RFC 6238) for those who move money,
 * administer, audit or see full ID numbers, its enrolment, recovery codes and reset by a higher union's admin, and
 * the throttle and lock that slow a guesser without locking a user out of their own office (R-AUTH-01 … R-AUTH-07).
 * <p>Use cases: {@link AccountLocking}, {@link SecondFactorAdministration}, {@link SecondFactorLogin}. Ports:
 * {@link LoginAttempts}, {@link SecondFactors}. Rules: {@link LoginRules}, {@link SecondFactorRules}.
 */
package org.unionaid.domain.login;
