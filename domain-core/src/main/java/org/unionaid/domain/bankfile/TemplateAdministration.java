package org.unionaid.domain.bankfile;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionaid.domain.audit.AuditAction;
import org.unionaid.domain.audit.AuditEntry;
import org.unionaid.domain.audit.AuditLog;
import org.unionaid.domain.hardship.Bank;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.security.OutsideScopeException;
import org.unionaid.domain.security.Role;
import org.unionaid.domain.shared.DomainException;

/**
 * Bank file templates as the administrators of the top union keep them: the system holds one set for
 * every union. A template in use is never changed (its files must stay explainable); a changed layout is a
 * new template, typically copied from the old one. Finance officers read them to choose one for a bank file.
 *
 * <p>Columns are written one per line, fields separated by {@code |}:
 * {@code section|field|literal|width|alignment|pad|amount format}, e.g. {@code DETAIL|AMOUNT||15|RIGHT|0|FEN}
 * or {@code HEADER|LITERAL|业务参考号}; empty trailing fields may be left out. A bank's specification
 * reads like such a list, and an administrator can paste and adjust one.
 */
@Service
@Transactional
public class TemplateAdministration {

    /** A template as typed into the form. */
    public record TemplateDraft(String name, Bank bank, BankFileFormat format, BankFileEncoding encoding,
            String separator, LineEnding lineEnding, boolean withHeader, boolean withTrailer, String columns) {
    }

    private final BankFileTemplates templates;
    private final AuditLog auditLog;

    public TemplateAdministration(BankFileTemplates templates, AuditLog auditLog) {
        this.templates = templates;
        this.auditLog = auditLog;
    }

    /** The templates, for the administrators and for the finance officers who choose one for a bank file. */
    @Transactional(readOnly = true)
    public List<BankFileTemplate> templates(Actor actor) {
        actor.requireAnyRole(Role.ADMIN, Role.FINANCE);
        return templates.all();
    }

    /** R-SEC-01 — templates are kept by the top union's administrators; their form is theirs alone too. */
    public void requireKeeper(Actor actor) {
        actor.requireRole(Role.ADMIN);
        if (actor.organisationPath().depth() != 1) {
            throw new OutsideScopeException(OutsideScopeException.Check.LEVEL, "bank file templates");
        }
    }

    public BankFileTemplate create(Actor actor, TemplateDraft draft) {
        requireKeeper(actor);
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            throw DomainException.onField("name", "template.name.required");
        }
        if (templates.all().stream().anyMatch(t -> t.name().equals(name))) {
            throw DomainException.onField("name", "template.name.taken", name);
        }
        if (draft.format() == null || draft.encoding() == null || draft.lineEnding() == null) {
            throw DomainException.onField("format", "NotNull");
        }
        String separator = draft.format() == BankFileFormat.CSV ? separator(draft.separator()) : null;
        List<TemplateColumn> columns = columns(draft.columns(), draft.format());
        BankFileTemplate template;
        try {
            template = new BankFileTemplate(0, name, draft.bank(), draft.format(), draft.encoding(), separator,
                    draft.lineEnding(), draft.withHeader(), draft.withTrailer(), columns);
        } catch (IllegalArgumentException e) {
            throw DomainException.onField("columns", "template.columns.invalid");
        }
        BankFileTemplate stored = templates.add(template);
        auditLog.record(AuditEntry.success(actor, AuditAction.BANK_TEMPLATE_CREATE, "bank_file_template",
                stored.id(), name));
        return stored;
    }

    /** A template's columns written the way the form takes them, to copy and adjust. */
    public static String columnsText(BankFileTemplate template) {
        StringBuilder text = new StringBuilder();
        for (TemplateColumn c : template.columns()) {
            text.append(String.join("|", c.section().name(), c.field().name(), c.literal() == null ? "" : c.literal(),
                    c.width() == null ? "" : c.width().toString(), c.alignment().name(), String.valueOf(c.pad()),
                    c.amountFormat() == null ? "" : c.amountFormat().name()).replaceAll("\\|+ ?\\|*$", ""))
                    .append('\n');
        }
        return text.toString();
    }

    private static String separator(String typed) {
        if (typed == null || typed.isEmpty() || typed.length() > 4) {
            throw DomainException.onField("separator", "template.separator.required");
        }
        return "\\t".equals(typed) ? "\t" : typed;
    }

    private static List<TemplateColumn> columns(String text, BankFileFormat format) {
        List<TemplateColumn> columns = new ArrayList<>();
        Map<TemplateSection, Integer> positions = new EnumMap<>(TemplateSection.class);
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cell = (line + "|||||||").split("\\|", -1);
            try {
                TemplateSection section = TemplateSection.valueOf(cell[0].strip());
                TemplateField field = TemplateField.valueOf(cell[1].strip());
                String literal = cell[2].isEmpty() ? null : cell[2];
                Integer width = cell[3].isBlank() ? null : Integer.valueOf(cell[3].strip());
                Alignment alignment = cell[4].isBlank() ? Alignment.LEFT : Alignment.valueOf(cell[4].strip());
                char pad = cell[5].isEmpty() ? ' ' : cell[5].charAt(0);
                AmountFormat amount = cell[6].isBlank() ? null : AmountFormat.valueOf(cell[6].strip());
                if (format == BankFileFormat.FIXED_WIDTH && width == null) {
                    throw new IllegalArgumentException("width");
                }
                if (pad == '0' && alignment != Alignment.RIGHT) {
                    // Zeros after a value change it: 20.00 in fen, left-aligned in ten zeros, is 2000000000.
                    throw DomainException.onField("columns", "template.columns.zeroPadRight", i + 1, line);
                }
                int position = positions.merge(section, 1, Integer::sum);
                columns.add(new TemplateColumn(section, position, field, literal, width, alignment, pad, amount));
            } catch (IllegalArgumentException e) {
                throw DomainException.onField("columns", "template.columns.line", i + 1, lines[i].strip());
            }
        }
        if (columns.stream().noneMatch(c -> c.section() == TemplateSection.DETAIL)) {
            throw DomainException.onField("columns", "template.columns.noDetail");
        }
        return columns;
    }
}
