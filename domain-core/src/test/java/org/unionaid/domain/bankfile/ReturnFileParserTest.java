package org.unionaid.domain.bankfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.unionaid.domain.money.Money;

/** What a bank's return file may look like, and each problem that keeps it out, line by line. */
class ReturnFileParserTest {

    private static final Charset GBK = Charset.forName("GBK");

    private static ReturnFileParser.Parsed parse(String text) {
        return ReturnFileParser.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private static ReturnProblem onlyProblem(String text) {
        ReturnFileParser.Parsed parsed = parse(text);
        assertThat(parsed.problems()).hasSize(1);
        return parsed.problems().get(0);
    }

    @Test
    void paidAndFailedLinesAreReadWithTheirAmountsToTheFen() {
        ReturnFileParser.Parsed parsed = parse("""
                UA12L101,6222********0101,张三,2000,成功,
                UA12L102,6222********0102,李四,1500.5,失败,户名不符
                UA12L103,6222********0103,王五,0.01,成功
                """);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.lines()).extracting(ReturnLine::lineNumber, ReturnLine::reference, ReturnLine::card,
                ReturnLine::name, ReturnLine::amount, ReturnLine::paid, ReturnLine::reason).containsExactly(
                        tuple(1, "UA12L101", "6222********0101", "张三", Money.yuan("2000.00"), true, null),
                        tuple(2, "UA12L102", "6222********0102", "李四", Money.yuan("1500.50"), false, "户名不符"),
                        tuple(3, "UA12L103", "6222********0103", "王五", Money.yuan("0.01"), true, null));
    }

    @Test
    void aGbkFileIsReadAsWellAsUtf8WithOrWithoutItsByteOrderMark() {
        String text = "UA12L101,6222********0101,张三,2000.00,失败,账户已冻结\r\n";
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + utf8.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);

