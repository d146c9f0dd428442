package org.unionaid.persistence.ledger;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionaid.domain.ledger.AccountKind;
import org.unionaid.domain.ledger.DocumentRef;
import org.unionaid.domain.ledger.EntryKind;
import org.unionaid.domain.ledger.FundPurpose;
import org.unionaid.domain.ledger.FundSource;
import org.unionaid.domain.ledger.JournalEntryDraft;
import org.unionaid.domain.ledger.JournalLine;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.OrganisationType;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.organisation.TreeFixtures;

/** Unions, a user to post as, and the usual movements, for ledger tests. */
final class LedgerFixtures {

    private static long documents = 1;

    private final TreeFixtures tree;
    private final JdbcClient jdbc;
    private Organisation root;

    LedgerFixtures(Organisations organisations, JdbcClient jdbc) {
        this.tree = new TreeFixtures(organisations);
        this.jdbc = jdbc;
    }

    /** A new union (the first one a city, the others counties under it). */
    long union(String shortName) {
        if (root == null) {
            root = tree.root(shortName, OrganisationType.CITY, "330100");
            return root.getId();
        }
        return tree.child(root, shortName, OrganisationType.COUNTY, "330106").getId();
    }

    /** A finance user of {@code unionId}, the one who posts. */
    long user(long unionId) {
        return jdbc.sql("""
                insert into user_account (id, login_name, display_name, organisation_id, password_hash)
                values (nextval('user_account_seq'), :login, '记账员', :union, '{noop}x')
                returning id
                """).param("login", "ledger-" + UUID.randomUUID()).param("union", unionId)
                .query(Long.class).single();
    }

    static synchronized DocumentRef document(String type) {
        return new DocumentRef(type, documents++);
    }

    /** Money from outside the tree: RECEIVED −amount, AVAILABLE +amount. */
    static JournalEntryDraft donation(long unionId, FundSource source, FundPurpose purpose, String amount) {
        Money money = Money.yuan(amount);
        return JournalEntryDraft.of(EntryKind.DONATION, document("donation"), "捐款",
                JournalLine.of(unionId, AccountKind.RECEIVED, source, purpose, money.negated()),
                JournalLine.of(unionId, AccountKind.AVAILABLE, source, purpose, money));
    }

    /** Available money handed from one union to another. */
    static JournalEntryDraft allocation(long from, long to, FundSource source, FundPurpose purpose, String amount) {
        Money money = Money.yuan(amount);
        return JournalEntryDraft.of(EntryKind.ALLOCATION, document("allocation"), "下拨",
                JournalLine.of(from, AccountKind.AVAILABLE, source, purpose, money.negated()),
                JournalLine.of(to, AccountKind.AVAILABLE, source, purpose, money));
    }

    /** Available money paid out: AVAILABLE −amount, DISBURSED +amount. */
    static JournalEntryDraft disbursement(long unionId, FundSource source, FundPurpose purpose, String amount) {
        Money money = Money.yuan(amount);
        return JournalEntryDraft.of(EntryKind.DISBURSEMENT, document("disbursement_line"), "发放",
                JournalLine.of(unionId, AccountKind.AVAILABLE, source, purpose, money.negated()),
                JournalLine.of(unionId, AccountKind.DISBURSED, source, purpose, money));
    }
}
