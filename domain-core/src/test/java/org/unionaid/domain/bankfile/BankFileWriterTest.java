package org.unionaid.domain.bankfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unionaid.domain.bankfile.TemplateSection.DETAIL;
import static org.unionaid.domain.fixtures.BankTemplates.csv;
import static org.unionaid.domain.fixtures.BankTemplates.fixed;
import static org.unionaid.domain.fixtures.BankTemplates.genericCsv;
import static org.unionaid.domain.fixtures.BankTemplates.heading;
import static org.unionaid.domain.fixtures.BankTemplates.icbcFixedWidth;
import static org.unionaid.domain.fixtures.BankTemplates.row;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.unionaid.domain.money.Money;
import org.unionaid.domain.shared.DomainException;

/** The layout of fixed-width and CSV payment files, and every file the writer refuses to write. */
class BankFileWriterTest {

    private static final Charset GBK = Charset.forName("GBK");

    private static final List<PaymentRow> TWO_ROWS = List.of(row(1, "张三", "2000"), row(2, "李四", "1500.50"));

    private static String spaces(int count) {
        return " ".repeat(count);
    }

    private static String[] lines(byte[] file, Charset charset, String ending) {
        String text = new String(file, charset);
        assertThat(text).endsWith(ending);
        return text.substring(0, text.length() - ending.length()).split(ending, -1);
    }

    private static DomainException refusal(BankFileTemplate template, BatchHeading heading, List<PaymentRow> rows) {
        try {
            new BankFileWriter(template).write(heading, rows);
        } catch (DomainException e) {
            return e;
        }
        throw new AssertionError("the file was written");
    }

    @Test
    void aFixedWidthFileIsItsColumnsAtTheirByteWidthsTextLeftFiguresRightAndZeroPadded() {
        byte[] file = new BankFileWriter(icbcFixedWidth()).write(heading(), TWO_ROWS);

        String header = "H" + "UA12" + spaces(16) + "20260120" + "00000002" + "000000000350050" + "西湖区总工会"
                + spaces(60 - 12);
        String first = "D" + "000001" + "UA12L101" + spaces(12) + "6222021234567890101" + "张三" + spaces(30 - 4)
                + "000000000200000" + "送温暖慰问" + spaces(20 - 10);
        String second = "D" + "000002" + "UA12L102" + spaces(12) + "6222021234567890102" + "李四" + spaces(30 - 4)
                + "000000000150050" + "送温暖慰问" + spaces(20 - 10);
        String trailer = "T" + "00000002" + "000000000350050";
        assertThat(file).isEqualTo((header + "\r\n" + first + "\r\n" + second + "\r\n" + trailer + "\r\n").getBytes(GBK));
    }

    @Test
    void everyLineOfAKindHasTheSameLengthInBytesWhateverItsNames() {
        byte[] file = new BankFileWriter(icbcFixedWidth()).write(heading(),
                List.of(row(1, "王", "1"), row(2, "欧阳娜娜", "99999.99"), row(3, "Zhang San", "0.01")));

        List<Integer> lengths = Arrays.stream(lines(file, GBK, "\r\n")).map(line -> line.getBytes(GBK).length).toList();

        assertThat(lengths).containsExactly(112, 111, 111, 111, 24);
    }

    @Test
    void aChineseCharacterTakesTwoBytesOfItsColumnInGbkAndThreeInUtf8() {
        BankFileTemplate utf8 = icbcFixedWidth(BankFileEncoding.UTF_8, LineEnding.CRLF);

        String gbkLine = lines(new BankFileWriter(icbcFixedWidth()).write(heading(), TWO_ROWS), GBK, "\r\n")[1];
        String utf8Line = lines(new BankFileWriter(utf8).write(heading(), TWO_ROWS), StandardCharsets.UTF_8,
                "\r\n")[1];

        assertThat(gbkLine).contains("张三" + spaces(26) + "000000000200000");
        assertThat(utf8Line).contains("张三" + spaces(24) + "000000000200000");
        assertThat(utf8Line.getBytes(StandardCharsets.UTF_8)).hasSize(gbkLine.getBytes(GBK).length);
    }

