package vn.vanthu.document.markup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumeralsTests {

    @Test
    void romanNumeralsRoundTrip() {
        assertThat(Numerals.roman(1)).isEqualTo("I");
        assertThat(Numerals.roman(4)).isEqualTo("IV");
        assertThat(Numerals.roman(9)).isEqualTo("IX");
        assertThat(Numerals.roman(14)).isEqualTo("XIV");
        assertThat(Numerals.roman(2020)).isEqualTo("MMXX");
        for (int n = 1; n < 400; n++) {
            assertThat(Numerals.fromRoman(Numerals.roman(n))).isEqualTo(n);
        }
    }

    @Test
    void pointLabelsUseTheTwentyThreeLettersThenDoubleThem() {
        assertThat(Numerals.point(0)).isEqualTo("a)");
        assertThat(Numerals.point(4)).isEqualTo("đ)");
        assertThat(Numerals.point(22)).isEqualTo("y)");
        assertThat(Numerals.point(23)).isEqualTo("aa)");
        assertThat(Numerals.POINT_LETTERS).doesNotContain("f", "j", "w", "z").hasSize(23);
    }
}
