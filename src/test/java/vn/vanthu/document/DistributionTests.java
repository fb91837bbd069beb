package vn.vanthu.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
    void aListLeavesTheAddresseesOutUnlessItOpensWithNhuTrenOrNamesEachAgain() {
        List<String> kinhGui = List.of("Sở Y tế", "Sở Tư pháp");
        assertThat(Distribution.leavesOut(null, kinhGui)).isTrue();
        assertThat(Distribution.leavesOut(flat("Giám đốc"), kinhGui)).isTrue();
        assertThat(Distribution.leavesOut(flat("Sở Y tế", "Giám đốc"), kinhGui)).as("one named again").isTrue();
        assertThat(Distribution.leavesOut(flat("- Như trên;", "Giám đốc"), kinhGui)).isFalse();
        assertThat(Distribution.leavesOut(flat("SỞ Y TẾ", "Sở Tư  pháp (để biết)"), kinhGui)).isFalse();
        assertThat(Distribution.leavesOut(flat("Giám đốc"), List.of())).as("no Kính gửi").isFalse();
    }

    @Test
    void nhuTrenGoesFirstAndEveryLineKeepsItsSubItems() {
        Distribution d = new Distribution(List.of("VP UBND tỉnh", "Giám đốc"), "VT, VX", "NPH", 3,
                List.of(List.of("LĐVP", "KGVX"), List.of()));
        Distribution first = d.asAboveFirst();
        assertThat(first.recipients()).containsExactly("Như trên", "VP UBND tỉnh", "Giám đốc");
        assertThat(first.subItems()).containsExactly(List.of(), List.of("LĐVP", "KGVX"), List.of());
        assertThat(List.of(first.archive(), first.drafterInitials(), first.copies()))
                .containsExactly("VT, VX", "NPH", 3);
    }

    private static Distribution flat(String... lines) {
        return new Distribution(List.of(lines), null, null, null);
    }

    @Test
    void nothingElseIsTakenForIt() {
        for (String line : new String[] {"Như trênx", "Giám đốc", "Các đơn vị như trên", "Như tren", "", "Lưu: VT"}) {
            assertThat(Distribution.asAbove(line)).as(line).isFalse();
        }
        assertThat(Distribution.asAbove(null)).isFalse();
    }
}
