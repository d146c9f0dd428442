package org.unionaid.web.trace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.unionaid.domain.anomaly.RecordRef;
import org.unionaid.domain.trace.DocumentLabel;
import org.unionaid.domain.trace.DocumentLabels;

/**
 * Names a business record in words (message {@code record.<type>} around the values {@link DocumentLabels} reads)
 * and links it to the page where it can be read. Templates ask {@code @records.text(record, labels)} and
 * {@code @records.href(record, labels)} with the labels the controller loaded for the page in one go.
 */
@Component("records")
public class RecordLinks {

    private final DocumentLabels documentLabels;
    private final MessageSource messages;

    RecordLinks(DocumentLabels documentLabels, MessageSource messages) {
        this.documentLabels = documentLabels;
        this.messages = messages;
    }

    /** The labels of every record of a page, in one statement per type. */
    public Map<RecordRef, DocumentLabel> labels(Collection<RecordRef> records) {
        return documentLabels.labels(records);
    }

    /** The page a record is read on, or null when it has none. */
    public String href(RecordRef record, Map<RecordRef, DocumentLabel> labels) {
        long id = record.id();
        return switch (record.type()) {
            case "hardship_file" -> "/files/" + id;
            case "disbursement_line" -> "/trace/lines/" + id;
            case "bank_return" -> "/trace/returns/" + id;
            case "disbursement_batch" -> "/batches/" + id;
            case "allocation" -> "/allocations/" + id;
            case "public_notice" -> "/notices/" + id;
            case "balance_transfer" -> "/transfers";
            case "campaign" -> "/campaigns/" + id;
            case "finding" -> "/findings/" + id;
            case "anomaly_run" -> "/audit/desk/runs/" + id;
            case "audit_sample" -> "/audit/samples/" + id;
            case "report_table" -> reportTable(labels == null ? null : labels.get(record));
            default -> null;
        };
    }

    /** A report table's page: its campaign, form and union are the last values of its label. */
    private static String reportTable(DocumentLabel label) {
        if (label == null || label.arguments().size() < 5) {
            return null;
        }
        List<Object> args = label.arguments();
        return "/reports/" + args.get(3) + "/" + args.get(2) + "/" + args.get(4);
    }

    /** The record in words, in the reader's language; by its type and number when its words are not at hand. */
    public String text(RecordRef record, Map<RecordRef, DocumentLabel> labels) {
        DocumentLabel label = labels == null ? null : labels.get(record);
        String type = messages.getMessage("record.type." + record.type(), null, record.type(),
                LocaleContextHolder.getLocale());
        if (label == null) {
            return messages.getMessage("record.fallback", new Object[] {String.valueOf(record.id()), type},
                    LocaleContextHolder.getLocale());
        }
        List<Object> args = new ArrayList<>();
        args.add(String.valueOf(record.id()));
        label.arguments().forEach(a -> args.add(String.valueOf(a)));
        return messages.getMessage("record." + record.type(), args.toArray(), LocaleContextHolder.getLocale());
    }

    /** A type as people name it ({@code record.type.<type>}), or the code when it has no name. */
    public String typeName(String type) {
        return messages.getMessage("record.type." + type, null, type, LocaleContextHolder.getLocale());
    }
}
