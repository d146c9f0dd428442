package org.unionaid.domain.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unionaid.domain.shared.DomainException;

/** Specifies R-FILE-02 (docs/rules.md). */
class ResidentIdTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static ResidentId parse(String input) {
        return ResidentId.parse("idNumber", input, TODAY);
    }

    @Test
    void theStandardsExampleWithXIsValid() {
        ResidentId id = parse("11010519491231002X");

        assertThat(id.value()).isEqualTo("11010519491231002X");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.gender()).isEqualTo(Gender.FEMALE);
        assertThat(id.addressCode()).isEqualTo("110105");
    }

    @Test
    void genderComesFromTheSeventeenthDigit() {
        assertThat(parse("440524198001010013").gender()).isEqualTo(Gender.MALE);
        assertThat(parse("330106198503120036").gender()).isEqualTo(Gender.MALE);
    }

    @Test
    void typedVariantsAreNormalised() {
        assertThat(parse("11010519491231002x").value()).isEqualTo("11010519491231002X");
        assertThat(parse(" 110105 19491231 002X ").value()).isEqualTo("11010519491231002X");
        assertThat(parse("１１０１０５１９４９１２３１００２Ｘ").value()).isEqualTo("11010519491231002X");
        assertThat(parse("33010619900101123ｘ").value()).isEqualTo("33010619900101123X");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "11010519491231002, residentId.length",
            "110105194912310021, residentId.checkDigit",
            "110105194902300023, residentId.birthDate",
            "110105203001010025, residentId.birthDate",
            "110105189912310028, residentId.birthDate",
            "440524188001010014, residentId.birthDate",
            "11010519491231002Y, residentId.characters",
            "910105194912310029, residentId.region",
            "110105491231002, residentId.legacy15",
            "'', residentId.blank"})
    void invalidNumbersAreRefusedWithTheReason(String input, String key) {
        assertThatThrownBy(() -> parse(input)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.field()).isEqualTo("idNumber");
        });
    }

    @Test
    void showsAndPrintsOnlyFirstSixAndLastFour() {
        ResidentId id = parse("11010519491231002X");
        assertThat(id.masked()).isEqualTo("110105********002X");
        assertThat(id.toString()).isEqualTo(id.masked());
    }
}
