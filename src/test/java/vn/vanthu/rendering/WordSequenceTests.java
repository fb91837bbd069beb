package vn.vanthu.rendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordSequenceTests {

    @Test
    void equalTextsAreFullySimilarWhateverTheirLayout() {
        List<String> a = WordSequence.words("Kính gửi: Ủy ban nhân dân tỉnh.\n\n  Thực hiện   Công văn");
        List<String> b = WordSequence.words("Kính gửi:\nỦy ban nhân dân tỉnh. Thực hiện Công văn");
        assertThat(WordSequence.similarity(a, b)).isEqualTo(1.0);
    }

    @Test
    void seedMarkdownAndDecomposedLettersDoNotCount() {
        List<String> seed = WordSequence.words("## **KẾ HOẠCH**\n- Giám đốc^{NPH};");
        List<String> pdf = WordSequence.words("KE\u0302\u0301 HOẠCH - Giám đốc;");
        assertThat(seed).containsExactly("KẾ", "HOẠCH", "-", "Giám", "đốc;");
        assertThat(WordSequence.similarity(seed, pdf)).isEqualTo(1.0);
    }

    @Test
    void wordsBrokenAtTheirHyphenAreJoined() {
        assertThat(WordSequence.words("số 10513/UBND-\nKGVX, ngày")).containsExactly("số", "10513/UBND-KGVX,", "ngày");
    }

    @Test
    void missingWordsLowerTheScoreProportionally() {
        List<String> full = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            full.add("từ" + i);
        }
        List<String> missingTwo = new ArrayList<>(full.subList(0, 98));
        assertThat(WordSequence.similarity(full, missingTwo)).isCloseTo(196.0 / 198, within(1e-9));
        List<String> reversed = new ArrayList<>(full);
        java.util.Collections.reverse(reversed);
        assertThat(WordSequence.similarity(full, reversed)).isLessThan(0.05);
    }
}
