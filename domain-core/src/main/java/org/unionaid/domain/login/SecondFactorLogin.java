package org.unionaid.domain.login;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.shared.DomainException;

/**
 * The second step of a login, for a user whose password was right: enrolment (a new secret, confirmed by a
 * first code, then ten recovery codes shown once) and the code at every later login. The actor is the user
 * signing in, known by the password and not yet signed in.
 */
@Service
@Transactional
public class SecondFactorLogin {

    /** The name authenticator apps show above the code. */
    public static final String ISSUER = "UnionAid";

    private static final String RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int RECOVERY_LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecondFactors factors;
    private final AuditLog auditLog;
    private final Clock clock;

    public SecondFactorLogin(SecondFactors factors, AuditLog auditLog, Clock clock) {
        this.factors = factors;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** What the enrolment page shows: the secret for typing in, and the URI the QR code carries. */
    public record Enrolment(String secret, String uri) {
    }

    /** How a login's second step was passed. */
    public enum Proof {
        CODE,
        RECOVERY_CODE
    }

    @Transactional(readOnly = true)
    public boolean enrolled(long userId) {
        return factors.find(userId).filter(SecondFactor::confirmed).isPresent();
    }

    @Transactional(readOnly = true)
    public int recoveryCodesLeft(long userId) {
        return factors.recoveryCodesLeft(userId);
    }

    /**
     * R-AUTH-03 — the secret the user is to enrol: the unconfirmed one already waiting (a reloaded page shows the
     * same QR code), else a new one. Refused for a user already enrolled: a second phone needs an admin's reset.
     */
    public Enrolment begin(Actor self) {
        SecondFactor waiting = factors.find(self.userId()).orElse(null);
        if (waiting != null && waiting.confirmed()) {
            throw new DomainException("secondFactor.enrol.already");
        }
        byte[] secret = waiting != null ? waiting.secret() : Totp.newSecret();
        if (waiting == null && !factors.begin(self.userId(), secret, clock.instant())) {
            throw new DomainException("secondFactor.enrol.already");
        }
        return new Enrolment(Base32.encode(secret), Totp.uri(ISSUER, self.loginName(), secret));
    }

    /**
     * R-AUTH-03 — the enrolment counts once the user types a code of the new secret; the ten recovery codes are
     * returned to be shown once, and only their digests are kept.
     */
    public List<String> confirm(Actor self, String code) {
        SecondFactor waiting = factors.find(self.userId()).filter(factor -> !factor.confirmed())
                .orElseThrow(() -> new DomainException("secondFactor.enrol.notStarted"));
        Instant now = clock.instant();
        OptionalLong step = Totp.matchingStep(waiting.secret(), code, now, waiting.lastUsedStep());
        List<String> recoveryCodes = newRecoveryCodes();
        if (step.isEmpty() || !factors.confirm(self.userId(), step.getAsLong(), recoveryCodes, now)) {
            throw DomainException.onField("code", "secondFactor.code.wrong");
        }
        auditLog.record(AuditEntry.success(self, AuditAction.SECOND_FACTOR_ENROL, "user", self.userId(), null));
        return recoveryCodes;
    }

    /**
     * R-AUTH-02 — a code of the user's confirmed secret for a step not spent before, or one of the user's unused
     * recovery codes; each is spent by accepting it. The caller counts a refusal as a failed login.
     */
    public Proof verify(Actor self, String code) {
        SecondFactor factor = factors.find(self.userId()).filter(SecondFactor::confirmed)
                .orElseThrow(() -> new DomainException("secondFactor.enrol.notStarted"));
        Instant now = clock.instant();
        if (Totp.normalise(code).matches("\\d{" + Totp.DIGITS + "}")) {
            OptionalLong step = Totp.matchingStep(factor.secret(), code, now, factor.lastUsedStep());
            if (step.isPresent() && factors.spend(self.userId(), step.getAsLong())) {
                return Proof.CODE;
            }
            throw DomainException.onField("code", "secondFactor.code.wrong");
        }
        if (factors.spendRecoveryCode(self.userId(), normaliseRecoveryCode(code), now)) {
            auditLog.record(AuditEntry.success(self, AuditAction.SECOND_FACTOR_RECOVERY, "user", self.userId(),
                    null));
            return Proof.RECOVERY_CODE;
        }
        throw DomainException.onField("code", "secondFactor.code.wrong");
    }

    /** A recovery code as typed: case, spaces and hyphens do not matter. */
    public static String normaliseRecoveryCode(String code) {
        return code == null ? "" : code.replaceAll("[\\s\\-\u3000]", "").toUpperCase(Locale.ROOT);
    }

    /** Ten new recovery codes, as an enrolment gives them. */
    public static List<String> newRecoveryCodes() {
        List<String> codes = new ArrayList<>(SecondFactorRules.RECOVERY_CODES);
        while (codes.size() < SecondFactorRules.RECOVERY_CODES) {
            StringBuilder code = new StringBuilder(RECOVERY_LENGTH + 1);
            for (int i = 0; i < RECOVERY_LENGTH; i++) {
                if (i == RECOVERY_LENGTH / 2) {
                    code.append('-');
                }
                code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
            }
            if (!codes.contains(code.toString())) {
                codes.add(code.toString());
            }
        }
        return codes;
    }
}
