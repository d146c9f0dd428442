package org.unionaid.persistence.recipient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.unionaid.domain.hardship.Bank;
import org.unionaid.domain.hardship.BankAccount;
import org.unionaid.domain.scope.OrganisationPath;
import org.unionaid.domain.recipient.NamedRecipient;
import org.unionaid.domain.recipient.NamedRecipients;
import org.unionaid.domain.recipient.RecipientGroup;

/** Named recipients in PostgreSQL: numbers sealed, one record per person and union (unique blind index). */
@Repository
class JdbcNamedRecipients implements NamedRecipients {

    private static final String SELECT = """
            select r.id, r.organisation_id, o.name as organisation_name, r.recipient_group, r.name, r.id_masked,
                   r.employer, r.honour, r.bank, r.bank_card_masked, r.bank_holder, r.created_at
              from named_recipient r join organisation o on o.id = r.organisation_id
            """;

    private final JdbcClient jdbc;

    JdbcNamedRecipients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long nextId() {
        return jdbc.sql("select nextval('named_recipient_seq')").query(Long.class).single();
    }

    @Override
    public boolean add(Stored recipient) {
        BankAccount account = recipient.account();
        return jdbc.sql("""
                insert into named_recipient (id, organisation_id, recipient_group, name, id_sealed, id_index, id_masked,
                                             employer, honour, bank, bank_card_sealed, bank_card_index,
                                             bank_card_masked, bank_holder, created_by, created_at)
                values (:id, :union, :group, :name, :idSealed, :idIndex, :idMasked, :employer, :honour, :bank,
                        :cardSealed, :cardIndex, :cardMasked, :holder, :by, :at)
                on conflict (organisation_id, id_index) do nothing
                """).param("id", recipient.id()).param("union", recipient.organisationId())
                .param("group", recipient.group().name()).param("name", recipient.name())
                .param("idSealed", recipient.idNumber().sealedBytes()).param("idIndex", recipient.idNumber().blindIndex())
                .param("idMasked", recipient.idNumber().masked()).param("employer", recipient.employer())
                .param("honour", recipient.honour())
                .param("bank", account == null ? null : account.getBank().name())
                .param("cardSealed", account == null ? null : account.cardSealed())
                .param("cardIndex", account == null ? null : account.cardIndex())
                .param("cardMasked", account == null ? null : account.getCardMasked())
                .param("holder", account == null ? null : account.getHolder())
                .param("by", recipient.createdBy()).param("at", Timestamp.from(recipient.createdAt())).update() == 1;
    }

    @Override
    public Optional<NamedRecipient> find(long id) {
        return jdbc.sql(SELECT + " where r.id = :id").param("id", id).query(JdbcNamedRecipients::recipient).optional();
    }

    @Override
    public Map<Long, NamedRecipient> findAll(Collection<Long> ids) {
        Map<Long, NamedRecipient> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql(SELECT + " where r.id = any(:ids::bigint[])").param("ids", ids.toArray(Long[]::new))
                .query(JdbcNamedRecipients::recipient).list().forEach(r -> found.put(r.id(), r));
        return found;
    }

    @Override
    public List<NamedRecipient> of(OrganisationPath scope, RecipientGroup group, Long unionId) {
        return jdbc.sql(SELECT + """
                 where o.path >= :lower and o.path < :upper
                   and (cast(:group as text) is null or r.recipient_group = :group)
                   and (cast(:union as bigint) is null or r.organisation_id = :union)
                 order by o.path, r.name, r.id
                """).param("lower", scope.lowerBound()).param("upper", scope.upperBound())
                .param("group", group == null ? null : group.name()).param("union", unionId)
                .query(JdbcNamedRecipients::recipient).list();
    }

    private static NamedRecipient recipient(ResultSet rs, int row) throws SQLException {
        String bank = rs.getString("bank");
        return new NamedRecipient(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("organisation_name"),
                RecipientGroup.valueOf(rs.getString("recipient_group")), rs.getString("name"),
                rs.getString("id_masked"), rs.getString("employer"), rs.getString("honour"),
                bank == null ? null : Bank.valueOf(bank), rs.getString("bank_card_masked"), rs.getString("bank_holder"),
                rs.getTimestamp("created_at").toInstant());
    }
}
