package org.unionaid.domain.disbursement;

import java.time.LocalDate;
import java.util.Optional;

import org.unionaid.domain.shared.Refusal;
import org.unionaid.domain.shared.Rule;
import org.unionaid.domain.shared.RuleSet;

/**
 * The rules a cash or goods line passes when it is handed over, which settles it (PAID, COMMITTED → DISBURSED):
 * the money leaves the union's hands only in a household, on a delegation's home visit, against a signature the
 * batch keeps. {@code Handover.handOver} calls them on every handover; PostgreSQL checks the same on the
 * handover row (V42).
 */
public final class HandoverRules {

    /** The delegation, its visit to the household, then the signed roster. */
    public static final RuleSet<HandoverCase> ALL = RuleSet.of(new DelegationOfThePayingUnion(),
            new OnTheDelegationsHomeVisit(), new SignedRosterKept());

    private HandoverRules() {
    }

    /**
     * R-HAND-01 — the delegation that hands over a batch's cash or goods is one the paying union sent: the money is
     * that union's, and so is the 慰问团 that carries it (seed 002: 除慰问团入户慰问外,一律通过银行卡转帐方式发放慰问资金).
     */
    static final class DelegationOfThePayingUnion implements Rule<HandoverCase> {
        @Override
        public Optional<Refusal> check(HandoverCase handover) {
            return handover.delegation().organisationId() == handover.batch().payingUnionId() ? Optional.empty()
                    : Refusal.refuse("handover.refused.otherUnionsDelegation", handover.batch().payingUnionName());
        }
    }

    /**
     * R-HAND-01 — a line is handed over only on that delegation's home visit (入户慰问) to the line's household,
     * recorded as a visit; the visit's day is the handover's. Cash given out in the office, or on another
     * delegation's visit, has no such visit.
     */
    static final class OnTheDelegationsHomeVisit implements Rule<HandoverCase> {
        @Override
        public Optional<Refusal> check(HandoverCase handover) {
            boolean visited = handover.visit() != null
                    && handover.visit().isHomeVisitOf(handover.delegation().id(), handover.line().fileId())
                    && handover.delegation().isOutOn(handover.visit().getVisitedOn());
            return visited ? Optional.empty() : Refusal.refuse("handover.refused.noVisit",
                    handover.line().workerName(), handover.delegation().leader(), handover.delegation().startsOn());
        }
    }

    /**
     * R-HAND-02 — a line is settled only when the batch keeps the roster the households signed (seed 000:
     * 对发放的款物要进行实名制登记和签名确认), scanned on the visit's day or later: a scan from before the visit cannot
     * hold the signature given on it. So a cash or goods batch is complete only with its signed roster.
     */
    static final class SignedRosterKept implements Rule<HandoverCase> {
        @Override
        public Optional<Refusal> check(HandoverCase handover) {
            LocalDate visited = handover.handedOn();
            if (visited == null) {
                return Optional.empty();
            }
            boolean signed = handover.scans().stream()
                    .anyMatch(scan -> !LocalDate.ofInstant(scan.uploadedAt(), handover.zone()).isBefore(visited));
            return signed ? Optional.empty() : Refusal.refuse("handover.refused.noSignedRoster", visited);
        }
    }
}
