package org.unionaid.domain.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.campaign.CampaignAdministration;
import org.unionaid.domain.fixtures.Actors;
import org.unionaid.domain.fixtures.CampaignBuilder;
import org.unionaid.domain.fixtures.FixedClock;
import org.unionaid.domain.fixtures.InMemoryCampaigns;
import org.unionaid.domain.fixtures.InMemoryFunds;
import org.unionaid.domain.fixtures.InMemoryJournal;
import org.unionaid.domain.fixtures.InMemoryOrganisations;
import org.unionaid.domain.fixtures.RecordingAuditLog;
import org.unionaid.domain.fixtures.UnionTree;
import org.unionaid.domain.ledger.AccountKind;
import org.unionaid.domain.ledger.EntryKind;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.ledger.JournalEntry;
import org.unionaid.domain.ledger.Ledger;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.OrganisationType;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;

/**
 * Money coming into a union's account (资金入账, 募集), checked and posted to the ledger.
 * Specifies R-MATCH-03 for receipts: a voucher booked as a match is not received again.
 */
class FundIntakeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 20);

    private final InMemoryOrganisations organisations = new InMemoryOrganisations();
    private final UnionTree tree = new UnionTree(organisations);
    private final Organisation province = tree.root("ZJ", OrganisationType.PROVINCE);
    private final Organisation city = tree.under(province, "HZ", OrganisationType.CITY);
    private final Organisation otherCity = tree.under(province, "NB", OrganisationType.CITY);
    private final InMemoryCampaigns campaigns = new InMemoryCampaigns(organisations);
    private final InMemoryJournal journal = new InMemoryJournal();
    private final Ledger ledger = new Ledger(journal, journal.readings(), FixedClock.on(TODAY));
    private final InMemoryFunds funds = new InMemoryFunds(organisations, campaigns);
    private final RecordingAuditLog auditLog = new RecordingAuditLog(organisations);
    private final FundIntake intake = new FundIntake(funds, ledger,
            new CampaignAdministration(campaigns, organisations, auditLog, FixedClock.on(TODAY)), organisations,
            auditLog, FixedClock.on(TODAY));
    private final Actor finance = Actors.finance(city);

    private final long campaign = campaigns.add(CampaignBuilder.organisedBy(province).id(5)
            .allowing(FundPurpose.CONDOLENCE, FundSource.UNIT_DONATION, FundSource.PERSONAL_DONATION)
            .allowing(FundPurpose.LIVING, FundSource.CENTRAL_SPECIAL).build()).id();

    private static ReceiptDraft donation(String amount, String number) {
        return new ReceiptDraft(5L, FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE, amount, TODAY, number,
                null, " 杭州某某科技有限公司 ", " 年终捐赠 ");
    }

    private static ReceiptDraft receipt(Long campaignId, FundSource source, FundPurpose purpose) {
        return new ReceiptDraft(campaignId, source, purpose, "1000", TODAY, "R-1", null, "捐赠人", null);
    }

    private Money available(FundSource source, FundPurpose purpose) {
        return ledger.balance(city.getId(), AccountKind.AVAILABLE, source, purpose);
    }

    private DomainException refusal(Actor actor, ReceiptDraft draft) {
        try {
            intake.record(actor, draft);
        } catch (DomainException e) {
            assertThat(journal.entries()).as("nothing posted").isEmpty();
            assertThat(funds.allReceipts()).as("nothing stored").isEmpty();
            assertThat(auditLog.entries()).as("nothing logged").isEmpty();
            return e;
        }
        throw new AssertionError("the receipt was recorded");
    }

    private DomainException refusal(ReceiptDraft draft) {
        return refusal(finance, draft);
    }

    @Test
    void aDonationIsPostedAsMoneyReceivedIntoTheUnionOfItsSourceAndPurpose() {
        FundReceipt receipt = intake.record(finance, donation("50,000", "JZ-2026-001"));

        assertThat(available(FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE)).isEqualTo(Money.yuan("50000"));
        assertThat(ledger.balance(city.getId(), AccountKind.RECEIVED, FundSource.UNIT_DONATION,
                FundPurpose.CONDOLENCE)).isEqualTo(Money.yuan("-50000"));
        JournalEntry entry = ledger.entry(receipt.entryId());
        assertThat(entry.kind()).isEqualTo(EntryKind.DONATION);
        assertThat(entry.header().campaignId()).isEqualTo(campaign);
        assertThat(entry.header().memo()).isEqualTo("杭州某某科技有限公司 JZ-2026-001");
        assertThat(receipt.organisationId()).isEqualTo(city.getId());
        assertThat(receipt.organisationName()).isEqualTo("HZ工会");
        assertThat(receipt.donorKind()).isEqualTo(DonorKind.UNIT);
        assertThat(receipt.donorName()).isEqualTo("杭州某某科技有限公司");
        assertThat(receipt.note()).isEqualTo("年终捐赠");
        assertThat(funds.allReceipts()).containsExactly(receipt);
        assertThat(auditLog.last().action()).isEqualTo(AuditAction.FUND_RECEIPT);
        assertThat(auditLog.last().detail()).isEqualTo("UNIT_DONATION CONDOLENCE 50000.00");
    }

    @Test
    void moneyOtherThanADonationIsAReceiptWithoutDonor() {
        FundReceipt receipt = intake.record(finance, new ReceiptDraft(5L, FundSource.CENTRAL_SPECIAL,
                FundPurpose.LIVING, "200000", TODAY, "CZ-17", DonorKind.PERSON, "财政局", ""));

        assertThat(ledger.entry(receipt.entryId()).kind()).isEqualTo(EntryKind.RECEIPT);
        assertThat(ledger.entry(receipt.entryId()).header().memo()).isEqualTo("CZ-17");
        assertThat(receipt.donorKind()).isNull();
        assertThat(receipt.donorName()).isNull();
        assertThat(receipt.note()).isNull();
    }

    @Test
    void theDonorKindFollowsTheSourceAndSocialDonationsAreFromAUnitUnlessSaid() {
        FundReceipt person = intake.record(finance, new ReceiptDraft(5L, FundSource.PERSONAL_DONATION,
                FundPurpose.CONDOLENCE, "100", TODAY, "P-1", DonorKind.UNIT, "张三", null));
        FundReceipt social = intake.record(finance, new ReceiptDraft(null, FundSource.SOCIAL_DONATION, null, "100",
                TODAY, "S-1", null, "爱心人士", null));
        FundReceipt socialPerson = intake.record(finance, new ReceiptDraft(null, FundSource.SOCIAL_DONATION, null,
                "100", TODAY, "S-2", DonorKind.PERSON, "李四", null));

        assertThat(person.donorKind()).isEqualTo(DonorKind.PERSON);
        assertThat(social.donorKind()).isEqualTo(DonorKind.UNIT);
        assertThat(socialPerson.donorKind()).isEqualTo(DonorKind.PERSON);
    }

    @Test
    void onlyFinanceStaffRecordMoney() {
        assertThatThrownBy(() -> intake.record(Actors.of(city, Role.ADMIN, Role.APPROVER, Role.CLERK),
                donation("100", "R-1"))).isInstanceOf(OutsideScopeException.class);
        assertThat(journal.entries()).isEmpty();
    }

    @Test
    void moneyIsReceivedFromANamedSourceOutsideTheTree() {
        assertThat(refusal(receipt(null, null, FundPurpose.GENERAL)).messageKey()).isEqualTo("funds.source.required");
        for (FundSource inside : List.of(FundSource.UPPER_UNION, FundSource.MATCHING)) {
            DomainException refusal = refusal(receipt(null, inside, FundPurpose.GENERAL));
            assertThat(refusal.messageKey()).as(inside.name()).isEqualTo("funds.source.notReceived");
            assertThat(refusal.field()).isEqualTo("source");
        }
    }

    @Test
    void moneyForACampaignsPurposeComesFromASourceTheCampaignAllowsForIt() {
        DomainException refusal = refusal(receipt(5L, FundSource.CENTRAL_SPECIAL, FundPurpose.CONDOLENCE));

        assertThat(refusal.messageKey()).isEqualTo("funds.sourceNotAllowed");
        assertThat(refusal.field()).isEqualTo("purpose");
        assertThat(refusal(receipt(5L, FundSource.PARTY_DUES, FundPurpose.LIVING)).messageKey())
                .isEqualTo("funds.sourceNotAllowed");
    }

    @Test
    void moneyWithoutAStatedUseOrOutsideACampaignIsTakenFromAnySource() {
        intake.record(finance, receipt(5L, FundSource.PARTY_DUES, null));
        intake.record(finance, new ReceiptDraft(null, FundSource.PARTY_DUES, FundPurpose.CONDOLENCE, "1000", TODAY,
                "R-2", null, null, null));

        assertThat(available(FundSource.PARTY_DUES, FundPurpose.GENERAL)).isEqualTo(Money.yuan("1000"));
        assertThat(available(FundSource.PARTY_DUES, FundPurpose.CONDOLENCE)).isEqualTo(Money.yuan("1000"));
    }

    @Test
    void aCampaignOutOfTheUnionsSightIsRefused() {
        campaigns.add(CampaignBuilder.organisedBy(otherCity).id(6).build());

        assertThatThrownBy(() -> intake.record(finance, new ReceiptDraft(6L, FundSource.UNIT_DONATION, null, "100",
                TODAY, "R-1", null, "某公司", null))).isInstanceOf(OutsideScopeException.class);
        assertThat(journal.entries()).isEmpty();
    }

    @Test
    void theAmountIsAPositiveSumOfYuanAsAPersonTypesIt() {
        for (String[] wrong : new String[][] {{null, "funds.amount.required"}, {" ", "funds.amount.required"},
                {"0.00", "funds.amount.required"}, {"-100", "money.negative"}, {"一百", "money.notANumber"},
                {"100.001", "money.tooPrecise"}}) {
            DomainException refusal = refusal(donation(wrong[0], "R-9"));
            assertThat(refusal.messageKey()).as(wrong[0]).isEqualTo(wrong[1]);
            assertThat(refusal.field()).isEqualTo("amount");
        }
        assertThat(intake.record(finance, donation("５０，０００元", "R-1")).amount()).isEqualTo(Money.yuan("50000"));
    }

    @Test
    void moneyIsReceivedOnADayNotInTheFuture() {
        for (LocalDate day : new LocalDate[] {null, TODAY.plusDays(1)}) {
            DomainException refusal = refusal(new ReceiptDraft(null, FundSource.OWN_UNION_FUNDS, null, "100", day,
                    "R-1", null, null, null));
            assertThat(refusal.messageKey()).isEqualTo("funds.receivedOn.invalid");
            assertThat(refusal.field()).isEqualTo("receivedOn");
        }
        assertThat(intake.record(finance, new ReceiptDraft(null, FundSource.OWN_UNION_FUNDS, null, "100", TODAY,
                "R-1", null, null, null)).receivedOn()).isEqualTo(TODAY);
    }

    @Test
    void everyReceiptHasANumberOfAtMostFiftyCharacters() {
        for (String number : new String[] {null, "  ", "N".repeat(51)}) {
            DomainException refusal = refusal(donation("100", number));
            assertThat(refusal.messageKey()).isEqualTo("funds.receiptNumber.required");
            assertThat(refusal.arguments()).containsExactly(50);
        }
        assertThat(intake.record(finance, donation("100", " " + "N".repeat(50) + " ")).receiptNumber())
                .isEqualTo("N".repeat(50));
    }

    @Test
    void aReceiptNumberIsUsedOnceInAUnionButMayRecurInAnother() {
        intake.record(finance, donation("100", "JZ-001"));

        assertThatThrownBy(() -> intake.record(finance, donation("200", "JZ-001")))
                .isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("funds.receiptNumber.duplicate");
                    assertThat(refusal.arguments()).containsExactly("JZ-001");
                });
        assertThat(available(FundSource.UNIT_DONATION, FundPurpose.CONDOLENCE)).isEqualTo(Money.yuan("100"));
        assertThat(intake.record(Actors.finance(otherCity), donation("200", "JZ-001")).organisationId())
                .isEqualTo(otherCity.getId());
    }

    @Test
    void aVoucherAlreadyBookedAsAMatchIsNotReceivedAgain() {
        // R-MATCH-03: the same voucher twice would count the same money twice as money raised.
        long allocation = funds.nextAllocationId();
        funds.addAllocation(allocation, 5, province.getId(), city.getId(), FundSource.UNIT_DONATION,
                FundPurpose.CONDOLENCE, Money.yuan("1000"), java.math.BigDecimal.ONE, null, TODAY, null,
                java.util.UUID.randomUUID(), 1, 1);
        funds.addContribution(new Funds.NewContribution(funds.nextContributionId(), allocation, city.getId(),
                Money.yuan("1000"), TODAY, "记-2026-015", MatchingSource.PARTY_DUES, null, java.util.UUID.randomUUID(),
                1, 1));

        DomainException refusal = refusal(new ReceiptDraft(null, FundSource.PARTY_DUES, null, "1000",
                TODAY, " 记-2026-015 ", null, null, null));

        assertThat(refusal.messageKey()).isEqualTo("funds.receiptNumber.isMatch");
        assertThat(refusal.field()).isEqualTo("receiptNumber");
        assertThat(refusal.arguments()).containsExactly("记-2026-015");
    }

    @Test
    void aDonationNamesItsDonorInAtMostAHundredCharacters() {
        for (String donor : new String[] {null, " ", "捐".repeat(101)}) {
            DomainException refusal = refusal(new ReceiptDraft(null, FundSource.PERSONAL_DONATION, null, "100",
                    TODAY, "R-1", null, donor, null));
            assertThat(refusal.messageKey()).isEqualTo("funds.donor.required");
            assertThat(refusal.field()).isEqualTo("donorName");
        }
    }
}
