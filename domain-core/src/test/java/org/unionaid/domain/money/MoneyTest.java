package org.unionaid.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unionaid.domain.shared.DomainException;

class MoneyTest {

    @Test
    void alwaysTwoDecimalsAndExact() {
        assertThat(Money.yuan("2000")).hasToString("2000.00");
        assertThat(Money.yuan("0.1").plus(Money.yuan("0.2"))).isEqualTo(Money.yuan("0.30"));
        assertThat(Money.yuan("2000.00").toBigDecimal().scale()).isEqualTo(2);
        assertThat(Money.yuan("1E+3")).isEqualTo(Money.yuan("1000"));
    }

    @Test
    void matchingRatioRoundsHalfUpToTheFen() {
        assertThat(Money.yuan("333.33").times(new BigDecimal("0.5"))).isEqualTo(Money.yuan("166.67"));
        assertThat(Money.yuan("10000").times(BigDecimal.ONE)).isEqualTo(Money.yuan("10000"));
    }

    @Test
    void moreThanAFenOfPrecisionIsAProgrammingError() {
        assertThatThrownBy(() -> Money.yuan("1.005")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.yuan("1.0500")).isEqualTo(Money.yuan("1.05"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2000, 2000.00", "'2,000.00', 2000.00", "２０００元, 2000.00", "¥ 1500.5, 1500.50", "0, 0.00"})
    void parsesWhatPeopleType(String input, String expected) {
        assertThat(Money.parse("amount", input)).isEqualTo(Money.yuan(expected));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"abc, money.notANumber", "'', money.notANumber", "1.005, money.tooPrecise", "-5, money.negative",
            "1000000000000, money.tooLarge"})
    void refusesWithTheReason(String input, String key) {
        assertThatThrownBy(() -> Money.parse("amount", input))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    // R-PRIV-06: full-width digits and point are what a Chinese input method types; they are normalised.
    @ParameterizedTest(name = "{0}")
    @CsvSource({"１２３４．５, 1234.50", "'１,２００', 1200.00", "￥３００元, 300.00"})
    void fullWidthDigitsAreNormalised(String input, String expected) {
        assertThat(Money.parse("amount", input)).isEqualTo(Money.yuan(expected));
    }

    // R-PRIV-06: an amount is plain digits; an exponent, a sign or another script's digits are refused.
    @ParameterizedTest(name = "{0}")
    @CsvSource({"1e3", "1E3", "2.5e2", "+100", "0x10", "١٢٣", "12 34", "1.2.3", ".5", "5."})
    void onlyPlainDigitsWithAtMostTwoDecimalsAreAnAmount(String input) {
        assertThatThrownBy(() -> Money.parse("amount", input))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isIn("money.digitsOnly", "money.notANumber");
                    assertThat(e.field()).isEqualTo("amount");
                });
        assertThatThrownBy(() -> Money.parse("amount", "1e3"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("money.digitsOnly"));
    }

    @Test
    void negativeAmountsExistForReversals() {
        Money reversal = Money.ZERO.minus(Money.yuan("2000"));
        assertThat(reversal.isNegative()).isTrue();
        assertThat(reversal.plus(Money.yuan("2000"))).isEqualTo(Money.ZERO);
    }
}
