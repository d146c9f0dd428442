package org.unionaid.domain.campaign;

import java.util.Optional;

import org.unionaid.domain.shared.Refusal;
import org.unionaid.domain.shared.Rule;
import org.unionaid.domain.shared.RuleSet;

/**
 * A campaign's end as an act (结项): its organiser closes it after its end date once every payment of it is
 * settled, and a closed campaign takes no more money and no new payments — what is left of it moves on only by a
 * balance transfer (R-FUND-04). Ring-fencing (专款专用, seed 002: 专款专用,任何单位和个人不得截留、挤占、挪用) needs
 * the campaign's money to end somewhere visible, not to fade into a campaign that merely "ended".
 */
public final class CampaignRules {

    /** R-FUND-02 — in the order the organiser would look. */
    public static final RuleSet<ClosingCase> CLOSING = RuleSet.of(new NotClosedYet(), new ClosedByOrganiser(),
            new Ended(), new NoDraftBatch(), new EveryLineSettled());

    private CampaignRules() {
    }

    /**
     * R-FUND-03 — a closed campaign is frozen: no receipt, allocation, match or batch of it any more. Empty while
     * the campaign is open.
     */
    public static Optional<Refusal> open(Campaign campaign, Optional<Campaigns.Closure> closure) {
        return closure.isPresent()
                ? Refusal.refuse("campaign.closed.frozen", campaign.name(), closure.get().closedOn())
                : Optional.empty();
    }

    /** R-FUND-02 — a campaign is closed once. */
    static final class NotClosedYet implements Rule<ClosingCase> {
        @Override
        public Optional<Refusal> check(ClosingCase closing) {
            return closing.closure().isPresent()
                    ? Refusal.refuse("campaign.close.already", closing.campaign().name(),
                            closing.closure().get().closedOn())
                    : Optional.empty();
        }
    }

    /** R-FUND-02 — by the union that organised it: the others take part in it or oversee it. */
    static final class ClosedByOrganiser implements Rule<ClosingCase> {
        @Override
        public Optional<Refusal> check(ClosingCase closing) {
            return closing.actorUnionId() != closing.campaign().organisationId()
                    ? Refusal.refuse("campaign.close.notOrganiser", closing.campaign().organisationName())
                    : Optional.empty();
        }
    }

    /** R-FUND-02 — after its end date: on the last day it is still running. */
    static final class Ended implements Rule<ClosingCase> {
        @Override
        public Optional<Refusal> check(ClosingCase closing) {
            return closing.campaign().hasEnded(closing.today()) ? Optional.empty()
                    : Refusal.refuse("campaign.close.notEnded", closing.campaign().endsOn());
        }
    }

    /** R-FUND-02 — no batch of it is still being prepared with households on it. */
    static final class NoDraftBatch implements Rule<ClosingCase> {
        @Override
        public Optional<Refusal> check(ClosingCase closing) {
            int drafts = closing.openWork().draftBatches();
            return drafts > 0 ? Refusal.refuse("campaign.close.draftBatches", drafts) : Optional.empty();
        }
    }

    /** R-FUND-02 — every approved line is paid or failed: nothing is waiting for the bank or a delegation. */
    static final class EveryLineSettled implements Rule<ClosingCase> {
        @Override
        public Optional<Refusal> check(ClosingCase closing) {
            int open = closing.openWork().unsettledLines();
            return open > 0 ? Refusal.refuse("campaign.close.unsettledLines", open) : Optional.empty();
        }
    }
}
