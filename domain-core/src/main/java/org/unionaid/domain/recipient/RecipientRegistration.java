package org.unionaid.domain.recipient;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.hardship.BankAccount;
import org.unionaid.domain.hardship.ProtectedId;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.person.BankCardNumber;
import org.unionaid.domain.person.PersonalDataProtector;
import org.unionaid.domain.person.ResidentId;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.NotFoundException;

/**
 * Keeping the lists of named recipients (劳模, 一线职工, 困难农民工, 困难党员、老党员): a union's clerk, finance officer
 * or approver records a person of its own union or a union below it, by real name and ID number (实名制), with the
 * card money is transferred to, if any, in the person's own name. A person is kept once per union.
 */
@Service
@Transactional
public class RecipientRegistration {

    private final NamedRecipients recipients;
    private final Organisations organisations;
    private final PersonalDataProtector protector;
    private final AuditLog auditLog;
    private final Clock clock;

    public RecipientRegistration(NamedRecipients recipients, Organisations organisations,
            PersonalDataProtector protector, AuditLog auditLog, Clock clock) {
        this.recipients = recipients;
        this.organisations = organisations;
        this.protector = protector;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public NamedRecipient register(Actor actor, NewRecipient draft) {
        actor.requireAnyRole(Role.CLERK, Role.FINANCE, Role.APPROVER);
        Organisation union = organisations.findById(draft.organisationId())
                .orElseThrow(() -> DomainException.onField("organisationId", "NotNull"));
        actor.requireReach(union.path());
        if (draft.group() == null) {
            throw DomainException.onField("group", "recipient.group.required");
        }
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty() || name.length() > 50) {
            throw DomainException.onField("name", "recipient.name.required");
        }
        ResidentId id = ResidentId.parse("idNumber", draft.idNumber(), LocalDate.now(clock));
        BankAccount account = null;
        boolean cardTyped = draft.cardNumber() != null && !draft.cardNumber().isBlank();
        if (cardTyped) {
            // 实名制: the holder is the recipient, as for a file's card (R-STAT-06 refuses any other at payment).
            account = BankAccount.of(draft.bank(), BankCardNumber.parse("cardNumber", draft.cardNumber()),
                    draft.holder() == null || draft.holder().isBlank() ? name : draft.holder(), name, protector);
        }
        long recipientId = recipients.nextId();
        boolean stored = recipients.add(new NamedRecipients.Stored(recipientId, union.getId(), draft.group(), name,
                ProtectedId.of(id, protector), limit(draft.employer(), 100, "employer"),
                limit(draft.honour(), 100, "honour"), account, actor.userId(), clock.instant()));
        if (!stored) {
            throw DomainException.onField("idNumber", "recipient.already", union.getName());
        }
        auditLog.record(AuditEntry.success(actor, AuditAction.RECIPIENT_CREATE, "named_recipient", recipientId,
                draft.group().name())); // the log keeps no ID number, not even masked
        return recipients.find(recipientId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<NamedRecipient> list(Actor actor, RecipientGroup group) {
        return recipients.of(actor.organisationPath(), group, null);
    }

    /** The unions of the actor's subtree whose lists the actor keeps (its own first, in tree order). */
    @Transactional(readOnly = true)
    public List<Organisation> unionsInReach(Actor actor) {
        return organisations.subtree(actor.organisationPath());
    }

    @Transactional(readOnly = true)
    public NamedRecipient view(Actor actor, long id) {
        NamedRecipient recipient = recipients.find(id).orElseThrow(() -> new NotFoundException("named recipient", id));
        actor.requireReach(organisations.findById(recipient.organisationId()).orElseThrow().path());
        return recipient;
    }

    private static String limit(String value, int length, String field) {
        String text = value == null || value.isBlank() ? null : value.strip();
        if (text != null && text.length() > length) {
            throw DomainException.onField(field, "recipient.tooLong", length);
        }
        return text;
    }
}
