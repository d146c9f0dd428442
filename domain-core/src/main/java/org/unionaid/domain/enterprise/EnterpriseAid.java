package org.unionaid.domain.enterprise;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.organisation.Organisation;
import org.unionaid.domain.organisation.Organisations;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.NotFoundException;

/**
 * Enterprises in difficulty (困难企业) and the visits a union pays them (seed 000: 走访慰问困难企业; seed 002 counts
 * them in its 送温暖统计表): the clerk, reviewer or approver of a union records an enterprise of its subtree, and
 * any union that reaches it records its visit with what it gave.
 */
@Service
@Transactional
public class EnterpriseAid {

    private final Enterprises enterprises;
    private final Organisations organisations;
    private final AuditLog auditLog;
    private final Clock clock;

    public EnterpriseAid(Enterprises enterprises, Organisations organisations, AuditLog auditLog, Clock clock) {
        this.enterprises = enterprises;
        this.organisations = organisations;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public HardshipEnterprise register(Actor actor, long organisationId, String name, String creditCode,
            String difficulty, Integer employees) {
        actor.requireAnyRole(Role.CLERK, Role.REVIEWER, Role.APPROVER);
        Organisation union = organisations.findById(organisationId)
                .orElseThrow(() -> DomainException.onField("organisationId", "NotNull"));
        actor.requireReach(union.path());
        String named = text(name, 100, "name");
        if (named == null) {
            throw DomainException.onField("name", "enterprise.name.required");
        }
        String why = text(difficulty, 500, "difficulty");
        if (why == null) {
            throw DomainException.onField("difficulty", "enterprise.difficulty.required");
        }
        String code = text(creditCode, 18, "creditCode");
        if (code != null && !code.matches("[0-9A-HJ-NPQRTUWXY]{18}")) {
            throw DomainException.onField("creditCode", "enterprise.creditCode.invalid");
        }
        if (employees != null && employees < 1) {
            throw DomainException.onField("employees", "enterprise.employees.invalid");
        }
        HardshipEnterprise enterprise = new HardshipEnterprise(enterprises.nextId(), union.getId(), union.getName(),
                named, code, why, employees, clock.instant());
        if (!enterprises.add(enterprise, actor.userId())) {
            throw DomainException.onField("name", "enterprise.name.taken");
        }
        auditLog.record(AuditEntry.success(actor, AuditAction.ENTERPRISE_CREATE, "hardship_enterprise",
                enterprise.id(), named));
        return enterprise;
    }

    /** The actor's union visits the enterprise and records what it gave: money, goods at their value, or both. */
    public EnterpriseVisit recordVisit(Actor actor, long enterpriseId, NewEnterpriseVisit typed) {
        actor.requireAnyRole(Role.CLERK, Role.REVIEWER, Role.APPROVER);
        HardshipEnterprise enterprise = view(actor, enterpriseId);
        if (typed.visitedOn() == null) {
            throw DomainException.onField("visitedOn", "NotNull");
        }
        if (typed.visitedOn().isAfter(LocalDate.now(clock))) {
            throw DomainException.onField("visitedOn", "visit.future");
        }
        String visitors = text(typed.visitors(), 300, "visitors");
        if (visitors == null) {
            throw DomainException.onField("visitors", "NotBlank");
        }
        Money cash = amount(typed.cash(), "cash");
        Money goodsValue = amount(typed.goodsValue(), "goodsValue");
        String goods = text(typed.goods(), 200, "goods");
        if ((goods == null) != goodsValue.isZero()) {
            throw DomainException.onField("goods", "enterprise.goods.withValue");
        }
        Organisation union = organisations.findById(actor.organisationId()).orElseThrow();
        EnterpriseVisit visit = new EnterpriseVisit(enterprises.nextVisitId(), enterprise.id(), union.getId(),
                union.getName(), typed.visitedOn(), visitors, cash, goods, goodsValue, text(typed.notes(), 500, "notes"));
        enterprises.addVisit(visit, actor.userId(), clock.instant());
        auditLog.record(AuditEntry.success(actor, AuditAction.ENTERPRISE_VISIT, "hardship_enterprise", enterprise.id(),
                "cash " + cash + ", goods " + goodsValue));
        return visit;
    }

    @Transactional(readOnly = true)
    public List<HardshipEnterprise> list(Actor actor) {
        return enterprises.of(actor.organisationPath());
    }

    /** The unions of the actor's subtree that may keep an enterprise (its own first, in tree order). */
    @Transactional(readOnly = true)
    public List<Organisation> unionsInReach(Actor actor) {
        return organisations.subtree(actor.organisationPath());
    }

    @Transactional(readOnly = true)
    public HardshipEnterprise view(Actor actor, long enterpriseId) {
        HardshipEnterprise enterprise = enterprises.find(enterpriseId)
                .orElseThrow(() -> new NotFoundException("hardship enterprise", enterpriseId));
        actor.requireReach(organisations.findById(enterprise.organisationId()).orElseThrow().path());
        return enterprise;
    }

    @Transactional(readOnly = true)
    public List<EnterpriseVisit> visits(Actor actor, long enterpriseId) {
        view(actor, enterpriseId);
        return enterprises.visitsOf(enterpriseId);
    }

    private static Money amount(String typed, String field) {
        return typed == null || typed.isBlank() ? Money.ZERO : Money.parse(field, typed);
    }

    private static String text(String value, int length, String field) {
        String text = value == null || value.isBlank() ? null : value.strip();
        if (text != null && text.length() > length) {
            throw DomainException.onField(field, "recipient.tooLong", length);
        }
        return text;
    }
}