        for (byte[] content : List.of(utf8, withBom, text.getBytes(GBK))) {
            ReturnFileParser.Parsed parsed = ReturnFileParser.parse(content);
            assertThat(parsed.problems()).isEmpty();
            assertThat(parsed.lines()).singleElement().satisfies(line -> {
                assertThat(line.reference()).isEqualTo("UA12L101");
                assertThat(line.name()).isEqualTo("张三");
                assertThat(line.reason()).isEqualTo("账户已冻结");
            });
        }
    }

    @Test
    void bytesThatAreNeitherUtf8NorGbkAreRefusedAsAWhole() {
        byte[] content = {'U', 'A', '1', ',', (byte) 0xff};

        ReturnFileParser.Parsed parsed = ReturnFileParser.parse(content);

        assertThat(parsed.lines()).isEmpty();
        assertThat(parsed.problems()).containsExactly(ReturnProblem.of(0, "bankreturn.encoding"));
    }

    @Test
    void theStatusIsSuccessOrFailureInWordsOrLettersOfEitherCaseOrWidth() {
        ReturnFileParser.Parsed parsed = parse("""
                R1,C,张三,1,成功
                R2,C,张三,1,S
                R3,C,张三,1,s
                R4,C,张三,1,Ｓ
                R5,C,张三,1,失败
                R6,C,张三,1,F
                R7,C,张三,1,f
                """);

        assertThat(parsed.lines()).extracting(ReturnLine::paid).containsExactly(true, true, true, true, false, false,
                false);
    }

    @Test
    void anyOtherStatusIsAProblemOfItsLine() {
        ReturnFileParser.Parsed parsed = parse("""
                R1,C,张三,1,成功
                R2,C,张三,1,处理中
                R3,C,张三,1,OK
                """);

        assertThat(parsed.lines()).extracting(ReturnLine::reference).containsExactly("R1");
        assertThat(parsed.problems()).containsExactly(ReturnProblem.of(2, "bankreturn.malformed.status", "处理中"),
                ReturnProblem.of(3, "bankreturn.malformed.status", "OK"));
    }

    @Test
    void fullWidthCharactersAndStraySpacesAreNormalised() {
        ReturnLine line = parse(" ＵＡ１２Ｌ１０１ , ６２２２＊＊＊＊０１０１ ,　张三　, １５００．５０ ,成功\n").lines().get(0);

        assertThat(line.reference()).isEqualTo("UA12L101");
        assertThat(line.card()).isEqualTo("6222****0101");
        assertThat(line.name()).isEqualTo("张三");
        assertThat(line.amount()).isEqualTo(Money.yuan("1500.50"));
    }

    @Test
    void aFirstLineOfTitlesIsSkipped() {
        for (String title : List.of("业务参考号", "参考号", "交易参考号", "流水号", "reference", "Reference", "REF")) {
            ReturnFileParser.Parsed parsed = parse(title + ",卡号,户名,金额,状态,原因\nUA12L101,C,张三,1,S,\n");

            assertThat(parsed.problems()).as(title).isEmpty();
            assertThat(parsed.lines()).as(title).extracting(ReturnLine::lineNumber).containsExactly(2);
        }
    }

    @Test
    void aTitleLineAnywhereButFirstIsADataLineWithItsProblems() {
        ReturnFileParser.Parsed parsed = parse("UA12L101,C,张三,1,S\n业务参考号,卡号,户名,金额,状态,原因\n");

        assertThat(parsed.problems()).containsExactly(ReturnProblem.of(2, "bankreturn.malformed.amount", "金额"));
    }

    @Test
    void blankLinesAreSkippedButKeepTheLineNumbersOfTheFile() {
        ReturnFileParser.Parsed parsed = parse("\r\nR1,C,张三,1,S\r\n   \r\n\r\nR2,C,李四,2,F,卡号错误\r\n\r\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.lines()).extracting(ReturnLine::lineNumber).containsExactly(2, 5);
    }

    @Test
    void everyKindOfLineBreakEndsALine() {
        ReturnFileParser.Parsed parsed = parse("R1,C,张三,1,S\rR2,C,李四,2,S\nR3,C,王五,3,S\r\nR4,C,赵六,4,S");

        assertThat(parsed.lines()).extracting(ReturnLine::reference).containsExactly("R1", "R2", "R3", "R4");
    }

    @Test
    void aReasonIsKeptForFailedLinesOnlyAndCutToTheColumnsSize() {
        String long_ = "余".repeat(ReturnFileParser.REASON_LENGTH + 30);

        ReturnFileParser.Parsed parsed = parse("R1,C,张三,1,S,已入账\nR2,C,李四,1,F,\nR3,C,王五,1,F," + long_ + "\n");

        assertThat(parsed.lines()).extracting(ReturnLine::reason)
                .containsExactly(null, null, "余".repeat(ReturnFileParser.REASON_LENGTH));
    }

    @Test
    void aLineOfOtherThanFiveOrSixColumnsIsAProblem() {
        ReturnFileParser.Parsed parsed = parse("R1,C,张三,1\nR2,C,李四,1,F,原因,多余\nR3,C,王五,1,S\n");

        assertThat(parsed.lines()).extracting(ReturnLine::reference).containsExactly("R3");
        assertThat(parsed.problems()).containsExactly(ReturnProblem.of(1, "bankreturn.malformed.columns", "4"),
                ReturnProblem.of(2, "bankreturn.malformed.columns", "7"));
    }

    @Test
    void aLineWithoutReferenceCardOrNameIsAProblem() {
        ReturnFileParser.Parsed parsed = parse(" ,C,张三,1,S\nR2,,李四,1,S\nR3,C,　,1,S\n");

        assertThat(parsed.lines()).isEmpty();
        assertThat(parsed.problems()).extracting(ReturnProblem::lineNumber, ReturnProblem::messageKey).containsExactly(
                tuple(1, "bankreturn.malformed.missing"), tuple(2, "bankreturn.malformed.missing"),
                tuple(3, "bankreturn.malformed.missing"));
    }

    @Test
    void anAmountIsAPositiveNumberOfYuanWithAtMostTwoDecimals() {
        List<String> wrong = List.of("abc", "-5.00", "0", "0.00", "1.234", ".5", "1e3", "1234567890123", "");
        StringBuilder file = new StringBuilder();
        wrong.forEach(amount -> file.append("R,C,张三,").append(amount).append(",S\n"));

        ReturnFileParser.Parsed parsed = parse(file.toString());

        assertThat(parsed.lines()).isEmpty();
        assertThat(parsed.problems()).extracting(ReturnProblem::messageKey).containsOnly("bankreturn.malformed.amount");
        assertThat(parsed.problems()).extracting(p -> p.arguments().get(0)).containsExactlyElementsOf(wrong);
        assertThat(parse("R,C,张三,999999999999.99,S\n").lines().get(0).amount())
                .isEqualTo(Money.yuan("999999999999.99"));
    }

    @Test
    void quotedCellsMayHoldCommasAndDoubledQuotes() {
        ReturnLine line = parse("\"R1\",\"C\",\"张\"\"三\"\"\",\"1.00\",\"F\",\"户名不符, 请核对\"\n").lines().get(0);

        assertThat(line.reference()).isEqualTo("R1");
        assertThat(line.name()).isEqualTo("张\"三\"");
        assertThat(line.reason()).isEqualTo("户名不符, 请核对");
    }

    @Test
    void aQuotedAmountWithAThousandsSeparatorIsNotANumberOfYuan() {
        assertThat(onlyProblem("R1,C,张三,\"1,000.00\",S\n"))
                .isEqualTo(ReturnProblem.of(1, "bankreturn.malformed.amount", "1,000.00"));
    }

    @Test
    void anOpenOrStrayQuoteMakesItsLineUnreadable() {
        ReturnFileParser.Parsed parsed = parse("\"R1,C,张三,1,S\nR\"2,C,李四,1,S\n\"R3\" \"x\",C,王五,1,S\nR4,C,赵六,1,S\n");

        assertThat(parsed.lines()).extracting(ReturnLine::reference).containsExactly("R4");
        assertThat(parsed.problems()).containsExactly(ReturnProblem.of(1, "bankreturn.malformed.quotes"),
                ReturnProblem.of(2, "bankreturn.malformed.quotes"), ReturnProblem.of(3, "bankreturn.malformed.quotes"));
    }

    @Test
    void aReferenceNamedTwiceIsAProblemOfItsSecondLineNamingTheFirst() {
        ReturnFileParser.Parsed parsed = parse("R1,C,张三,1,S\nR2,C,李四,1,S\nR1,C,张三,1,F,重复\n");

        assertThat(parsed.lines()).extracting(ReturnLine::lineNumber).containsExactly(1, 2);
        assertThat(parsed.problems()).containsExactly(ReturnProblem.of(3, "bankreturn.duplicate", "R1", "1"));
    }

    @Test
    void aFileWithoutReturnLinesIsAProblemOfTheWholeFile() {
        for (String empty : List.of("", "\r\n\r\n", "业务参考号,卡号,户名,金额,状态,原因\r\n")) {
            assertThat(onlyProblem(empty)).as(empty).isEqualTo(ReturnProblem.of(0, "bankreturn.empty"));
        }
    }

    @Test
    void aTotalsLineThatAgreesWithTheLinesIsAccepted() {
        ReturnFileParser.Parsed parsed = parse("""
                业务参考号,卡号,户名,金额,状态,原因
                R1,C,张三,2000,S,
                R2,C,李四,1500.50,F,户名不符
                合计,2,3500.5
                """);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.lines()).hasSize(2);
    }

    @Test
    void aTotalsLineThatDiffersFromTheLinesIsAProblemOfItsLine() {
        ReturnFileParser.Parsed count = parse("R1,C,张三,2000,S\nR2,C,李四,1500.50,S\n合计,3,3500.50\n");
        ReturnFileParser.Parsed sum = parse("R1,C,张三,2000,S\nR2,C,李四,1500.50,S\n总计,2,3500.51\n");

        assertThat(count.problems()).containsExactly(ReturnProblem.of(3, "bankreturn.totalsDiffer", "3",
                Money.yuan("3500.50"), "2", Money.yuan("3500.50")));
        assertThat(sum.problems()).containsExactly(ReturnProblem.of(3, "bankreturn.totalsDiffer", "2",
                Money.yuan("3500.51"), "2", Money.yuan("3500.50")));
    }

    @Test
    void aTotalsLineIsCheckedAgainstEveryLineWhereverItStands() {
        ReturnFileParser.Parsed parsed = parse("合计,2,30\nR1,C,张三,10,S\nR2,C,李四,20,F,原因\n");

        assertThat(parsed.problems()).isEmpty();
    }

    @Test
    void aTotalsLineWithoutACountAndAnAmountIsMalformed() {
        for (String totals : List.of("合计", "合计,2", "合计,两,30", "合计,2,三十", "合计,-2,30")) {
            assertThat(onlyProblem("R1,C,张三,10,S\nR2,C,李四,20,S\n" + totals + "\n")).as(totals)
                    .isEqualTo(ReturnProblem.of(3, "bankreturn.malformed.totals"));
        }
    }

    @Test
    void theTotalsAreNotComparedWhenLinesHaveProblemsOfTheirOwn() {
        ReturnFileParser.Parsed parsed = parse("R1,C,张三,10,S\nR2,C,李四,abc,S\n合计,2,30\n");

        assertThat(parsed.problems()).containsExactly(ReturnProblem.of(2, "bankreturn.malformed.amount", "abc"));
    }

    @Test
    void referencesAreHandedOnInChunksOfGoodLinesWhileTheFileIsRead() {
        List<List<String>> chunks = new ArrayList<>();

        ReturnFileParser.Parsed parsed = ReturnFileParser.parse(("R1,C,张三,1,S\nR2,C,李四,x,S\nR3,C,王五,1,S\n"
                + "R1,C,张三,1,S\nR4,C,赵六,1,S\nR5,C,钱七,1,S\n").getBytes(StandardCharsets.UTF_8), 2, chunks::add);

        assertThat(chunks).containsExactly(List.of("R1", "R3"), List.of("R4", "R5"));
        assertThat(parsed.lines()).hasSize(4);
        assertThat(parsed.problems()).extracting(ReturnProblem::lineNumber).containsExactly(2, 4);
    }

    @Test
    void theLastReferencesAreHandedOnAtTheEndOfTheFile() {
        List<List<String>> chunks = new ArrayList<>();

        ReturnFileParser.parse("R1,C,张三,1,S\nR2,C,李四,1,S\nR3,C,王五,1,S\n".getBytes(StandardCharsets.UTF_8), 2,
                chunks::add);

        assertThat(chunks).containsExactly(List.of("R1", "R2"), List.of("R3"));
    }
}
