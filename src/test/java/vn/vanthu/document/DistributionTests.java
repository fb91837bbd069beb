package vn.vanthu.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "Như trên" in a Nơi nhận line, however a clerk typed it; nothing else is taken for it. */
class DistributionTests {

    @Test
    void nhuTrenIsKnownHoweverItIsTyped() {
        for (String line : new String[] {"Như trên", "- Như trên;", "như trên", "NHƯ TRÊN.", "Như  trên (để thực hiện)",
            "Như trên:", "Nhu\u031b tre\u0302n"}) {
            assertThat(Distribution.asAbove(line)).as(line).isTrue();
        }
    }

    @Test
    void nothingElseIsTakenForIt() {
        for (String line : new String[] {"Như trênx", "Giám đốc", "Các đơn vị như trên", "Như tren", "", "Lưu: VT"}) {
            assertThat(Distribution.asAbove(line)).as(line).isFalse();
        }
        assertThat(Distribution.asAbove(null)).isFalse();
    }
}