    @Test
    void linesEndAsTheTemplateSays() {
        byte[] crlf = new BankFileWriter(icbcFixedWidth()).write(heading(), TWO_ROWS);
        byte[] lf = new BankFileWriter(icbcFixedWidth(BankFileEncoding.GBK, LineEnding.LF)).write(heading(), TWO_ROWS);

        assertThat(new String(crlf, GBK).split("\r\n", -1)).hasSize(5);
        assertThat(new String(lf, GBK)).doesNotContain("\r").endsWith("\n");
        assertThat(new String(lf, GBK).split("\n", -1)).hasSize(5);
        assertThat(crlf).hasSize(lf.length + 4);
    }

    @Test
    void theTotalsLineCountsTheLinesAndSumsTheirAmountsToTheFen() {
        List<PaymentRow> rows = List.of(row(1, "张三", "0.01"), row(2, "李四", "1000.10"), row(3, "王五", "333.33"));

        String[] lines = lines(new BankFileWriter(genericCsv()).write(heading(), rows), StandardCharsets.UTF_8, "\r\n");

        assertThat(lines[lines.length - 1]).isEqualTo("合计,3,1333.44");
    }

    @Test
    void aCsvFileIsItsValuesBetweenSeparatorsWithoutPaddingOrQuotes() {
        byte[] file = new BankFileWriter(genericCsv()).write(heading(), TWO_ROWS);

        assertThat(new String(file, StandardCharsets.UTF_8)).isEqualTo("""
                业务参考号,收款卡号,户名,金额,开户银行,用途\r
                UA12L101,6222021234567890101,张三,2000.00,中国工商银行,送温暖慰问\r
                UA12L102,6222021234567890102,李四,1500.50,中国工商银行,送温暖慰问\r
                合计,2,3500.50\r
                """);
        assertThat(file).startsWith("业务参考号".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aTemplateWithoutHeaderOrTrailerWritesTheDetailLinesOnly() {
        BankFileTemplate plain = new BankFileTemplate(3, "plain", null, BankFileFormat.CSV, BankFileEncoding.GBK,
                "|", LineEnding.LF, false, false, genericCsv().columns());

        byte[] file = new BankFileWriter(plain).write(heading(), TWO_ROWS);

        assertThat(new String(file, GBK)).isEqualTo("""
                UA12L101|6222021234567890101|张三|2000.00|中国工商银行|送温暖慰问
                UA12L102|6222021234567890102|李四|1500.50|中国工商银行|送温暖慰问
                """);
    }

    @Test
    void everyDetailFieldWritesItsOwnValueAndAMissingValueAnEmptyCell() {
        BankFileTemplate all = new BankFileTemplate(4, "all", null, BankFileFormat.CSV, BankFileEncoding.UTF_8, ";",
                LineEnding.LF, false, false, List.of(csv(DETAIL, 1, TemplateField.SEQUENCE),
                        csv(DETAIL, 2, TemplateField.REFERENCE), csv(DETAIL, 3, TemplateField.CARD_NUMBER),
                        csv(DETAIL, 4, TemplateField.ACCOUNT_NAME),
                        TemplateColumn.csv(DETAIL, 5, TemplateField.AMOUNT, null, AmountFormat.FEN),
                        csv(DETAIL, 6, TemplateField.BANK_NAME), csv(DETAIL, 7, TemplateField.PURPOSE),
                        csv(DETAIL, 8, TemplateField.MEMO), csv(DETAIL, 9, TemplateField.ID_NUMBER_MASKED),
                        TemplateColumn.csv(DETAIL, 10, TemplateField.LITERAL, "CNY", null)));
        PaymentRow noMemo = new PaymentRow(7, "UA12L107", "6222021234567890107", "赵六", Money.yuan("88.8"), "中国银行",
                "生活救助", null, "330106********0017", "赵六");

        String text = new String(new BankFileWriter(all).write(heading(), List.of(noMemo)), StandardCharsets.UTF_8);

        assertThat(text).isEqualTo("7;UA12L107;6222021234567890107;赵六;8880;中国银行;生活救助;;330106********0017;CNY\n");
    }

    @Test
    void theHeaderOfAFixedWidthFileNamesTheBatchThePayerTheDayTheCountAndTheTotal() {
        BatchHeading heading = new BatchHeading(BatchHeading.batchReference(4711), "杭州市总工会",
                LocalDate.of(2025, 12, 31));

        String header = lines(new BankFileWriter(icbcFixedWidth()).write(heading, TWO_ROWS), GBK, "\r\n")[0];

        assertThat(header).startsWith("H" + "UA4711" + spaces(14) + "20251231" + "00000002" + "000000000350050"
                + "杭州市总工会");
    }

    @Test
    void theSameTemplateAndRowsAlwaysGiveTheSameBytes() {
        byte[] once = new BankFileWriter(icbcFixedWidth()).write(heading(), TWO_ROWS);
        BankFileWriter writer = new BankFileWriter(icbcFixedWidth());
        writer.write(heading(), List.of(row(1, "王五", "1")));

        assertThat(writer.write(heading(), TWO_ROWS)).isEqualTo(once);
    }

    @Test
    void rowsHandedOnOneAtATimeGiveTheBytesOfTheWholeBatch() {
        BankFileWriter writer = new BankFileWriter(icbcFixedWidth());

        BankFileWriter.Lines lines = writer.start(heading(), 2, Money.yuan("3500.50"));
        TWO_ROWS.forEach(lines::add);

        assertThat(lines.finish()).isEqualTo(writer.write(heading(), TWO_ROWS));
    }

    @Test
    void aStreamedFileWhoseRowsDoNotMakeTheAnnouncedCountAndTotalIsRefused() {
        BankFileWriter writer = new BankFileWriter(genericCsv());

        BankFileWriter.Lines tooFew = writer.start(heading(), 3, Money.yuan("3500.50"));
        TWO_ROWS.forEach(tooFew::add);
        BankFileWriter.Lines otherTotal = writer.start(heading(), 2, Money.yuan("3500.51"));
        TWO_ROWS.forEach(otherTotal::add);

        assertThatThrownBy(tooFew::finish).isInstanceOf(IllegalStateException.class).hasMessageContaining("written 2");
        assertThatThrownBy(otherTotal::finish).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("of 3500.51");
    }

    @Test
    void aBatchWithoutLinesIsRefused() {
        BankFileWriter writer = new BankFileWriter(genericCsv());

        assertThatThrownBy(() -> writer.write(heading(), List.of())).isInstanceOf(DomainException.class)
                .hasMessage("bankfile.noLines");
        assertThatThrownBy(() -> writer.start(heading(), 0, Money.ZERO)).isInstanceOf(DomainException.class)
                .hasMessage("bankfile.noLines");
    }

    @Test
    void aGbkTemplateRefusesAPayeeNameItCannotEncodeNamingTheLineTheWorkerAndTheCharacter() {
        // 䶮 (U+4DAE) is in CJK extension A, which GBK does not hold; nothing may be written as "?".
        List<PaymentRow> rows = List.of(row(1, "张三", "2000"), row(2, "刘䶮", "1500"));

        DomainException refusal = refusal(icbcFixedWidth(), heading(), rows);

        assertThat(refusal.messageKey()).isEqualTo("bankfile.line.unencodable");
        assertThat(refusal.arguments()).containsExactly("2", "刘䶮", "䶮", "U+4DAE", "GBK");
        assertThat(refusal(genericCsvInGbk(), heading(), rows).messageKey()).isEqualTo("bankfile.line.unencodable");
    }

    @Test
    void aCharacterBeyondTheBasicPlaneIsNamedWholeByItsCodePoint() {
        DomainException refusal = refusal(icbcFixedWidth(), heading(), List.of(row(1, "𠮷田", "100")));

        assertThat(refusal.arguments()).containsExactly("1", "𠮷田", "𠮷", "U+20BB7", "GBK");
    }

    @Test
    void aUtf8TemplateCarriesTheNamesAGbkTemplateCannot() {
        byte[] file = new BankFileWriter(genericCsv()).write(heading(), List.of(row(1, "刘䶮", "1500")));

        assertThat(new String(file, StandardCharsets.UTF_8)).contains(",刘䶮,1500.00,");
    }

    @Test
    void theRefusalNamesTheWorkerEvenWhereTheCardHolderIsWrittenOtherwise() {
        PaymentRow row = new PaymentRow(5, "UA12L105", "6222021234567890105", "刘䶮", Money.yuan("10"), "中国工商银行",
                "送温暖慰问", null, null, "刘岩");

        assertThat(refusal(icbcFixedWidth(), heading(), List.of(row)).arguments()).startsWith("5", "刘岩");
    }

    @Test
    void anUnencodableCharacterInTheHeaderIsRefusedAsTheHeadersProblem() {
        BatchHeading heading = new BatchHeading("UA12", "䶮城工会", LocalDate.of(2026, 1, 20));

        DomainException refusal = refusal(icbcFixedWidth(), heading, TWO_ROWS);

        assertThat(refusal.messageKey()).isEqualTo("bankfile.summary.unencodable");
        assertThat(refusal.arguments()).containsExactly("䶮", "U+4DAE", "GBK");
    }

    @Test
    void aValueWiderThanItsColumnIsRefusedNeverCutShort() {
        String fifteen = "欧阳".repeat(7) + "娜";
        String sixteen = fifteen + "娜";

        byte[] fits = new BankFileWriter(icbcFixedWidth()).write(heading(), List.of(row(1, fifteen, "1")));
        DomainException refusal = refusal(icbcFixedWidth(), heading(), List.of(row(1, "张三", "1"),
                row(2, sixteen, "1")));

        assertThat(new String(fits, GBK)).contains(fifteen + "000000000000100");
        assertThat(refusal.messageKey()).isEqualTo("bankfile.line.tooWide");
        assertThat(refusal.arguments()).containsExactly("2", sixteen, 5, 30, 32);
    }

    @Test
    void widthsAreCountedInTheBytesOfTheTemplatesEncoding() {
        String twelve = "张".repeat(12);
        BankFileTemplate utf8 = icbcFixedWidth(BankFileEncoding.UTF_8, LineEnding.CRLF);

        new BankFileWriter(icbcFixedWidth()).write(heading(), List.of(row(1, twelve, "1")));
        DomainException refusal = refusal(utf8, heading(), List.of(row(1, twelve, "1")));

        assertThat(refusal.messageKey()).isEqualTo("bankfile.line.tooWide");
        assertThat(refusal.arguments()).containsExactly("1", twelve, 5, 30, 36);
    }

    @Test
    void anAmountWiderThanItsColumnIsRefusedRatherThanTruncated() {
        BankFileTemplate narrow = new BankFileTemplate(5, "narrow", null, BankFileFormat.FIXED_WIDTH,
                BankFileEncoding.GBK, null, LineEnding.CRLF, false, false,
                List.of(fixed(DETAIL, 1, TemplateField.AMOUNT, null, 6, Alignment.RIGHT, '0', AmountFormat.FEN)));

        assertThat(new String(new BankFileWriter(narrow).write(heading(), List.of(row(1, "张三", "9999.99"))), GBK))
                .isEqualTo("999999\r\n");
        assertThat(refusal(narrow, heading(), List.of(row(1, "张三", "10000"))).arguments())
                .containsExactly("1", "张三", 1, 6, 7);
    }

    @Test
    void aHeaderValueWiderThanItsColumnIsRefusedAsTheHeadersProblem() {
        BatchHeading heading = new BatchHeading("UA12", "工".repeat(31), LocalDate.of(2026, 1, 20));

        DomainException refusal = refusal(icbcFixedWidth(), heading, TWO_ROWS);

        assertThat(refusal.messageKey()).isEqualTo("bankfile.summary.tooWide");
        assertThat(refusal.arguments()).containsExactly(6, 60, 62);
    }

    @Test
    void aLineBreakInAValueIsRefusedInEveryFormat() {
        PaymentRow broken = new PaymentRow(3, "UA12L103", "6222021234567890103", "张\n三", Money.yuan("1"), "中国工商银行",
                "送温暖慰问", null, null, "张三");

        DomainException fixed = refusal(icbcFixedWidth(), heading(), List.of(broken));
        DomainException csv = refusal(genericCsv(), heading(), List.of(broken));

        assertThat(fixed.messageKey()).isEqualTo("bankfile.line.separatorInValue");
        assertThat(fixed.arguments()).containsExactly("3", "张三", 5);
        assertThat(csv.messageKey()).isEqualTo("bankfile.line.separatorInValue");
        assertThat(csv.arguments()).containsExactly("3", "张三", 3);
    }

    @Test
    void aCsvValueHoldingTheSeparatorOrAQuoteIsRefusedRatherThanQuoted() {
        PaymentRow comma = row(1, "张三,李四", "1");
        PaymentRow quote = row(1, "张\"三\"", "1");

        assertThat(refusal(genericCsv(), heading(), List.of(comma)).messageKey())
                .isEqualTo("bankfile.line.separatorInValue");
        assertThat(refusal(genericCsv(), heading(), List.of(quote)).messageKey())
                .isEqualTo("bankfile.line.separatorInValue");
        // In a fixed-width file a comma is just a character.
        assertThat(new String(new BankFileWriter(icbcFixedWidth()).write(heading(), List.of(comma)), GBK))
                .contains("张三,李四");
    }

    @Test
    void aCsvHeaderHoldingTheSeparatorIsRefusedAsTheHeadersProblem() {
        BankFileTemplate payerFirst = new BankFileTemplate(6, "payer", null, BankFileFormat.CSV, BankFileEncoding.UTF_8,
                ",", LineEnding.CRLF, true, false, List.of(csv(TemplateSection.HEADER, 1, TemplateField.PAYER_NAME),
                        csv(DETAIL, 1, TemplateField.REFERENCE)));
        BatchHeading heading = new BatchHeading("UA12", "西湖区总工会,滨江区总工会", LocalDate.of(2026, 1, 20));

        DomainException refusal = refusal(payerFirst, heading, TWO_ROWS);

        assertThat(refusal.messageKey()).isEqualTo("bankfile.summary.separatorInValue");
        assertThat(refusal.arguments()).containsExactly(1);
    }

    private static BankFileTemplate genericCsvInGbk() {
        BankFileTemplate utf8 = genericCsv();
        return new BankFileTemplate(7, "通用 CSV（GBK）", null, utf8.format(), BankFileEncoding.GBK, utf8.separator(),
                utf8.lineEnding(), true, true, utf8.columns());
    }

    @Test
    void aZeroPaddedColumnThatIsNotRightAlignedIsRefusedBeforeItCanMultiplyAnAmount() {
        // 20.00 yuan in fen, left-aligned in ten zeros, would reach the bank as 2000000000 fen.
        BankFileTemplate template = new BankFileTemplate(9, "错位模板", null, BankFileFormat.FIXED_WIDTH,
                BankFileEncoding.GBK, null, LineEnding.CRLF, false, false,
                List.of(fixed(DETAIL, 1, TemplateField.AMOUNT, null, 10, Alignment.LEFT, '0', AmountFormat.FEN)));

        assertThatThrownBy(() -> new BankFileWriter(template)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("bankfile.template.zeroPadRight"));
    }

    @Test
    void aPayeeIsJudgedByTheSameRulesTheFileIsWrittenWith() {
        // R-PAY-13: a comma in a CSV name, a character GBK lacks, a name wider than its fixed column.
        assertThat(new BankFileWriter(genericCsv()).payeeRefusal(row(1, "张三,李四", "1")))
                .map(r -> r.messageKey()).contains("payment.refused.payee.separatorInValue");
        assertThat(new BankFileWriter(icbcFixedWidth()).payeeRefusal(row(1, "\uD842\uDFB7田", "1")))
                .map(r -> r.messageKey()).contains("payment.refused.payee.unencodable");
        assertThat(new BankFileWriter(icbcFixedWidth()).payeeRefusal(row(1, "欧阳".repeat(40), "1")))
                .map(r -> r.messageKey()).contains("payment.refused.payee.tooWide");
        assertThat(new BankFileWriter(icbcFixedWidth()).payeeRefusal(row(1, "王芳", "1"))).isEmpty();
    }
}
