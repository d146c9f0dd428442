package org.unionaid.domain.bankfile;

/**
 * Checking one line of a bank's return file against the batch line it names, for {@link BankReturnImport}:
 * the reference known and of this batch, the same amount, name and card, and an outcome the line may still
 * take.
 */
final class ReturnLineCheck {

    private ReturnLineCheck() {
    }

    /** The line's problem, or null when it may settle (or has settled) its target as it says. */
    static ReturnProblem problem(long batchId, ReturnLine line, SettlementLine target) {
        int n = line.lineNumber();
        if (target == null) {
            return ReturnProblem.of(n, "bankreturn.unknownReference", line.reference());
        }
        if (target.batchId() != batchId) {
            return ReturnProblem.of(n, "bankreturn.otherBatch", line.reference(),
                    BatchHeading.batchReference(target.batchId()));
        }
        if (!line.amount().equals(target.amount())) {
            return ReturnProblem.of(n, "bankreturn.amountDiffers", line.reference(), line.amount(), target.amount());
        }
        String holder = target.holder() != null ? target.holder() : target.workerName();
        if (!ReturnFileParser.normalise(holder).equals(line.name())) {
            return ReturnProblem.of(n, "bankreturn.nameDiffers", line.reference(), line.name(), holder);
        }
        if (!sameLastDigits(line.card(), target.cardMasked())) {
            return ReturnProblem.of(n, "bankreturn.cardDiffers", line.reference());
        }
        return switch (target.status()) {
            case PENDING -> ReturnProblem.of(n, "bankreturn.notSent", line.reference());
            case SENT -> null;
            case PAID -> line.paid() ? null : ReturnProblem.of(n, "bankreturn.conflict.paid", line.reference());
            case FAILED -> line.paid() ? ReturnProblem.of(n, "bankreturn.conflict.failed", line.reference()) : null;
        };
    }

    /** The last four digits agree, when the bank's card shows four; a fully masked card is not compared. */
    private static boolean sameLastDigits(String returned, String masked) {
        // By hand rather than by regular expressions: they were a tenth of importing 100,000 lines.
        String digits = lastFourDigits(returned);
        String ours = masked == null ? null : lastFourDigits(masked);
        if (digits == null || ours == null || !endsInFourDigits(returned.strip())) {
            return true;
        }
        return digits.equals(ours);
    }

    /** The last four ASCII digits of the text, wherever they stand, or null when it has fewer. */
    private static String lastFourDigits(String text) {
        char[] last = new char[4];
        int found = 0;
        for (int i = text.length() - 1; i >= 0 && found < 4; i--) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                last[3 - found++] = c;
            }
        }
        return found == 4 ? new String(last) : null;
    }

    /** Ends in four ASCII digits, on one line. */
    private static boolean endsInFourDigits(String text) {
        int length = text.length();
        if (length < 4) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029'
                    || i >= length - 4 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }
}
