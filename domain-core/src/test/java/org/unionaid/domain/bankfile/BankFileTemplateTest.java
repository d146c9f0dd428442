package org.unionaid.domain.bankfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unionaid.domain.bankfile.TemplateSection.DETAIL;
import static org.unionaid.domain.bankfile.TemplateSection.HEADER;
import static org.unionaid.domain.bankfile.TemplateSection.TRAILER;
import static org.unionaid.domain.fixtures.BankTemplates.csv;
import static org.unionaid.domain.fixtures.BankTemplates.icbcFixedWidth;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.unionaid.domain.money.Money;

/** What makes a template one the writer can follow. */
class BankFileTemplateTest {

    private static BankFileTemplate template(BankFileFormat format, String separator, List<TemplateColumn> columns) {
        return new BankFileTemplate(1, "t", null, format, BankFileEncoding.GBK, separator, LineEnding.CRLF, true, true,
                columns);
    }

    @Test
    void aCsvTemplateHasASeparator() {
        List<TemplateColumn> columns = List.of(csv(DETAIL, 1, TemplateField.REFERENCE));

        assertThatThrownBy(() -> template(BankFileFormat.CSV, null, columns))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> template(BankFileFormat.CSV, "", columns))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(template(BankFileFormat.CSV, "\t", columns).extension()).isEqualTo("csv");
    }

    @Test
    void everyColumnOfAFixedWidthTemplateHasAWidth() {
        assertThatThrownBy(() -> template(BankFileFormat.FIXED_WIDTH, null, List.of(csv(DETAIL, 1,
                TemplateField.REFERENCE)))).isInstanceOf(IllegalArgumentException.class);
        assertThat(icbcFixedWidth().extension()).isEqualTo("txt");
    }

    @Test
    void aTemplateHasDetailColumns() {
        assertThatThrownBy(() -> template(BankFileFormat.CSV, ",", List.of(csv(HEADER, 1, TemplateField.PAYER_NAME),
                csv(TRAILER, 1, TemplateField.COUNT)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("detail");
    }

    @Test
    void theColumnsOfEachLineKindComeInTheirPositionsOrder() {
        BankFileTemplate template = template(BankFileFormat.CSV, ",", List.of(csv(DETAIL, 2, TemplateField.CARD_NUMBER),
                csv(TRAILER, 1, TemplateField.COUNT), csv(DETAIL, 1, TemplateField.REFERENCE),
                csv(HEADER, 1, TemplateField.PAYER_NAME)));

        assertThat(template.columns(DETAIL)).extracting(TemplateColumn::field)
                .containsExactly(TemplateField.REFERENCE, TemplateField.CARD_NUMBER);
        assertThat(template.columns()).extracting(TemplateColumn::section).containsExactly(HEADER, DETAIL, DETAIL,
                TRAILER);
    }

    @Test
    void batchFiguresStandInTheHeaderOrTrailerAndPaymentFiguresInTheDetailLines() {
        for (TemplateField field : List.of(TemplateField.COUNT, TemplateField.TOTAL, TemplateField.PAYER_NAME,
                TemplateField.DATE, TemplateField.BATCH_REFERENCE)) {
            assertThat(field.allowedIn(HEADER)).as(field.name()).isTrue();
            assertThat(field.allowedIn(DETAIL)).as(field.name()).isFalse();
        }
        for (TemplateField field : List.of(TemplateField.SEQUENCE, TemplateField.CARD_NUMBER, TemplateField.AMOUNT,
                TemplateField.ACCOUNT_NAME)) {
            assertThat(field.allowedIn(TRAILER)).as(field.name()).isFalse();
        }
        assertThatThrownBy(() -> csv(TRAILER, 1, TemplateField.CARD_NUMBER))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(TemplateField.of(DETAIL)).contains(TemplateField.LITERAL).doesNotContain(TemplateField.TOTAL);
    }

    @Test
    void aLiteralAndOnlyALiteralHasATextAndAnAmountAndOnlyAnAmountHasAFormat() {
        assertThatThrownBy(() -> TemplateColumn.csv(DETAIL, 1, TemplateField.LITERAL, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TemplateColumn.csv(DETAIL, 1, TemplateField.REFERENCE, "x", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TemplateColumn.csv(DETAIL, 1, TemplateField.AMOUNT, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TemplateColumn.csv(DETAIL, 1, TemplateField.SEQUENCE, null, AmountFormat.FEN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aColumnIsPaddedWithSpacesOrZerosToAPositiveWidth() {
        assertThatThrownBy(() -> new TemplateColumn(DETAIL, 1, TemplateField.REFERENCE, null, 0, Alignment.LEFT, ' ',
                null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TemplateColumn(DETAIL, 1, TemplateField.REFERENCE, null, 10, Alignment.LEFT, '*',
                null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new TemplateColumn(DETAIL, 1, TemplateField.REFERENCE, null, 10, null, '0', null).alignment())
                .isEqualTo(Alignment.LEFT);
    }

    @Test
    void amountsAreWrittenInYuanWithTwoDecimalsOrInWholeFen() {
        assertThat(AmountFormat.YUAN.format(Money.yuan("2000"))).isEqualTo("2000.00");
        assertThat(AmountFormat.YUAN.format(Money.yuan("0.5"))).isEqualTo("0.50");
        assertThat(AmountFormat.FEN.format(Money.yuan("2000"))).isEqualTo("200000");
        assertThat(AmountFormat.FEN.format(Money.yuan("0.07"))).isEqualTo("7");
    }
}
