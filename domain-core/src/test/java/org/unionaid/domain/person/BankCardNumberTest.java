package org.unionaid.domain.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unionaid.domain.shared.DomainException;

/** Specifies R-FILE-03 (docs/rules.md). */
class BankCardNumberTest {

    @Test
    void validCardsPassWhateverTheSpacing() {
        assertThat(BankCardNumber.parse("card", "6222 0212 3456 7890 128").value()).isEqualTo("6222021234567890128");
        assertThat(BankCardNumber.parse("card", "6222-6002-6000-1072-444").value()).isEqualTo("6222600260001072444");
        assertThat(BankCardNumber.parse("card", "４１１１１１１１１１１１１１１１").value()).isEqualTo("4111111111111111");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "6222021234567890127, bankCard.checkDigit",
            "6217001234567890, bankCard.checkDigit",
            "62220212345, bankCard.length",
            "62220212345678901281, bankCard.length",
            "6222O21234567890128, bankCard.characters",
            "'  ', bankCard.blank"})
    void invalidCardsAreRefusedWithTheReason(String input, String key) {
        assertThatThrownBy(() -> BankCardNumber.parse("card", input))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void isMaskedInTextAndLogs() {
        BankCardNumber card = BankCardNumber.parse("card", "6222021234567890128");
        assertThat(card.masked()).isEqualTo("622202*********0128");
        assertThat(card).hasToString("622202*********0128");
    }
}
