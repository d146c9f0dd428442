package org.unionaid.domain.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Specifies R-PRIV-01: beside a masked number the age, the birth date only beside the full number. */
class BirthDisclosureTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    // R-PRIV-01: the mask hides exactly the birth date.
    @Test
    void theMaskHidesExactlyTheDigitsOfTheBirthDate() {
        ResidentId id = ResidentId.parse("id", "330106197803152019", TODAY);
        String masked = id.masked();
        String hidden = id.value().substring(6, 14);
        assertThat(masked).isEqualTo("330106********2019");
        assertThat(hidden).isEqualTo(id.birthDate().toString().replace("-", ""));
    }

    // R-PRIV-01
    @Test
    void aMaskedNumberGetsTheAgeAndNoBirthDate() {
        LocalDate born = LocalDate.of(1978, 3, 15);
        assertThat(BirthDisclosure.besideNumber(born, false)).isEmpty();
        assertThat(BirthDisclosure.besideNumber(born, true)).hasValue(born);
        assertThat(BirthDisclosure.age(born, TODAY)).isEqualTo(48);
        assertThat(BirthDisclosure.age(LocalDate.of(1978, 12, 4), TODAY)).isEqualTo(47);
        assertThat(BirthDisclosure.age(LocalDate.of(1978, 12, 3), TODAY)).isEqualTo(48);
    }
}
